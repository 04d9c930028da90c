import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { type JobLease, type LeasedJobQueue, LeasedJobRunner, ManualClock } from '@tradein/service-runtime';
import { createTestDatabase } from '@tradein/testing';

/**
 * The shared leased job runner on the real PostgreSQL: two runners (two connection pools, as two replicas)
 * share one table of jobs, a claimed job is invisible while its lease runs and claimed again once it has
 * run out, and the retry rule's outcomes land in the rows.
 */
interface Job {
  id: number;
  attempts: number;
}

const LEASE_MS = 30_000;
const CLAIM_SQL = `
  WITH due AS (
    SELECT id FROM job WHERE status = 'PENDING' AND next_attempt_at <= $1 ORDER BY next_attempt_at, id LIMIT $3 FOR UPDATE SKIP LOCKED
  )
  UPDATE job SET next_attempt_at = $2, attempts = job.attempts + 1 FROM due WHERE job.id = due.id RETURNING job.id, job.attempts`;

describe('LeasedJobRunner (real PostgreSQL)', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  const pools: DataSource[] = [];
  const clock = new ManualClock('2026-12-03T10:00:00Z');
  /** Calls per job id, across every runner. */
  const calls = new Map<number, number>();
  let failing = new Set<number>();

  const queue = (): LeasedJobQueue<Job, { ok: boolean }> => ({
    name: 'test-jobs',
    leaseMs: LEASE_MS,
    retry: { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 10_000, jitter: 'equal' },
    claim: async (manager, lease: JobLease) => {
      const r: [Job[], number] | Job[] = await manager.query(CLAIM_SQL, [lease.now, lease.until, lease.limit]);
      return Array.isArray(r[0]) ? (r[0] as Job[]) : (r as Job[]);
    },
    span: (job) => ({ tradeInId: `t-${job.id}`, traceContext: null, name: 'test.job', options: {} }),
    attempt: (job) => job.attempts,
    call: async (job) => {
      calls.set(job.id, (calls.get(job.id) ?? 0) + 1);
      // Long enough for the other runner to try to claim the same rows meanwhile.
      await sleep(5 + (job.id % 7));
      return { ok: !failing.has(job.id) };
    },
    judge: (r) => (r.ok ? { status: 'succeeded' } : { status: 'failed', retryable: true, error: 'refused' }),
    record: {
      each: async (manager, { job, outcome }) => {
        const status = outcome.kind === 'done' ? 'DONE' : outcome.kind === 'gave-up' ? 'FAILED' : 'PENDING';
        await manager.query(`UPDATE job SET status = $2, next_attempt_at = $3 WHERE id = $1`, [
          job.id,
          status,
          'at' in outcome ? outcome.at : clock.now(),
        ]);
      },
    },
  });

  const runner = (i: number): LeasedJobRunner<Job, { ok: boolean }> => {
    const ds = pools[i] as DataSource;
    return new LeasedJobRunner(ds, clock, queue());
  };
  const rows = (): Promise<Array<{ id: number; status: string; attempts: number; next_attempt_at: Date }>> =>
    (pools[0] as DataSource).query('SELECT id, status, attempts, next_attempt_at FROM job ORDER BY id');
  const addJobs = async (n: number): Promise<void> => {
    await (pools[0] as DataSource).query(
      `INSERT INTO job (status, attempts, next_attempt_at) SELECT 'PENDING', 0, $1 FROM generate_series(1, $2::int)`,
      [clock.now(), n],
    );
  };

  beforeAll(async () => {
    db = await createTestDatabase('jobs');
    for (let i = 0; i < 2; i++) {
      const ds = new DataSource({ type: 'postgres', url: db.url, extra: { max: 4 } });
      pools.push(await ds.initialize());
    }
    await (pools[0] as DataSource).query(
      `CREATE TABLE job (id serial PRIMARY KEY, status text NOT NULL, attempts int NOT NULL, next_attempt_at timestamptz NOT NULL)`,
    );
  });

  afterAll(async () => {
    for (const ds of pools) await ds.destroy();
    await db?.drop();
  });

  beforeEach(async () => {
    await (pools[0] as DataSource).query('TRUNCATE job RESTART IDENTITY');
    calls.clear();
    failing = new Set();
  });

  it('two runners racing over the same rows run every job exactly once', async () => {
    await addJobs(60);
    const drain = async (r: LeasedJobRunner<Job, { ok: boolean }>): Promise<number> => {
      let total = 0;
      for (let n = await r.runOnce(7); n > 0; n = await r.runOnce(7)) total += n;
      return total;
    };
    const [a, b] = await Promise.all([drain(runner(0)), drain(runner(1))]);
    expect(a + b).toBe(60);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    expect(calls.size).toBe(60);
    expect([...calls.values()].every((n) => n === 1)).toBe(true);
    expect((await rows()).every((r) => r.status === 'DONE' && r.attempts === 1)).toBe(true);
  });

  it('runUntilIdle in two runners at once keeps within its concurrency and runs each job once', async () => {
    await addJobs(25);
    const bounded = (i: number) => {
      const seen = { now: 0, max: 0 };
      const base = queue();
      const r = new LeasedJobRunner(pools[i] as DataSource, clock, {
        ...base,
        call: async (job, span) => {
          seen.max = Math.max(seen.max, ++seen.now);
          try {
            return await base.call(job, span);
          } finally {
            seen.now--;
          }
        },
      });
      return { r, seen };
    };
    const [one, two] = [bounded(0), bounded(1)];
    const [a, b] = await Promise.all([one.r.runUntilIdle(3), two.r.runUntilIdle(3)]);
    expect(a + b).toBe(25);
    expect([...calls.values()]).toEqual(Array(25).fill(1));
    expect(Math.max(one.seen.max, two.seen.max)).toBeLessThanOrEqual(3);
    expect(one.seen.max).toBeGreaterThan(1);
  });

  it('a claimed job is invisible while its lease runs and is reclaimed once the lease has expired', async () => {
    await addJobs(1);
    // The first runner claims the job, then its process dies before calling or recording anything.
    const crashed = await runner(0).claim(10);
    expect(crashed.map((j) => j.id)).toEqual([1]);
    expect(await runner(1).runOnce(10)).toBe(0);
    clock.advance(LEASE_MS - 1);
    expect(await runner(1).runOnce(10)).toBe(0);
    clock.advance(1);
    expect(await runner(1).runOnce(10)).toBe(1);
    expect(calls.get(1)).toBe(1);
    expect(await rows()).toMatchObject([{ id: 1, status: 'DONE', attempts: 2 }]);
  });

  it('a failing job is retried after the backoff (with jitter, at least half of it) and given up after its last attempt', async () => {
    await addJobs(1);
    failing = new Set([1]);
    const start = clock.now().getTime();
    expect(await runner(0).runOnce(10)).toBe(1);
    const [first] = await rows();
    const delay = (first?.next_attempt_at.getTime() ?? 0) - start;
    expect(first?.status).toBe('PENDING');
    expect(delay).toBeGreaterThanOrEqual(500);
    expect(delay).toBeLessThanOrEqual(1000);
    expect(await runner(0).runOnce(10)).toBe(0); // backing off
    clock.advance(delay);
    expect(await runner(1).runOnce(10)).toBe(1);
    clock.advance(2000);
    expect(await runner(0).runOnce(10)).toBe(1);
    expect(await rows()).toMatchObject([{ status: 'FAILED', attempts: 3 }]);
    clock.advance(60_000);
    expect(await runner(0).runOnce(10)).toBe(0);
    expect(calls.get(1)).toBe(3);
  });

  it('an outcome that cannot be recorded is left to its lease; the other jobs of the pass are recorded', async () => {
    await addJobs(3);
    const flaky = new LeasedJobRunner(pools[0] as DataSource, clock, {
      ...queue(),
      record: {
        each: async (manager, finished) => {
          if (finished.job.id === 2) throw new Error('connection lost while recording');
          const base = queue().record;
          if ('each' in base) await base.each(manager, finished);
        },
      },
    });
    expect(await flaky.runOnce(10)).toBe(3);
    expect((await rows()).map((r) => [r.id, r.status])).toEqual([
      [1, 'DONE'],
      [2, 'PENDING'],
      [3, 'DONE'],
    ]);
    expect(await runner(1).runOnce(10)).toBe(0);
    clock.advance(LEASE_MS);
    expect(await runner(1).runOnce(10)).toBe(1);
    expect(await rows()).toMatchObject([{ status: 'DONE' }, { id: 2, status: 'DONE', attempts: 2 }, { status: 'DONE' }]);
  });

  it('a call that throws fails the pass and records nothing: the lease expires and the job runs again', async () => {
    await addJobs(1);
    const broken = new LeasedJobRunner(pools[0] as DataSource, clock, {
      ...queue(),
      call: () => Promise.reject(new Error('process killed')),
    });
    await expect(broken.runOnce(10)).rejects.toThrow('process killed');
    expect(await rows()).toMatchObject([{ status: 'PENDING', attempts: 1 }]);
    clock.advance(LEASE_MS);
    expect(await runner(0).runOnce(10)).toBe(1);
    expect(await rows()).toMatchObject([{ status: 'DONE', attempts: 2 }]);
  });
});
