import { WorkerHost } from '@nestjs/bullmq';
import { JobName, JOBS_BY_QUEUE, QueueName } from '@vigil/api/queue';
import { Job } from 'bullmq';

export type JobHandler = (job: Job) => Promise<unknown>;

/**
 * A queue's processor: one handler per job name of its queue. A job name without a handler stops
 * the worker at start-up rather than failing jobs later.
 */
export abstract class QueueProcessor extends WorkerHost {
  protected abstract readonly queueName: QueueName;
  protected abstract readonly handlers: Partial<Record<JobName, JobHandler>>;

  /** Call at the end of the subclass constructor. */
  protected checkHandlers(): void {
    const missing = JOBS_BY_QUEUE[this.queueName].filter((name) => !this.handlers[name]);
    if (missing.length)
      throw new Error(`Queue ${this.queueName} has no handler for job(s): ${missing.join(', ')}`);
  }

  async process(job: Job): Promise<unknown> {
    const handler = this.handlers[job.name as JobName];
    if (!handler) throw new Error(`No handler for job "${job.name}" on queue ${this.queueName}`);
    return handler(job);
  }
}
