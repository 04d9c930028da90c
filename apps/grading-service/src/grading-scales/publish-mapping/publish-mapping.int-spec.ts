import { gradeThrough, imeiFor, phoneInspection, startGrading, type GradingTestService, openJob } from '../../testing/grading-test-kit';

describe('versioned marketplace grade mapping (real PostgreSQL)', () => {
  let t: GradingTestService;
  let ops: string;
  let alice: string;
  beforeAll(async () => {
    t = await startGrading();
    ops = t.token({ sub: 'olga', role: 'ops' });
    alice = t.token({ sub: 'alice', role: 'grader', siteId: 'SITE-A' });
  });
  afterAll(async () => {
    await t.close();
  });

  const v2 = { A: 'Like new', B: 'Very good', C: 'Good', D: 'Acceptable', E: 'For parts' };

  it('lets ops publish a new version; new grades use it, earlier grades keep theirs', async () => {
    const before = await gradeThrough(
      t,
      alice,
      await openJob(t, 'ti-map-1', 1),
      imeiFor(1),
      phoneInspection(imeiFor(1), { cosmeticGrade: 'A', defects: [] }),
    );
    expect(before).toMatchObject({ marketplaceGrade: 'Premium', versions: expect.objectContaining({ marketplaceMapping: 1 }) });

    const published = await t.request<{ version: number }>('POST', '/v1/marketplace-grade-mappings', { token: ops, body: { grades: v2 } });
    expect(published.status).toBe(201);
    expect(published.body).toEqual({ version: 2, grades: v2 });
    expect((await t.request<{ version: number }>('GET', '/v1/marketplace-grade-mappings/current', { token: alice })).body.version).toBe(2);

    const after = await gradeThrough(
      t,
      alice,
      await openJob(t, 'ti-map-2', 2),
      imeiFor(2),
      phoneInspection(imeiFor(2), { cosmeticGrade: 'A', defects: [] }),
    );
    expect(after).toMatchObject({
      marketplaceGrade: 'Like new',
      versions: expect.objectContaining({ marketplaceMapping: 2, gradingStandard: 'CTIA-WDGS-3.0+R2v3+MKT-2' }),
    });

    const passport = await t.request<{ grades: Array<{ marketplaceGrade: string }> }>('GET', '/v1/devices/ti-map-1/passport', {
      token: ops,
    });
    expect(passport.body.grades[0]!.marketplaceGrade).toBe('Premium');
  });

  it('refuses graders and incomplete or unknown entries, publishing nothing', async () => {
    expect((await t.request('POST', '/v1/marketplace-grade-mappings', { token: alice, body: { grades: v2 } })).status).toBe(403);
    const missing = await t.request<{ errors: Array<{ field: string }> }>('POST', '/v1/marketplace-grade-mappings', {
      token: ops,
      body: { grades: { A: 'x', B: 'y', C: 'z', D: 'w' } },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e) => e.field)).toContain('grades.E');
    const unknown = await t.request<{ errors: Array<{ field: string }> }>('POST', '/v1/marketplace-grade-mappings', {
      token: ops,
      body: { grades: { ...v2, F: 'nope' } },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors.map((e) => e.field)).toContain('grades.F');
    const blank = await t.request('POST', '/v1/marketplace-grade-mappings', { token: ops, body: { grades: { ...v2, C: '   ' } } });
    expect(blank.status).toBe(400);
    const [row]: Array<{ max: number }> = await t.dataSource.query('SELECT max(version)::int AS max FROM marketplace_grade_mappings');
    expect(row!.max).toBe(2);
  });
});
