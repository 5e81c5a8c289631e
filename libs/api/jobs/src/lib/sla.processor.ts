import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { JobName, QueueName, SlaAlarmJobData, SWEEP_EVERY_MS } from '@vigil/api/queue';
import { SlaAlarmsService } from '@vigil/api/sla';
import { Queue } from 'bullmq';
import { JobHandler, QueueProcessor } from './queue-processor';

/**
 * How many alarms one transaction handles at most, how long the first one waits for company, and
 * how many such transactions this process runs at once. While they run, the alarms that come due
 * wait and go together in the next batch: the busier it gets, the bigger (and cheaper per alarm)
 * the batches, instead of ever more small transactions queueing for the same connections and CPUs.
 */
const BATCH_SIZE = 250;
const BATCH_WAIT_MS = 2;
const BATCHES_AT_ONCE = 2;

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
// Enough jobs in hand for the batches running and a full one waiting.
@Processor(QueueName.SLA, { concurrency: BATCH_SIZE * (BATCHES_AT_ONCE + 1) })
export class SlaProcessor
  extends QueueProcessor
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly logger = new Logger(SlaProcessor.name);
  private waiting: Waiting[] = [];
  private running = 0;
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

  /** Starts a batch with what is waiting, unless enough are running: one ending starts the next. */
  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.running >= BATCHES_AT_ONCE || !this.waiting.length) return;
    const batch = this.waiting.splice(0, BATCH_SIZE);
    this.running++;
    void this.alarms
      .fire(batch.map((w) => w.data))
      .then(
        (result) => {
          const each = Math.round(result.sent / batch.length);
          for (const w of batch) w.done(each);
        },
        (e: unknown) => {
          // Every job of the batch fails and is retried by BullMQ; PostgreSQL says what was sent.
          for (const w of batch) w.failed(e);
        },
      )
      .finally(() => {
        this.running--;
        // Whatever came due meanwhile has waited already: it goes at once.
        this.flush();
      });
  }
}
