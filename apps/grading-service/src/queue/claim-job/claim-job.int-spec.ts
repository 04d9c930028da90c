import {
  events,
  gradeThrough,
  imeiFor,
  phoneInspection,
  receivedPayload,
  startGrading,
  type GradingTestService,
  openJob,
} from '../../testing/grading-test-kit';

describe('grading queue and claims (real PostgreSQL)', () => {
  let t: GradingTestService;
  let alice: string;
  let bob: string;
  let carol: string;
  let ops: string;

  beforeAll(async () => {
    t = await startGrading();
    alice = t.token({ sub: 'alice', role: 'grader', siteId: 'SITE-A' });
    bob = t.token({ sub: 'bob', role: 'grader', siteId: 'SITE-A' });
    carol = t.token({ sub: 'carol', role: 'grader', siteId: 'SITE-B' });
    ops = t.token({ sub: 'olga', role: 'ops' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('opens one job per device received at a site, none for a store receipt, even when the receipt is redelivered', async () => {
    await events.received(t, 'ti-open-1', receivedPayload({ site: 'SITE-A', imei: imeiFor(11) }));
    await events.received(t, 'ti-open-1', receivedPayload({ site: 'SITE-A', imei: imeiFor(11) }));
    await events.received(t, 'ti-store-1', receivedPayload({ store: 'STORE-9', imei: imeiFor(12) }));
    const rows: Array<{ trade_in_id: string; n: number }> = await t.dataSource.query(
      `SELECT trade_in_id, count(*)::int AS n FROM grading_jobs WHERE trade_in_id IN ('ti-open-1', 'ti-store-1') GROUP BY trade_in_id`,
    );
    expect(rows).toEqual([{ trade_in_id: 'ti-open-1', n: 1 }]);
  });

  it('opens a store device job at the grading site its box arrived at', async () => {
    await events.received(t, 'ti-store-2', receivedPayload({ store: 'STORE-9', imei: imeiFor(13) }));
    await events.arrived(t, 'ti-store-2', 'STORE-9', 'SITE-B');
    const queue = await t.request<{ jobs: Array<{ tradeInId: string; siteId: string }> }>('GET', '/v1/queue', { token: carol });
    expect(queue.body.jobs.map((j) => j.tradeInId)).toContain('ti-store-2');
    expect(queue.body.jobs.every((j) => j.siteId === 'SITE-B')).toBe(true);
  });

  it('lists a site queue oldest first with age against the inspection deadline', async () => {
    await events.received(t, 'ti-old', receivedPayload({ site: 'SITE-Q', imei: imeiFor(14), receivedAt: '2026-01-13T08:00:00.000Z' }));
    await events.received(t, 'ti-new', receivedPayload({ site: 'SITE-Q', imei: imeiFor(15), receivedAt: '2026-01-15T07:00:00.000Z' }));
    const grader = t.token({ sub: 'quinn', role: 'grader', siteId: 'SITE-Q' });
    const res = await t.request<{ jobs: Array<{ tradeInId: string; ageMinutes: number; overdue: boolean; deadlineAt: string }> }>(
      'GET',
      '/v1/queue',
      { token: grader },
    );
    expect(res.status).toBe(200);
    expect(res.body.jobs.map((j) => j.tradeInId)).toEqual(['ti-old', 'ti-new']);
    // Clock is 2026-01-15T09:00Z; the deadline is 48 h after receipt.
    expect(res.body.jobs[0]).toMatchObject({ ageMinutes: 49 * 60, overdue: true, deadlineAt: '2026-01-15T08:00:00.000Z' });
    expect(res.body.jobs[1]).toMatchObject({ ageMinutes: 120, overdue: false });
  });

  it('lets exactly one of two graders racing for the same job win, every time', async () => {
    for (let i = 0; i < 8; i++) {
      const tradeInId = `ti-race-${i}`;
      const jobId = await openJob(t, tradeInId, 100 + i);
      const [a, b] = await Promise.all([
        t.request<{ claimedBy?: string; code?: string }>('POST', `/v1/jobs/${jobId}/claim`, { token: alice }),
        t.request<{ claimedBy?: string; code?: string }>('POST', `/v1/jobs/${jobId}/claim`, { token: bob }),
      ]);
      const statuses = [a.status, b.status].sort();
      expect(statuses).toEqual([200, 409]);
      const winner = a.status === 200 ? 'alice' : 'bob';
      const loser = a.status === 200 ? b : a;
      expect(loser.body.code).toBe('JOB_ALREADY_CLAIMED');
      const [row]: Array<{ claimed_by: string }> = await t.dataSource.query('SELECT claimed_by FROM grading_jobs WHERE id = $1', [jobId]);
      expect(row!.claimed_by).toBe(winner);
    }
  });

  it('returns an abandoned job to the queue when its lease expires; the old holder can no longer act', async () => {
    const jobId = await openJob(t, 'ti-lease', 21);
    expect((await t.request('POST', `/v1/jobs/${jobId}/claim`, { token: alice })).status).toBe(200);
    expect((await t.request('POST', `/v1/jobs/${jobId}/claim`, { token: bob })).status).toBe(409);
    t.clock.advance(t.config.GRADING_LEASE_SECONDS * 1000 + 1000);
    expect((await t.request('POST', `/v1/jobs/${jobId}/claim`, { token: bob })).status).toBe(200);
    const late = await t.request<{ code: string }>('PUT', `/v1/jobs/${jobId}/inspection`, {
      token: alice,
      body: phoneInspection(imeiFor(21)),
    });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('LEASE_NOT_HELD');
  });

  it('lets the holder release a job back to the queue', async () => {
    const jobId = await openJob(t, 'ti-release', 22);
    await t.request('POST', `/v1/jobs/${jobId}/claim`, { token: alice });
    expect((await t.request('POST', `/v1/jobs/${jobId}/release`, { token: bob })).status).toBe(409);
    expect((await t.request('POST', `/v1/jobs/${jobId}/release`, { token: alice })).status).toBe(204);
    expect((await t.request('POST', `/v1/jobs/${jobId}/claim`, { token: bob })).status).toBe(200);
  });

  it('keeps a grader of another site from seeing or acting on the job', async () => {
    const jobId = await openJob(t, 'ti-other-site', 23);
    const queue = await t.request<{ jobs: Array<{ tradeInId: string }> }>('GET', '/v1/queue', { token: carol });
    expect(queue.body.jobs.map((j) => j.tradeInId)).not.toContain('ti-other-site');
    expect((await t.request('GET', '/v1/queue?siteId=SITE-A', { token: carol })).status).toBe(403);
    for (const [method, url] of [
      ['GET', `/v1/jobs/${jobId}`],
      ['POST', `/v1/jobs/${jobId}/claim`],
      ['POST', `/v1/jobs/${jobId}/grade`],
    ] as const) {
      const res = await t.request<{ code: string }>(method, url, { token: carol });
      expect(res.status).toBe(404);
    }
    expect((await t.request('GET', `/v1/devices/ti-other-site/passport`, { token: carol })).status).toBe(404);
    const [row]: Array<{ claimed_by: string | null }> = await t.dataSource.query('SELECT claimed_by FROM grading_jobs WHERE id = $1', [
      jobId,
    ]);
    expect(row!.claimed_by).toBeNull();
    // Ops act at every site.
    expect((await t.request('GET', `/v1/jobs/${jobId}`, { token: ops })).status).toBe(200);
  });

  it('rejects unauthenticated callers, other roles and malformed ids with problem+json', async () => {
    expect((await t.request('GET', '/v1/queue')).status).toBe(401);
    const staff = t.token({ sub: 's', role: 'store_staff', storeId: 'STORE-9' });
    expect((await t.request('GET', '/v1/queue', { token: staff })).status).toBe(403);
    const bad = await t.request<{ errors: Array<{ field: string }> }>('POST', '/v1/jobs/not-a-uuid/claim', { token: alice });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.body.errors[0]!.field).toBe('jobId');
  });

  it('closes the job once graded: nobody can claim it again', async () => {
    const jobId = await openJob(t, 'ti-closed', 24);
    await gradeThrough(t, alice, jobId, imeiFor(24));
    const again = await t.request<{ code: string }>('POST', `/v1/jobs/${jobId}/claim`, { token: bob });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('JOB_CLOSED');
  });
});
