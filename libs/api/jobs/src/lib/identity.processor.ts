import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SYSTEM_ACTOR } from '@vigil/api/core';
import { InvitationsService } from '@vigil/api/identity';
import { ExpireInvitationJobData, JobName, QueueName, SWEEP_EVERY_MS } from '@vigil/api/queue';
import { Job, Queue } from 'bullmq';

type Handler = (job: Job) => Promise<unknown>;

/** Runs the identity queue's jobs. Every job name must have a handler or the worker will not start. */
@Processor(QueueName.IDENTITY)
export class IdentityProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(IdentityProcessor.name);

  private readonly handlers: Record<JobName, Handler> = {
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
    const missing = Object.values(JobName).filter((name) => !(name in this.handlers));
    if (missing.length) throw new Error(`No handler for job(s): ${missing.join(', ')}`);
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

  async process(job: Job): Promise<unknown> {
    const handler = this.handlers[job.name as JobName] as Handler | undefined;
    if (!handler) throw new Error(`No handler for job "${job.name}"`);
    return handler(job);
  }
}
