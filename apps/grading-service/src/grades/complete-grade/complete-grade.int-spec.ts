import { DeviceGraded, validateEvent } from '@tradein/contracts';
import { testPhoto, uploadEvidence } from '@tradein/testing';
import {
  INSPECTION_PHOTO_SHA256,
  erasure,
  gradeThrough,
  imeiFor,
  outboxEvents,
  phoneInspection,
  startGrading,
  type GradingTestService,
  openJob,
} from '../../testing/grading-test-kit';

describe('inspect, erase, grade → tradein.device.graded (real PostgreSQL)', () => {
  let t: GradingTestService;
  let alice: string;
  beforeAll(async () => {
    t = await startGrading();
    alice = t.token({ sub: 'alice', role: 'grader', siteId: 'SITE-A' });
  });
  afterAll(async () => {
    await t.close();
  });

  async function claimed(tradeInId: string, n: number): Promise<string> {
    const jobId = await openJob(t, tradeInId, n);
    expect((await t.request('POST', `/v1/jobs/${jobId}/claim`, { token: alice })).status).toBe(200);
    return jobId;
  }

  async function count(table: string, tradeInId: string): Promise<number> {
    const [row]: Array<{ n: number }> = await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE trade_in_id = $1`, [
      tradeInId,
    ]);
    return row!.n;
  }

  it('grades a device and emits everything quote-service needs to reprice, valid against the contract', async () => {
    const jobId = await claimed('ti-flow', 1);
    const inspection = phoneInspection(imeiFor(1), {
      checks: { CHARGING_PORT: 'FAIL', BATTERY_HEALTH: 84 },
      cosmeticGrade: 'C',
      defects: [{ code: 'CAMERA_LENS_CRACKED', note: 'rear lens' }],
    });
    const inspected = await t.request<Record<string, unknown>>('PUT', `/v1/jobs/${jobId}/inspection`, { token: alice, body: inspection });
    expect(inspected.status).toBe(200);
    expect(inspected.body).toMatchObject({ functionalGrade: 3, boundTo: `IMEI:${imeiFor(1)}` });
    const cert = await t.request<Record<string, unknown>>('POST', `/v1/jobs/${jobId}/erasures`, { token: alice, body: erasure() });
    expect(cert.status).toBe(201);
    expect(cert.body).toMatchObject({ method: 'PURGE', verification: 'PASSED', operatorId: 'alice', standard: 'NIST SP 800-88 Rev. 2' });
    expect(cert.body['reportSha256']).toMatch(/^[0-9a-f]{64}$/);

    const graded = await t.request<Record<string, unknown>>('POST', `/v1/jobs/${jobId}/grade`, { token: alice });
    expect(graded.status).toBe(201);
    expect(graded.body).toMatchObject({
      cosmeticGrade: 'C',
      functionalGrade: 3,
      r2Functional: 'F2',
      r2Cosmetic: 'C3',
      disposition: 'REFURBISH_WITH_PARTS',
      partsNeeded: ['charging-port'],
      marketplaceGrade: 'Good',
      technicianId: 'alice',
      regrade: false,
      erasureOutcome: 'VERIFIED',
    });

    const [event] = await outboxEvents(t, DeviceGraded.type, 'ti-flow');
    expect(event).toBeDefined();
    expect(validateEvent(event, DeviceGraded.topic).ok).toBe(true);
    expect(event!.partnerId).toBe('partner-1');
    expect(event!.payload).toMatchObject({
      gradeId: graded.body['gradeId'],
      siteId: 'SITE-A',
      device: { modelId: 'iphone-13', variantId: '128gb-midnight', category: 'smartphone' },
      cosmeticGrade: 'C',
      functionalGrade: 3,
      r2Functional: 'F2',
      r2Cosmetic: 'C3',
      batteryHealthPercent: 84,
      missingAccessories: [],
      locked: false,
      disposition: 'REFURBISH_WITH_PARTS',
      marketplaceGrade: 'Good',
      gradingStandardVersion: 'CTIA-WDGS-3.0+R2v3+MKT-1',
      technicianId: 'alice',
      regrade: false,
      evidenceRefs: [`sha256:${INSPECTION_PHOTO_SHA256}`],
    });
    const metrics = await t.request('GET', '/metrics');
    expect(metrics.text).toMatch(/grading_grades_total\{[^}]*disposition="REFURBISH_WITH_PARTS"[^}]*\} [1-9]/);
    expect(event!.payload['defects']).toEqual([
      { code: 'CAMERA_LENS_CRACKED', note: 'rear lens' },
      { code: 'CHARGING_PORT_FAULTY', note: 'Charging port failed' },
    ]);
  });

  it('quarantines a device still activation locked and says so in the event', async () => {
    const jobId = await claimed('ti-locked', 2);
    await t.request('PUT', `/v1/jobs/${jobId}/inspection`, {
      token: alice,
      body: phoneInspection(imeiFor(2), { locks: { activationLock: true, mdmEnrolled: false } }),
    });
    await t.request('POST', `/v1/jobs/${jobId}/erasures`, { token: alice, body: erasure() });
    const graded = await t.request<Record<string, unknown>>('POST', `/v1/jobs/${jobId}/grade`, { token: alice });
    expect(graded.body).toMatchObject({ disposition: 'QUARANTINE', locked: true, dispositionReasons: ['DEVICE_LOCKED'] });
    const [event] = await outboxEvents(t, DeviceGraded.type, 'ti-locked');
    expect(event!.payload).toMatchObject({ locked: true, disposition: 'QUARANTINE' });
  });

  it('refuses to grade without an inspection or without an erasure certificate, writing nothing', async () => {
    const jobId = await claimed('ti-missing-steps', 3);
    const noInspection = await t.request<{ code: string }>('POST', `/v1/jobs/${jobId}/grade`, { token: alice });
    expect(noInspection.status).toBe(409);
    expect(noInspection.body.code).toBe('INSPECTION_REQUIRED');
    await t.request('PUT', `/v1/jobs/${jobId}/inspection`, { token: alice, body: phoneInspection(imeiFor(3)) });
    const noErasure = await t.request<{ code: string }>('POST', `/v1/jobs/${jobId}/grade`, { token: alice });
    expect(noErasure.status).toBe(409);
    expect(noErasure.body.code).toBe('ERASURE_REQUIRED');
    expect(await count('grades', 'ti-missing-steps')).toBe(0);
    expect(await outboxEvents(t, DeviceGraded.type, 'ti-missing-steps')).toEqual([]);
  });

  it.each([
    [41, 'a skipped screen check', { checks: { DISPLAY_TOUCH: undefined } }, 'checks.DISPLAY_TOUCH', 'is required'],
    [42, 'an unknown check', { checks: { TELEPORTER: 'PASS' } }, 'checks.TELEPORTER', 'is not a check of the smartphone checklist'],
    [43, 'a battery over 100 %', { checks: { BATTERY_HEALTH: 140 } }, 'checks.BATTERY_HEALTH', 'must be an integer percentage 0-100'],
    [
      44,
      'a grade better than its defect allows (CTIA)',
      { cosmeticGrade: 'A', defects: [{ code: 'DISPLAY_COVER_CRACKED' }] },
      'cosmeticGrade',
      'A is better than CTIA allows with defect DISPLAY_COVER_CRACKED (at best D)',
    ],
    [45, 'an unknown defect code', { defects: [{ code: 'WOBBLY' }] }, 'defects.0.code', 'WOBBLY is not a known defect reason code'],
  ] as const)('answers 400 naming the field (case %i: %s), and writes nothing', async (n, _label, override, field, reason) => {
    const tradeInId = `ti-bad-input-${n}`;
    const jobId = await claimed(tradeInId, n);
    const body = phoneInspection(imeiFor(n), override as Parameters<typeof phoneInspection>[1]);
    const res = await t.request<{ code: string; errors: Array<{ field: string; reason: string }> }>('PUT', `/v1/jobs/${jobId}/inspection`, {
      token: alice,
      body,
    });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.errors).toContainEqual({ field, reason });
    expect(await count('inspections', tradeInId)).toBe(0);
  });

  it('rejects an IMEI that differs from the one recorded at receipt (evidence is bound to the device read)', async () => {
    const jobId = await claimed('ti-wrong-imei', 4);
    const res = await t.request<{ errors: Array<{ field: string; reason: string }> }>('PUT', `/v1/jobs/${jobId}/inspection`, {
      token: alice,
      body: phoneInspection(imeiFor(5)),
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'identityRead.imei', reason: 'differs from the IMEI recorded at receipt' }]);
    expect(await count('inspections', 'ti-wrong-imei')).toBe(0);
  });

  it('refuses an inspection citing a photo that was not uploaded here, or with another hash, naming the field (422), and writes nothing', async () => {
    const jobId = await claimed('ti-unknown-photo', 7);
    const mine = (await uploadEvidence(t.app, alice, testPhoto('ti-unknown-photo back'))).body;
    const body = {
      ...phoneInspection(imeiFor(7)),
      evidence: [
        { ref: mine.ref, sha256: mine.sha256, kind: 'PHOTO' },
        { ref: `sha256:${'1'.repeat(64)}`, sha256: '1'.repeat(64), kind: 'PHOTO' },
        { ref: `evidence/${imeiFor(7)}/front.jpg`, sha256: 'a'.repeat(64), kind: 'PHOTO' },
        { ref: mine.ref, sha256: 'b'.repeat(64), kind: 'PHOTO' },
      ],
    };
    const res = await t.request<{ code: string; errors: Array<{ field: string; reason: string }> }>('PUT', `/v1/jobs/${jobId}/inspection`, {
      token: alice,
      body,
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('UNKNOWN_EVIDENCE');
    expect(res.body.errors).toEqual([
      { field: 'evidence[1].ref', reason: 'no evidence was uploaded with this ref' },
      { field: 'evidence[2].ref', reason: expect.stringContaining('must be the ref of an uploaded evidence object') },
      { field: 'evidence[3].sha256', reason: 'is not the SHA-256 of the uploaded object' },
    ]);
    expect(await count('inspections', 'ti-unknown-photo')).toBe(0);
    // The photo the grader just took in the step is accepted.
    const ok = await t.request('PUT', `/v1/jobs/${jobId}/inspection`, { token: alice, body: { ...body, evidence: [body.evidence[0]] } });
    expect(ok.status).toBe(200);
  });

  it('rejects unknown fields and malformed erasure certificates, writing nothing', async () => {
    const jobId = await claimed('ti-bad-erasure', 6);
    const extra = await t.request<{ errors: Array<{ field: string }> }>('PUT', `/v1/jobs/${jobId}/inspection`, {
      token: alice,
      body: { ...phoneInspection(imeiFor(6)), grade: 'A+' },
    });
    expect(extra.status).toBe(400);
    expect(extra.body.errors.map((e) => e.field)).toContain('grade');
    const cases: Array<[Record<string, string>, string]> = [
      [erasure({ method: 'ERASE_HARDER' }), 'method'],
      [erasure({ method: 'PURGE', technique: 'FACTORY_RESET' }), 'technique'],
      [erasure({ performedAt: '2026-01-16T00:00:00.000Z' }), 'performedAt'],
      [erasure({ verification: 'MAYBE' }), 'verification'],
    ];
    for (const [body, field] of cases) {
      const res = await t.request<{ errors: Array<{ field: string }> }>('POST', `/v1/jobs/${jobId}/erasures`, { token: alice, body });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e) => e.field)).toContain(field);
    }
    const noReport: Record<string, string> = erasure();
    delete noReport['report'];
    expect((await t.request('POST', `/v1/jobs/${jobId}/erasures`, { token: alice, body: noReport })).status).toBe(400);
    expect(await count('erasure_certificates', 'ti-bad-erasure')).toBe(0);
  });

  it('replays an erasure certificate for a repeated Idempotency-Key instead of issuing a second', async () => {
    const jobId = await claimed('ti-idem', 7);
    const headers = { 'idempotency-key': 'erase-ti-idem-1' };
    const first = await t.request<{ certificateId: string }>('POST', `/v1/jobs/${jobId}/erasures`, {
      token: alice,
      body: erasure(),
      headers,
    });
    const second = await t.request<{ certificateId: string }>('POST', `/v1/jobs/${jobId}/erasures`, {
      token: alice,
      body: erasure(),
      headers,
    });
    expect(first.status).toBe(201);
    expect(second.body.certificateId).toBe(first.body.certificateId);
    expect(await count('erasure_certificates', 'ti-idem')).toBe(1);
  });

  it('grades a device whose erasure failed verification as QUARANTINE (no reuse without sanitization)', async () => {
    const body = await gradeThrough(
      t,
      alice,
      await openJob(t, 'ti-erase-failed', 8),
      imeiFor(8),
      undefined,
      erasure({ verification: 'FAILED' }),
    );
    expect(body).toMatchObject({ disposition: 'QUARANTINE', erasureOutcome: 'NOT_VERIFIED', dispositionReasons: ['ERASURE_NOT_VERIFIED'] });
  });
});
