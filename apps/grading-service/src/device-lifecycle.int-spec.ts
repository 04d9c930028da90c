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
} from './testing/grading-test-kit';

interface Passport {
  grades: Array<{
    gradeId: string;
    technicianId: string;
    regrade: boolean;
    cosmeticGrade: string;
    functionalGrade: number;
    disposition: string;
    versions: { gradingStandard: string };
    evidence: Array<{ ref: string; boundTo: string }>;
    checks: Record<string, unknown>;
  }>;
  erasureCertificates: Array<{ method: string; verification: string; operatorId: string; reportSha256: string }>;
  appeals: Array<{ appealId: string; status: string; requestedBy: string }>;
  stock: { sku: string; siteId: string; disposition: string; partsNeeded: string[] } | null;
  currentGradeId: string;
  finalizedAt: string | null;
}

/** The "done when": received, claimed, inspected, erased, graded, appealed, released into stock, with its history. */
describe('one device through grading, end to end (real PostgreSQL)', () => {
  let t: GradingTestService;
  beforeAll(async () => {
    t = await startGrading();
  });
  afterAll(async () => {
    await t.close();
  });

  it('ends in stock with a passport holding both grades, the certificate, the appeal and the stock entry', async () => {
    const alice = t.token({ sub: 'alice', role: 'grader', siteId: 'SITE-L' });
    const bob = t.token({ sub: 'bob', role: 'grader', siteId: 'SITE-L' });
    const ops = t.token({ sub: 'olga', role: 'ops' });
    const imei = imeiFor(77);

    await events.received(t, 'ti-story', receivedPayload({ site: 'SITE-L', imei }));
    const first = await gradeThrough(
      t,
      alice,
      await jobIdOf(t, 'ti-story'),
      imei,
      phoneInspection(imei, { cosmeticGrade: 'D', defects: [{ code: 'DISPLAY_COVER_CRACKED' }], checks: { BATTERY_HEALTH: 76 } }),
    );
    expect(first).toMatchObject({
      cosmeticGrade: 'D',
      functionalGrade: 1,
      disposition: 'REFURBISH_WITH_PARTS',
      partsNeeded: ['battery', 'screen'],
    });

    await events.appeal(t, 'ti-story', 'ap-story', { requestedBy: 'PARTNER', reason: 'the crack is a screen protector' });
    const second = await gradeThrough(
      t,
      bob,
      await jobIdOf(t, 'ti-story', 'REGRADE'),
      imei,
      phoneInspection(imei, { cosmeticGrade: 'B', defects: [{ code: 'SCREEN_LIGHT_SCRATCHES' }], checks: { BATTERY_HEALTH: 76 } }),
      {},
    );
    expect(second).toMatchObject({ regrade: true, cosmeticGrade: 'B', disposition: 'REFURBISH', partsNeeded: ['battery'] });

    await events.finalized(t, 'ti-story');
    const graded = await outboxEvents(t, DeviceGraded.type, 'ti-story');
    expect(graded.map((e) => e.payload['regrade'])).toEqual([false, true]);
    const stocked = await outboxEvents(t, StockAdded.type, 'ti-story');
    expect(stocked.map((e) => e.payload)).toEqual([
      expect.objectContaining({
        sku: 'IPHONE-13--128GB-MIDNIGHT--EXCELLENT',
        siteId: 'SITE-L',
        disposition: 'REFURBISH',
        partsNeeded: ['battery'],
        marketplaceGrade: 'Excellent',
      }),
    ]);

    const passport = (await t.request<Passport>('GET', '/v1/devices/ti-story/passport', { token: ops })).body;
    expect(passport.grades.map((g) => [g.technicianId, g.regrade, g.cosmeticGrade, g.disposition])).toEqual([
      ['alice', false, 'D', 'REFURBISH_WITH_PARTS'],
      ['bob', true, 'B', 'REFURBISH'],
    ]);
    expect(passport.currentGradeId).toBe(second['gradeId']);
    expect(passport.grades.every((g) => g.versions.gradingStandard === 'CTIA-WDGS-3.0+R2v3+MKT-1')).toBe(true);
    expect(passport.grades.every((g) => g.evidence.every((e) => e.boundTo === `IMEI:${imei}`))).toBe(true);
    expect(passport.grades[1]!.checks['BATTERY_HEALTH']).toBe(76);
    expect(passport.erasureCertificates).toEqual([
      expect.objectContaining({ method: 'PURGE', verification: 'PASSED', operatorId: 'alice' }),
    ]);
    expect(passport.appeals).toEqual([expect.objectContaining({ appealId: 'ap-story', status: 'REGRADED', requestedBy: 'PARTNER' })]);
    expect(passport.stock).toMatchObject({
      sku: 'IPHONE-13--128GB-MIDNIGHT--EXCELLENT',
      siteId: 'SITE-L',
      disposition: 'REFURBISH',
      partsNeeded: ['battery'],
    });
    expect(passport.finalizedAt).not.toBeNull();
  });
});
