import { context } from '@opentelemetry/api';
import { childLogger } from '@tradein/observability';
import { type DataSource, type EntityManager } from 'typeorm';
import { type Clock } from '../clock/clock';
import { type JobSpan, type JobSpanSpec, startJobSpans } from '../tracing/job-spans';
import { type JobAttemptResult, type JobOutcome, type JobRetryPolicy, decideJobOutcome } from './job-retry';

/** The claim transaction's moment: rows due at `now` are leased until `until`, at most `limit` of them. */
export interface JobLease {
  readonly now: Date;
  readonly until: Date;
  readonly limit: number;
}

/** A job after its call: what the call returned, what the retry rule made of it, the span it ran in. */
export interface FinishedJob<J, R> {
  readonly job: J;
  readonly result: R;
  readonly outcome: JobOutcome;
  readonly span: JobSpan;
  /** The clock's now when the outcome was decided. */
  readonly at: Date;
}

/** How the outcomes are written: a transaction per job (in the job's span), or the whole batch by the queue. */
export type RecordOutcomes<J, R> =
  | { readonly each: (manager: EntityManager, finished: FinishedJob<J, R>) => Promise<void> }
  | { readonly all: (finished: ReadonlyArray<FinishedJob<J, R>>) => Promise<void> };

/** What a kind of database-queued job tells the runner: where its rows are, how to call it, how to record it. */
export interface LeasedJobQueue<J, R> {
  /** Names the runner's log lines. */
  readonly name: string;
  /** How long a claimed row stays invisible to other runners: a crash mid-call only delays the job by this. */
  readonly leaseMs: number;
  readonly retry: JobRetryPolicy;
  /**
   * Inside the claim transaction: selects rows due at `lease.now` with `FOR UPDATE SKIP LOCKED` (runners in
   * other replicas skip them instead of waiting), moves each one's lease column to `lease.until` and returns
   * them. Nothing else is called inside it, so no row lock is held while the job's work runs.
   */
  claim(manager: EntityManager, lease: JobLease): Promise<J[]>;
  /** The span the job's call and outcome run in (ADR 0008). */
  span(job: J): JobSpanSpec;
  /** The number of this attempt, 1 for the first. */
  attempt(job: J): number;
  /**
   * Outside any transaction, with the job's span active. A failure the job knows about is a result
   * (`judge` reads it); throwing means this process cannot go on: every span of the pass fails, nothing
   * is recorded and the leases run out, so the jobs are claimed again.
   */
  call(job: J, span: JobSpan): Promise<R>;
  /** Reads a call's result for the retry rule. */
  judge(result: R): JobAttemptResult;
  record: RecordOutcomes<J, R>;
  /** Called once per claimed job when its pass is over, recorded or not (the queue's own in-flight counts). */
  settled?(job: J): void;
}

/**
 * The one skeleton of a database-driven job (ADR 0014): claim due rows under a lease with SKIP LOCKED, call
 * each one outside any transaction in a span of its trade-in's trace, decide its outcome (done; retry at
 * now + backoff; looked at again after a doubtful call; given up after the last attempt) and let the queue
 * record it. The queue keeps its domain: which rows are due, what a call is, what an outcome writes.
 */
export class LeasedJobRunner<J, R> {
  private readonly log: ReturnType<typeof childLogger>;
  /** Jobs this runner has in flight, shared by overlapping passes. */
  private active = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly queue: LeasedJobQueue<J, R>,
    private readonly random: () => number = Math.random,
  ) {
    this.log = childLogger(queue.name);
  }

  /** The claim transaction alone: leases up to `limit` due jobs and returns them. */
  claim(limit: number): Promise<J[]> {
    const now = this.clock.now();
    const lease: JobLease = { now, until: new Date(now.getTime() + this.queue.leaseMs), limit };
    return this.dataSource.transaction((manager) => this.queue.claim(manager, lease));
  }

  /** One pass: claims up to `limit` jobs, calls them all at once (I/O, not CPU), records the outcomes. Returns how many were claimed. */
  async runOnce(limit: number): Promise<number> {
    const jobs = await this.claim(limit);
    if (!jobs.length) return 0;
    this.active += jobs.length;
    try {
      await this.runClaimed(jobs);
    } finally {
      this.active -= jobs.length;
      for (const job of jobs) this.queue.settled?.(job);
    }
    return jobs.length;
  }

  /**
   * Runs until nothing is due and nothing it started is in flight, with at most `concurrency` jobs in flight
   * in this runner; as a job finishes, the freed slot claims the next due one (a job made due by the one
   * before it goes out in the same pass). Returns how many were claimed; rejects, after the others settled,
   * when a call threw.
   */
  async runUntilIdle(concurrency: number): Promise<number> {
    let total = 0;
    let failure: unknown;
    const running = new Set<Promise<void>>();
    for (;;) {
      const free = concurrency - this.active;
      const claimed = free > 0 ? await this.claim(free) : [];
      for (const job of claimed) {
        this.active += 1;
        const one: Promise<void> = this.runClaimed([job])
          .catch((err: unknown) => {
            failure ??= err;
          })
          .finally(() => {
            this.active -= 1;
            this.queue.settled?.(job);
            running.delete(one);
          });
        running.add(one);
      }
      total += claimed.length;
      if (running.size === 0) break;
      if (claimed.length === 0 || this.active >= concurrency) await Promise.race(running);
    }
    if (failure !== undefined) throw failure;
    return total;
  }

  private async runClaimed(jobs: readonly J[]): Promise<void> {
    const started = await startJobSpans(this.dataSource.manager, jobs, (job) => this.queue.span(job));
    try {
      const results = await Promise.all(started.map(({ job, span }) => context.with(span.context, () => this.queue.call(job, span))));
      const at = this.clock.now();
      const finished = started.map(({ job, span }, i) => this.finish(job, results[i] as R, span, at));
      await this.record(finished);
    } catch (err) {
      for (const { span } of started) span.fail(err);
      throw err;
    } finally {
      for (const { span } of started) span.end();
    }
  }

  private finish(job: J, result: R, span: JobSpan, at: Date): FinishedJob<J, R> {
    const judged = this.queue.judge(result);
    if (judged.status !== 'succeeded') span.fail(judged.error);
    const outcome = decideJobOutcome(judged, this.queue.attempt(job), this.queue.retry, at, this.queue.leaseMs, this.random);
    span.span.setAttribute('tradein.job.outcome', outcome.kind);
    return { job, result, outcome, span, at };
  }

  private async record(finished: ReadonlyArray<FinishedJob<J, R>>): Promise<void> {
    const record = this.queue.record;
    if ('all' in record) {
      await record.all(finished);
      return;
    }
    for (const f of finished) {
      try {
        await context.with(f.span.context, () => this.dataSource.transaction((manager) => record.each(manager, f)));
      } catch (err) {
        f.span.fail(err);
        // The lease runs out and the job is claimed again: its call must be safe to repeat (idempotency key).
        this.log.error({ err, attempt: this.queue.attempt(f.job) }, `${this.queue.name}: outcome not recorded`);
      }
    }
  }
}
