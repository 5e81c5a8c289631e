import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { JobName, QueueName, SWEEP_EVERY_MS } from '@vigil/api/queue';
import { SlaAlarmsService } from '@vigil/api/sla';
import { Queue } from 'bullmq';
import { JobHandler, QueueProcessor } from './queue-processor';

/** Firing transactions one pass runs side by side when many cycles are due at once. */
const PASS_PARALLEL = 2;

/**
 * SLA alarms (warnings, breaches, escalations) and the sweep that restores them. An alarm asks for
 * a firing pass: every cycle due by then is taken from PostgreSQL in batches and its warning,
 * breach or escalation goes out. Alarms that come while a pass runs share the next pass, so the
 * busier it gets, the bigger (and cheaper per cycle) the batches. An alarm's job completes only
 * once a pass that started after it came has committed.
 */
// A few alarms in hand: they only ask for passes.
@Processor(QueueName.SLA, { concurrency: 4 })
export class SlaProcessor
  extends QueueProcessor
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly logger = new Logger(SlaProcessor.name);
  private running: Promise<number> | null = null;
  private queued: Promise<number> | null = null;
  private schedulerCheck: NodeJS.Timeout | null = null;

  protected readonly queueName = QueueName.SLA;

  protected readonly handlers: Partial<Record<JobName, JobHandler>> = {
    [JobName.SLA_ALARM]: async () => ({ sent: await this.pass() }),
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

  /** A firing pass that starts now, or right after the one running (which may have started too early). */
  private pass(): Promise<number> {
    if (!this.running) {
      this.running = this.alarms
        .fireAllDue(PASS_PARALLEL)
        .then((r) => r.sent)
        .finally(() => (this.running = null));
      return this.running;
    }
    this.queued ??= this.running
      .catch(() => 0)
      .then(() => {
        this.queued = null;
        return this.pass();
      });
    return this.queued;
  }
}
