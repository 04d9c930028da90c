import {
  events,
  gradeThrough,
  imeiFor,
  jobIdOf,
  phoneInspection,
  receivedPayload,
  startGrading,
  type GradingTestService,
} from '../testing/grading-test-kit';

describe('quality figures (real PostgreSQL)', () => {
  let t: GradingTestService;
  let alice: string;
  let bob: string;
  let ops: string;
  const cracked = { cosmeticGrade: 'D', defects: [{ code: 'DISPLAY_COVER_CRACKED' }] };

  beforeAll(async () => {
    t = await startGrading();
    alice = t.token({ sub: 'alice', role: 'grader', siteId: 'SITE-A' });
    bob = t.token({ sub: 'bob', role: 'grader', siteId: 'SITE-A' });
    ops = t.token({ sub: 'olga', role: 'ops' });

    // Day 1 (2026-01-15): alice grades three, bob one. Two are store devices.
    await events.received(
      t,
      'ti-s1',
      receivedPayload({
        store: 'STORE-1',
        imei: imeiFor(1),
        storeChecks: { POWERS_ON: 'YES', SCREEN: 'INTACT', LOCKS: 'NONE', ACCESSORIES: 'COMPLETE' },
      }),
    );
    await events.arrived(t, 'ti-s1', 'STORE-1', 'SITE-A');
    await events.received(
      t,
      'ti-s2',
      receivedPayload({
        store: 'STORE-1',
        imei: imeiFor(2),
        storeChecks: { POWERS_ON: 'YES', SCREEN: 'CRACKED', LOCKS: 'NONE', ACCESSORIES: 'COMPLETE' },
      }),
    );
    await events.arrived(t, 'ti-s2', 'STORE-1', 'SITE-A');
    await events.accepted(t, 'ti-s3', { functional: 'works', screen: 'flawless', battery: '80_or_more', locks: 'none' }, 'STORE-2');
    await events.received(t, 'ti-s3', receivedPayload({ store: 'STORE-2', imei: imeiFor(3) }));
    await events.arrived(t, 'ti-s3', 'STORE-2', 'SITE-A');
    await events.received(t, 'ti-m1', receivedPayload({ site: 'SITE-A', imei: imeiFor(4) }));

    await gradeThrough(t, alice, await jobIdOf(t, 'ti-s1'), imeiFor(1), phoneInspection(imeiFor(1), cracked));
    await gradeThrough(t, alice, await jobIdOf(t, 'ti-s2'), imeiFor(2), phoneInspection(imeiFor(2), cracked));
    await gradeThrough(
      t,
      alice,
      await jobIdOf(t, 'ti-s3'),
      imeiFor(3),
      phoneInspection(imeiFor(3), { checks: { BATTERY_HEALTH: 60 }, cosmeticGrade: 'A', defects: [] }),
    );
    await gradeThrough(t, bob, await jobIdOf(t, 'ti-m1'), imeiFor(4));

    // Day 2: two appeals on alice's grades; bob disagrees on one and agrees on the other.
    t.clock.advanceDays(1);
    await events.appeal(t, 'ti-s1', 'ap-1');
    await events.appeal(t, 'ti-s2', 'ap-2');
    await gradeThrough(t, bob, await jobIdOf(t, 'ti-s1', 'REGRADE'), imeiFor(1), phoneInspection(imeiFor(1), { cosmeticGrade: 'B' }), {});
    await gradeThrough(t, bob, await jobIdOf(t, 'ti-s2', 'REGRADE'), imeiFor(2), phoneInspection(imeiFor(2), cracked), {});
  });
  afterAll(async () => {
    await t.close();
  });

  it('counts inspections per technician per day', async () => {
    const res = await t.request<{ rows: unknown[] }>('GET', '/v1/quality/inspections-per-technician?from=2026-01-15&to=2026-01-16', {
      token: ops,
    });
    expect(res.status).toBe(200);
    expect(res.body.rows).toEqual([
      { technicianId: 'alice', day: '2026-01-15', inspections: 3 },
      { technicianId: 'bob', day: '2026-01-15', inspections: 1 },
      { technicianId: 'bob', day: '2026-01-16', inspections: 2 },
    ]);
    const dayOne = await t.request<{ rows: unknown[] }>('GET', '/v1/quality/inspections-per-technician?from=2026-01-15&to=2026-01-15', {
      token: ops,
    });
    expect(dayOne.body.rows).toHaveLength(2);
  });

  it('computes the regrade disagreement rate, overall and per original technician', async () => {
    const res = await t.request<Record<string, unknown>>('GET', '/v1/quality/regrade-disagreement?from=2026-01-15&to=2026-01-16', {
      token: ops,
    });
    expect(res.body).toEqual({
      regrades: 2,
      disagreements: 1,
      rate: 0.5,
      byOriginalTechnician: [{ technicianId: 'alice', regrades: 2, disagreements: 1, rate: 0.5 }],
    });
  });

  it('rates each store by how often its declared condition was better than the first grade', async () => {
    const res = await t.request<{ stores: unknown[] }>('GET', '/v1/quality/store-accuracy?from=2026-01-15&to=2026-01-16', { token: ops });
    expect(res.body.stores).toEqual([
      // ti-s1 declared an intact screen and was graded D; ti-s2 declared it cracked: one of two.
      {
        storeId: 'STORE-1',
        graded: 2,
        compared: 2,
        differed: 1,
        declaredBetter: 1,
        declaredWorse: 0,
        differenceRate: 0.5,
        discrepancyRate: 0.5,
        byAspect: { 'storeChecks.SCREEN': 1 },
      },
      // ti-s3 declared a battery at 80 % or more; grading measured 60 %.
      {
        storeId: 'STORE-2',
        graded: 1,
        compared: 1,
        differed: 1,
        declaredBetter: 1,
        declaredWorse: 0,
        differenceRate: 1,
        discrepancyRate: 1,
        byAspect: { 'declared.battery': 1 },
      },
    ]);
  });

  it('is for ops only and names a bad period', async () => {
    expect((await t.request('GET', '/v1/quality/store-accuracy', { token: alice })).status).toBe(403);
    const reversed = await t.request<{ errors: Array<{ field: string; reason: string }> }>(
      'GET',
      '/v1/quality/regrade-disagreement?from=2026-01-16&to=2026-01-15',
      { token: ops },
    );
    expect(reversed.status).toBe(400);
    expect(reversed.body.errors).toEqual([{ field: 'from', reason: 'must not be after to' }]);
    expect((await t.request('GET', '/v1/quality/inspections-per-technician?from=yesterday', { token: ops })).status).toBe(400);
  });
});
