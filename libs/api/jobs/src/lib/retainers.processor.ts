import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SYSTEM_ACTOR } from '@vigil/api/core';
import { JobName, QueueName, RetainerAlarmJobData, SWEEP_EVERY_MS } from '@vigil/api/queue';
import { RetainerAlarmsService } from '@vigil/api/retainers';
import { Queue } from 'bullmq';
import { JobHandler, QueueProcessor } from './queue-processor';

/** Reminders before a retainer's term ends, its expiry, and the sweep that re-arms both. */
@Processor(QueueName.RETAINERS)
export class RetainersProcessor extends QueueProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger(RetainersProcessor.name);

  protected readonly queueName = QueueName.RETAINERS;

  protected readonly handlers: Partial<Record<JobName, JobHandler>> = {
    [JobName.RETAINER_REMINDER]: async (job) => ({
      sent: await this.alarms.remind(job.data as RetainerAlarmJobData),
    }),
    [JobName.RETAINER_EXPIRY]: async (job) => ({
      expired: await this.alarms.expire(job.data as RetainerAlarmJobData),
    }),
    [JobName.SWEEP_RETAINERS]: () => this.alarms.sweep(SYSTEM_ACTOR),
  };

  constructor(
    private readonly alarms: RetainerAlarmsService,
    @InjectQueue(QueueName.RETAINERS) private readonly queue: Queue,
  ) {
    super();
    this.checkHandlers();
  }

  async onApplicationBootstrap(): Promise<void> {
    const result = await this.alarms.sweep(SYSTEM_ACTOR);
    this.logger.log(`Start-up sweep: ${result.armed} retainer(s) armed, ${result.expired} expired`);
    await this.queue.upsertJobScheduler(
      'sweep-retainers',
      { every: SWEEP_EVERY_MS },
      { name: JobName.SWEEP_RETAINERS, data: {} },
    );
  }
}
