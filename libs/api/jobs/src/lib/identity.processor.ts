import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SYSTEM_ACTOR } from '@vigil/api/core';
import { InvitationsService } from '@vigil/api/identity';
import { ExpireInvitationJobData, JobName, QueueName, SWEEP_EVERY_MS } from '@vigil/api/queue';
import { Queue } from 'bullmq';
import { JobHandler, QueueProcessor } from './queue-processor';

/** Runs the identity queue's jobs. Every job name must have a handler or the worker will not start. */
@Processor(QueueName.IDENTITY)
export class IdentityProcessor extends QueueProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger(IdentityProcessor.name);

  protected readonly queueName = QueueName.IDENTITY;

  protected readonly handlers: Partial<Record<JobName, JobHandler>> = {
    [JobName.EXPIRE_INVITATION]: async (job) => {
      const data = job.data as ExpireInvitationJobData;
      const expired = await this.invitations.expire(data.invitationId, data.organizationId);
      return { expired };
    },
    [JobName.SWEEP_INVITATIONS]: () => this.invitations.sweep(SYSTEM_ACTOR),
  };

  constructor(
    private readonly invitations: InvitationsService,
    @InjectQueue(QueueName.IDENTITY) private readonly queue: Queue,
  ) {
    super();
    this.checkHandlers();
  }

  async onApplicationBootstrap(): Promise<void> {
    // Re-arm what Redis may have lost, now and every minute.
    const result = await this.invitations.sweep(SYSTEM_ACTOR);
    this.logger.log(
      `Start-up sweep: ${result.rearmed} invitation alarm(s) armed, ${result.expired} expired`,
    );
    await this.queue.upsertJobScheduler(
      'sweep-invitations',
      { every: SWEEP_EVERY_MS },
      { name: JobName.SWEEP_INVITATIONS, data: {} },
    );
  }
}
