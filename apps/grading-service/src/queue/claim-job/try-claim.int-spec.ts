import { startGrading, type GradingTestService, openJob } from '../../testing/grading-test-kit';
import { tryClaim } from './try-claim';

describe('claim SQL under interleaved transactions (real PostgreSQL)', () => {
  let t: GradingTestService;
  beforeAll(async () => {
    t = await startGrading();
  });
  afterAll(async () => {
    await t.close();
  });

  it('blocks the second claim on the row and then refuses it, once the first commits', async () => {
    const jobId = await openJob(t, 'ti-interleaved', 31);
    const now = t.clock.now();
    const expires = new Date(now.getTime() + 600_000);
    const first = t.dataSource.createQueryRunner();
    const second = t.dataSource.createQueryRunner();
    await first.connect();
    await second.connect();
    try {
      await first.startTransaction();
      await second.startTransaction();
      expect(await tryClaim(first.manager, jobId, 'alice', now, expires)).toEqual({ tradeInId: 'ti-interleaved' });
      // The second claim waits on alice's uncommitted row lock...
      let secondResult: unknown = 'pending';
      const racing = tryClaim(second.manager, jobId, 'bob', now, expires).then((r) => {
        secondResult = r;
      });
      await new Promise((r) => setTimeout(r, 300));
      expect(secondResult).toBe('pending');
      await first.commitTransaction();
      // ...and, re-checked against alice's committed claim, gets nothing.
      await racing;
      expect(secondResult).toBeNull();
      await second.commitTransaction();
    } finally {
      await first.release();
      await second.release();
    }
    const [row]: Array<{ claimed_by: string }> = await t.dataSource.query('SELECT claimed_by FROM grading_jobs WHERE id = $1', [jobId]);
    expect(row!.claimed_by).toBe('alice');
  });

  it('lets the second claim win when the first rolls back', async () => {
    const jobId = await openJob(t, 'ti-rollback', 32);
    const now = t.clock.now();
    const expires = new Date(now.getTime() + 600_000);
    const first = t.dataSource.createQueryRunner();
    const second = t.dataSource.createQueryRunner();
    await first.connect();
    await second.connect();
    try {
      await first.startTransaction();
      await second.startTransaction();
      expect(await tryClaim(first.manager, jobId, 'alice', now, expires)).not.toBeNull();
      const racing = tryClaim(second.manager, jobId, 'bob', now, expires);
      await new Promise((r) => setTimeout(r, 200));
      await first.rollbackTransaction();
      expect(await racing).toEqual({ tradeInId: 'ti-rollback' });
      await second.commitTransaction();
    } finally {
      await first.release();
      await second.release();
    }
  });
});
