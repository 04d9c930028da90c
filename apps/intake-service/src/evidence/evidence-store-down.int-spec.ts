import { EvidenceObject } from '@tradein/evidence';
import { testPhoto, uploadEvidence } from '@tradein/testing';
import { type IntakeTestService, startIntake } from '../testing/intake-test-kit';

/** The object store down at 3 a.m.: the clerk is told to retry (503 + Retry-After), nothing is recorded, no 500. */
describe('evidence upload with the object store unreachable (PostgreSQL, no S3)', () => {
  let svc: IntakeTestService;

  beforeAll(async () => {
    // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    svc = await startIntake({ S3_ENDPOINT: 'http://127.0.0.1:9' });
  });
  afterAll(() => svc?.close());

  it('answers 503 OBJECT_STORE_UNAVAILABLE with Retry-After and writes no row', async () => {
    const grader = svc.token({ sub: 'grader-7', role: 'grader', siteId: 'SITE-1' });
    const res = await uploadEvidence(svc.app, grader, testPhoto(`store down ${Date.now()}`), {
      'idempotency-key': `ev-down-${Date.now()}`,
    });
    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.headers['retry-after']).toBe('5');
    expect(res.body).toMatchObject({ code: 'OBJECT_STORE_UNAVAILABLE' });
    expect(await svc.dataSource.getRepository(EvidenceObject).count()).toBe(0);
  });
});
