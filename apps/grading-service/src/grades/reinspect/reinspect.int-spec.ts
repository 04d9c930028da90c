import { DeviceGraded, StockAdded } from '@tradein/contracts';
import {
  erasure,
  events,
  gradeThrough,
  imeiFor,
  outboxEvents,
  phoneInspection,
  startGrading,
  type GradingTestService,
  openJob,
} from '../../testing/grading-test-kit';

describe('quarantine queue and reinspection (real PostgreSQL)', () => {
  let t: GradingTestService;
  let alice: string;
  let ops: string;
  beforeAll(async () => {
    t = await startGrading();
    alice = t.token({ sub: 'alice', role: 'grader', siteId: 'SITE-A' });
    ops = t.token({ sub: 'olga', role: 'ops' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists a device quarantined for a failed erasure; a reinspection re-erases it and releases it into stock', async () => {
    await gradeThrough(t, alice, await openJob(t, 'ti-retest', 1), imeiFor(1), undefined, erasure({ verification: 'FAILED' }));
    await events.finalized(t, 'ti-retest');
    expect(await outboxEvents(t, StockAdded.type, 'ti-retest')).toEqual([]);

    const held = await t.request<{ devices: Array<{ tradeInId: string; reasons: string[] }> }>('GET', '/v1/quarantine', { token: alice });
    expect(held.body.devices).toEqual([expect.objectContaining({ tradeInId: 'ti-retest', reasons: ['ERASURE_NOT_VERIFIED'] })]);

    expect((await t.request('POST', '/v1/devices/ti-retest/reinspections', { token: alice, body: { reason: 're-erase' } })).status).toBe(
      403,
    );
    const reopened = await t.request<{ jobId: string }>('POST', '/v1/devices/ti-retest/reinspections', {
      token: ops,
      body: { reason: 're-erase after failed verification' },
    });
    expect(reopened.status).toBe(201);
    const detail = await t.request<{ reason: string; kind: string }>('GET', `/v1/jobs/${reopened.body.jobId}`, { token: alice });
    expect(detail.body).toMatchObject({ kind: 'REGRADE', reason: 'reinspection: re-erase after failed verification' });
    const again = await t.request<{ code: string }>('POST', '/v1/devices/ti-retest/reinspections', {
      token: ops,
      body: { reason: 'twice' },
    });
    expect(again.body.code).toBe('JOB_ALREADY_OPEN');

    // The same technician may retest (this is not an appeal); a new verified certificate sanitizes the medium.
    const regraded = await gradeThrough(
      t,
      alice,
      reopened.body.jobId,
      imeiFor(1),
      undefined,
      erasure({ performedAt: '2026-01-15T08:58:00.000Z' }),
    );
    expect(regraded).toMatchObject({ regrade: true, disposition: 'REFURBISH', erasureOutcome: 'VERIFIED' });
    expect((await outboxEvents(t, DeviceGraded.type, 'ti-retest')).map((e) => e.payload['disposition'])).toEqual([
      'QUARANTINE',
      'REFURBISH',
    ]);
    expect(await outboxEvents(t, StockAdded.type, 'ti-retest')).toHaveLength(1);
    expect((await t.request<{ devices: unknown[] }>('GET', '/v1/quarantine', { token: ops })).body.devices).toEqual([]);
  });

  it('refuses to reinspect a device that is not quarantined, an unknown one, or without a reason', async () => {
    await gradeThrough(t, alice, await openJob(t, 'ti-fine', 2), imeiFor(2), phoneInspection(imeiFor(2)));
    const fine = await t.request<{ code: string }>('POST', '/v1/devices/ti-fine/reinspections', {
      token: ops,
      body: { reason: 'just because' },
    });
    expect(fine.status).toBe(409);
    expect(fine.body.code).toBe('NOT_QUARANTINED');
    expect((await t.request('POST', '/v1/devices/ti-nobody/reinspections', { token: ops, body: { reason: 'who?' } })).status).toBe(404);
    const noReason = await t.request<{ errors: Array<{ field: string }> }>('POST', '/v1/devices/ti-fine/reinspections', {
      token: ops,
      body: {},
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors.map((e) => e.field)).toContain('reason');
    const [row]: Array<{ n: number }> = await t.dataSource.query(`SELECT count(*)::int AS n FROM devices WHERE trade_in_id = 'ti-nobody'`);
    expect(row!.n).toBe(0);
  });
});
