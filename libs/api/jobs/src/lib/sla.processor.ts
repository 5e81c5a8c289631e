import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { JobName, QueueName, SlaAlarmJobData, SWEEP_EVERY_MS } from '@vigil/api/queue';
import { SlaAlarmsService } from '@vigil/api/sla';
import { Queue } from 'bullmq';
import { JobHandler, QueueProcessor } from './queue-processor';

/** How many alarms one transaction handles at most, and how long the first one waits for company. */
const BATCH_SIZE = 250;
const BATCH_WAIT_MS = 2;

interface Waiting {
  data: SlaAlarmJobData;
  done: (sent: number) => void;
  failed: (e: unknown) => void;
}

/**
 * SLA alarms (warnings, breaches, escalations) and the sweep that restores them. Alarms that come
 * due together are handled in one transaction each batch: thousands of breaches a second stay on
 * time, and each job still completes only once its cycle's change has committed.
 */
@Processor(QueueName.SLA, { concurrency: BATCH_SIZE * 2 })
export class SlaProcessor
  extends QueueProcessor
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly logger = new Logger(SlaProcessor.name);
  private waiting: Waiting[] = [];
  private timer: NodeJS.Timeout | null = null;
  private schedulerCheck: NodeJS.Timeout | null = null;

  protected readonly queueName = QueueName.SLA;

  protected readonly handlers: Partial<Record<JobName, JobHandler>> = {
    [JobName.SLA_ALARM]: async (job) => ({ sent: await this.enqueue(job.data as SlaAlarmJobData) }),
    [JobName.SWEEP_SLA]: () => this.alarms.sweep(),
  };

  constructor(
    private readonly alarms: SlaAlarmsService,
    @InjectQueue(QueueName.SLA) private readonly queue: Queue,
  ) {
    super();
    this.checkHandlers();
  }

  async onApplicationBootstrap(): Promise<void> {
    const result = await this.alarms.sweep();
    this.logger.log(
      `Start-up sweep: ${result.fired} overdue SLA cycle(s) handled, ${result.rearmed} alarm(s) re-armed`,
    );
    await this.scheduleSweep();
    // The minute's sweep is itself a job in Redis: should Redis lose it (a flush, a restart
    // without persistence), this process puts it back, so the sweep always comes round.
    this.schedulerCheck = setInterval(() => {
      this.scheduleSweep().catch((e: unknown) =>
        this.logger.warn(`Could not schedule the SLA sweep: ${String(e)}`),
      );
    }, SWEEP_EVERY_MS);
    this.schedulerCheck.unref();
  }

  onApplicationShutdown(): void {
    if (this.schedulerCheck) clearInterval(this.schedulerCheck);
  }

  private async scheduleSweep(): Promise<void> {
    await this.queue.upsertJobScheduler(
      'sweep-sla',
      { every: SWEEP_EVERY_MS },
      { name: JobName.SWEEP_SLA, data: {} },
    );
  }

  private enqueue(data: SlaAlarmJobData): Promise<number> {
    return new Promise<number>((done, failed) => {
      this.waiting.push({ data, done, failed });
      if (this.waiting.length >= BATCH_SIZE) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), BATCH_WAIT_MS);
    });
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.waiting;
    this.waiting = [];
    if (!batch.length) return;
    this.alarms.fire(batch.map((w) => w.data)).then(
      (result) => {
        const each = Math.round(result.sent / batch.length);
        for (const w of batch) w.done(each);
      },
      (e: unknown) => {
        // Every job of the batch fails and is retried by BullMQ; PostgreSQL says what was sent.
        for (const w of batch) w.failed(e);
      },
    );
  }
}
