import { events, imeiFor, jobIdOf, receivedPayload, startGrading, type GradingTestService } from '../../testing/grading-test-kit';

describe('claim the next job (FOR UPDATE SKIP LOCKED, real PostgreSQL)', () => {
  let t: GradingTestService;
  beforeAll(async () => {
    t = await startGrading();
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives graders asking at once different jobs, oldest first, and 404 when the site queue is empty', async () => {
    const site = 'SITE-N';
    const graders = ['g1', 'g2', 'g3', 'g4'].map((sub) => t.token({ sub, role: 'grader', siteId: site }));
    for (let i = 0; i < 3; i++) {
      await events.received(
        t,
        `ti-next-${i}`,
        receivedPayload({ site, imei: imeiFor(50 + i), receivedAt: `2026-01-15T0${i + 1}:00:00.000Z` }),
      );
    }
    const results = await Promise.all(
      graders.map((token) => t.request<{ tradeInId?: string; code?: string }>('POST', '/v1/queue/claim-next', { token })),
    );
    const won = results
      .filter((r) => r.status === 200)
      .map((r) => r.body.tradeInId)
      .sort();
    expect(won).toEqual(['ti-next-0', 'ti-next-1', 'ti-next-2']);
    expect(results.filter((r) => r.status === 404)).toHaveLength(1);
  });

  it('skips a regrade the grader may not take and jobs of other sites', async () => {
    await events.received(t, 'ti-next-other', receivedPayload({ site: 'SITE-O', imei: imeiFor(60) }));
    await t.dataSource.query(`UPDATE grading_jobs SET excluded_technicians = '{h1}' WHERE id = $1`, [await jobIdOf(t, 'ti-next-other')]);
    const h1 = t.token({ sub: 'h1', role: 'grader', siteId: 'SITE-O' });
    const h2 = t.token({ sub: 'h2', role: 'grader', siteId: 'SITE-O' });
    expect((await t.request('POST', '/v1/queue/claim-next', { token: h1 })).status).toBe(404);
    expect((await t.request<{ tradeInId: string }>('POST', '/v1/queue/claim-next', { token: h2 })).body.tradeInId).toBe('ti-next-other');
    expect((await t.request('POST', '/v1/queue/claim-next?siteId=SITE-N', { token: h2 })).status).toBe(403);
  });
});
