import { DeviceGraded, StockAdded } from '@tradein/contracts';
import {
  erasure,
  events,
  gradeThrough,
  imeiFor,
  jobIdOf,
  outboxEvents,
  phoneInspection,
  receivedPayload,
  startGrading,
  type GradingTestService,
  openJob,
} from './testing/grading-test-kit';

/** Events of one trade-in arrive in any order and concurrently with HTTP work; none is lost or applied twice. */
describe('out-of-order and concurrent events (real PostgreSQL)', () => {
  let t: GradingTestService;
  let alice: string;
  beforeAll(async () => {
    t = await startGrading();
    alice = t.token({ sub: 'alice', role: 'grader', siteId: 'SITE-A' });
  });
  afterAll(async () => {
    await t.close();
  });

  async function readyToGrade(tradeInId: string, n: number): Promise<string> {
    const jobId = await openJob(t, tradeInId, n);
    await t.request('POST', `/v1/jobs/${jobId}/claim`, { token: alice });
    await t.request('PUT', `/v1/jobs/${jobId}/inspection`, { token: alice, body: phoneInspection(imeiFor(n)) });
    await t.request('POST', `/v1/jobs/${jobId}/erasures`, { token: alice, body: erasure() });
    return jobId;
  }

  it('stocks exactly once when the grade and the finalization land at the same moment', async () => {
    for (let i = 0; i < 6; i++) {
      const tradeInId = `ti-race-stock-${i}`;
      const jobId = await readyToGrade(tradeInId, 10 + i);
      const [graded] = await Promise.all([t.request('POST', `/v1/jobs/${jobId}/grade`, { token: alice }), events.finalized(t, tradeInId)]);
      expect(graded.status).toBe(201);
      expect(await outboxEvents(t, StockAdded.type, tradeInId)).toHaveLength(1);
    }
  });

  it('opens exactly one regrade when an appeal lands while the first grade is being made', async () => {
    for (let i = 0; i < 6; i++) {
      const tradeInId = `ti-race-appeal-${i}`;
      const jobId = await readyToGrade(tradeInId, 20 + i);
      await Promise.all([t.request('POST', `/v1/jobs/${jobId}/grade`, { token: alice }), events.appeal(t, tradeInId, `ap-race-${i}`)]);
      const jobs: Array<{ kind: string; status: string; excluded_technicians: string[] }> = await t.dataSource.query(
        `SELECT kind, status, excluded_technicians FROM grading_jobs WHERE trade_in_id = $1 ORDER BY opened_at`,
        [tradeInId],
      );
      expect(jobs).toEqual([
        { kind: 'INITIAL', status: 'DONE', excluded_technicians: [] },
        { kind: 'REGRADE', status: 'OPEN', excluded_technicians: ['alice'] },
      ]);
      const [appeal]: Array<{ status: string }> = await t.dataSource.query(`SELECT status FROM appeals WHERE appeal_id = $1`, [
        `ap-race-${i}`,
      ]);
      expect(appeal!.status).toBe('OPEN');
    }
  });

  it('keeps a finalization received before the device itself, and stocks the device once graded', async () => {
    await events.finalized(t, 'ti-finalized-first');
    await gradeThrough(t, alice, await openJob(t, 'ti-finalized-first', 30), imeiFor(30));
    expect(await outboxEvents(t, StockAdded.type, 'ti-finalized-first')).toHaveLength(1);
    // The correlation id of the trade-in, learnt from the receipt, carries over to what grading emits.
    const [graded] = await outboxEvents(t, DeviceGraded.type, 'ti-finalized-first');
    const [device]: Array<{ correlation_id: string }> = await t.dataSource.query(
      `SELECT correlation_id FROM devices WHERE trade_in_id = 'ti-finalized-first'`,
    );
    expect(graded!.correlationId).toBe(device!.correlation_id);
  });

  it('opens the job when a store box arrives before the store receipt, and waits for the device details to inspect', async () => {
    await events.arrived(t, 'ti-box-first', 'STORE-4', 'SITE-A');
    const jobId = await jobIdOf(t, 'ti-box-first');
    await t.request('POST', `/v1/jobs/${jobId}/claim`, { token: alice });
    const early = await t.request<{ code: string }>('PUT', `/v1/jobs/${jobId}/inspection`, {
      token: alice,
      body: phoneInspection(imeiFor(31)),
    });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('DEVICE_DETAILS_PENDING');
    await events.received(
      t,
      'ti-box-first',
      receivedPayload({
        store: 'STORE-4',
        imei: imeiFor(31),
        storeChecks: { POWERS_ON: 'YES', SCREEN: 'INTACT', LOCKS: 'NONE', ACCESSORIES: 'COMPLETE' },
      }),
    );
    expect((await t.request('PUT', `/v1/jobs/${jobId}/inspection`, { token: alice, body: phoneInspection(imeiFor(31)) })).status).toBe(200);
    const [device]: Array<{ store_id: string; site_id: string; store_checks: Record<string, string> }> = await t.dataSource.query(
      `SELECT store_id, site_id, store_checks FROM devices WHERE trade_in_id = 'ti-box-first'`,
    );
    expect(device).toEqual({
      store_id: 'STORE-4',
      site_id: 'SITE-A',
      store_checks: { POWERS_ON: 'YES', SCREEN: 'INTACT', LOCKS: 'NONE', ACCESSORIES: 'COMPLETE' },
    });
  });
});
