import { DeviceGraded, StockAdded } from '@tradein/contracts';
import {
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
} from '../../testing/grading-test-kit';

interface Passport {
  format: string;
  grades: Array<{
    technicianId: string;
    regrade: boolean;
    cosmeticGrade: string;
    supersedesGradeId: string | null;
    gradeId: string;
    appealId: string | null;
    versions: Record<string, unknown>;
    checks: Record<string, unknown>;
    evidence: Array<{ boundTo: string; binding: string }>;
  }>;
  erasureCertificates: Array<{ operatorId: string; reportSha256: string }>;
  appeals: Array<{ appealId: string; status: string }>;
  currentGradeId: string;
  stock: { sku: string } | null;
}

describe('appeals: a different technician regrades; both grades stay in the passport (real PostgreSQL)', () => {
  let t: GradingTestService;
  let alice: string;
  let bob: string;
  let ops: string;
  beforeAll(async () => {
    t = await startGrading();
    alice = t.token({ sub: 'alice', role: 'grader', siteId: 'SITE-A' });
    bob = t.token({ sub: 'bob', role: 'grader', siteId: 'SITE-A' });
    ops = t.token({ sub: 'olga', role: 'ops' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('opens a regrade that the first technician cannot take and another can, with regrade=true on the event', async () => {
    const first = await gradeThrough(
      t,
      alice,
      await openJob(t, 'ti-appeal', 1),
      imeiFor(1),
      phoneInspection(imeiFor(1), { cosmeticGrade: 'D', defects: [{ code: 'DISPLAY_COVER_CRACKED' }] }),
    );
    await events.appeal(t, 'ti-appeal', 'ap-1');
    const regradeJob = await jobIdOf(t, 'ti-appeal', 'REGRADE');

    const queue = await t.request<{ jobs: Array<{ jobId: string; kind: string; claimableByMe: boolean }> }>('GET', '/v1/queue', {
      token: alice,
    });
    expect(queue.body.jobs.find((j) => j.jobId === regradeJob)).toMatchObject({ kind: 'REGRADE', claimableByMe: false });
    const detail = await t.request<{ reason: string }>('GET', `/v1/jobs/${regradeJob}`, { token: alice });
    expect(detail.body.reason).toBe('appeal (PARTNER): customer disputes the screen grade');
    // The regrading technician sees the appeal and the grade it disputes beside the checklist.
    expect(detail.body).toMatchObject({
      appeal: { appealId: 'ap-1', requestedBy: 'PARTNER', reason: 'customer disputes the screen grade', status: 'OPEN' },
      appealedGrade: { gradeId: first['gradeId'], technicianId: 'alice', cosmeticGrade: 'D', defects: ['DISPLAY_COVER_CRACKED'] },
      result: null,
    });
    const refused = await t.request<{ code: string }>('POST', `/v1/jobs/${regradeJob}/claim`, { token: alice });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('REGRADE_NEEDS_ANOTHER_TECHNICIAN');

    // Bob regrades without re-erasing: the device's certificates stay valid.
    expect((await t.request('POST', `/v1/jobs/${regradeJob}/claim`, { token: bob })).status).toBe(200);
    expect(
      (
        await t.request('PUT', `/v1/jobs/${regradeJob}/inspection`, {
          token: bob,
          body: phoneInspection(imeiFor(1), { cosmeticGrade: 'B' }),
        })
      ).status,
    ).toBe(200);
    const second = await t.request<Record<string, unknown>>('POST', `/v1/jobs/${regradeJob}/grade`, { token: bob });
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({
      regrade: true,
      technicianId: 'bob',
      supersedesGradeId: first['gradeId'],
      appealId: 'ap-1',
      cosmeticGrade: 'B',
    });
    const after = await t.request<Record<string, unknown>>('GET', `/v1/jobs/${regradeJob}`, { token: bob });
    expect(after.body).toMatchObject({
      appeal: { appealId: 'ap-1', status: 'REGRADED' },
      appealedGrade: { gradeId: first['gradeId'], cosmeticGrade: 'D' },
      result: { gradeId: second.body['gradeId'], technicianId: 'bob', cosmeticGrade: 'B' },
    });

    const graded = await outboxEvents(t, DeviceGraded.type, 'ti-appeal');
    expect(graded.map((e) => [e.payload['technicianId'], e.payload['regrade'], e.payload['cosmeticGrade']])).toEqual([
      ['alice', false, 'D'],
      ['bob', true, 'B'],
    ]);

    const passport = await t.request<Passport>('GET', '/v1/devices/ti-appeal/passport', { token: ops });
    expect(passport.status).toBe(200);
    expect(passport.headers['content-disposition']).toContain('passport-ti-appeal.json');
    expect(passport.body.format).toBe('tradein-device-passport/1');
    expect(passport.body.grades.map((g) => [g.technicianId, g.regrade, g.cosmeticGrade])).toEqual([
      ['alice', false, 'D'],
      ['bob', true, 'B'],
    ]);
    expect(passport.body.currentGradeId).toBe(second.body['gradeId']);
    expect(passport.body.grades[0]!.versions).toEqual({
      gradingStandard: 'CTIA-WDGS-3.0+R2v3+MKT-1',
      marketplaceMapping: 1,
      checklist: 'smartphone-1',
      dispositionPolicy: 'DISP-1',
    });
    expect(Object.keys(passport.body.grades[0]!.checks)).toContain('DISPLAY_TOUCH');
    expect(passport.body.grades[1]!.evidence[0]!.boundTo).toBe(`IMEI:${imeiFor(1)}`);
    expect(passport.body.erasureCertificates).toHaveLength(1);
    expect(passport.body.appeals).toEqual([expect.objectContaining({ appealId: 'ap-1', status: 'REGRADED' })]);
  });

  it('keeps an appeal that arrives before any grade and opens its regrade after the first grade; stock waits for it', async () => {
    await events.received(t, 'ti-early-appeal', receivedPayload({ site: 'SITE-A', imei: imeiFor(2) }));
    await events.appeal(t, 'ti-early-appeal', 'ap-early', { requestedBy: 'OPS' });
    await events.finalized(t, 'ti-early-appeal');
    const [pending]: Array<{ status: string }> = await t.dataSource.query(`SELECT status FROM appeals WHERE appeal_id = 'ap-early'`);
    expect(pending!.status).toBe('PENDING');

    await gradeThrough(t, alice, await jobIdOf(t, 'ti-early-appeal'), imeiFor(2));
    const regradeJob = await jobIdOf(t, 'ti-early-appeal', 'REGRADE');
    // Finalized and graded, but a regrade is open: not stocked yet.
    expect(await outboxEvents(t, StockAdded.type, 'ti-early-appeal')).toEqual([]);

    await gradeThrough(t, bob, regradeJob, imeiFor(2), phoneInspection(imeiFor(2), { cosmeticGrade: 'C', defects: [] }), {});
    const stocked = await outboxEvents(t, StockAdded.type, 'ti-early-appeal');
    expect(stocked).toHaveLength(1);
    // Stocked on the regrade, the device's current grade.
    expect(stocked[0]!.payload['marketplaceGrade']).toBe('Good');
  });

  it('accepts an appeal reason of the full contract length without overflowing the job', async () => {
    await gradeThrough(t, alice, await openJob(t, 'ti-long-appeal', 3), imeiFor(3));
    await events.appeal(t, 'ti-long-appeal', 'ap-long', { reason: 'r'.repeat(1000) });
    const job = await t.request<{ reason: string }>('GET', `/v1/jobs/${await jobIdOf(t, 'ti-long-appeal', 'REGRADE')}`, { token: ops });
    expect(job.body.reason).toHaveLength(1000);
    expect(job.body.reason.startsWith('appeal (PARTNER): rrr')).toBe(true);
  });

  it('shows the passport only to ops and graders of the site that holds the device', async () => {
    const elsewhere = t.token({ sub: 'carol', role: 'grader', siteId: 'SITE-B' });
    expect((await t.request('GET', '/v1/devices/ti-appeal/passport', { token: elsewhere })).status).toBe(404);
    expect((await t.request('GET', '/v1/devices/ti-appeal/passport', { token: alice })).status).toBe(200);
    expect((await t.request('GET', '/v1/devices/ti-unknown/passport', { token: ops })).status).toBe(404);
    expect((await t.request('GET', '/v1/devices/bad%20id!/passport', { token: ops })).status).toBe(400);
    // A device still in its store (no grading site yet): ops only.
    await events.received(t, 'ti-in-store', receivedPayload({ store: 'STORE-3', imei: imeiFor(9) }));
    expect((await t.request('GET', '/v1/devices/ti-in-store/passport', { token: alice })).status).toBe(404);
    const inStore = await t.request<{ device: { storeId: string }; grades: unknown[] }>('GET', '/v1/devices/ti-in-store/passport', {
      token: ops,
    });
    expect(inStore.status).toBe(200);
    expect(inStore.body.device.storeId).toBe('STORE-3');
    expect(inStore.body.grades).toEqual([]);
  });
});
