import { testPhoto, uploadEvidence } from '@tradein/testing';
import { type IntakeTestService, startIntake } from '../testing/intake-test-kit';

/** Retries and double submits race in a busy store: the same photo sent at once gets one answer, never a 500. */
describe('concurrent uploads of the same evidence (PostgreSQL + S3)', () => {
  let svc: IntakeTestService;
  let grader: string;

  beforeAll(async () => {
    svc = await startIntake();
    grader = svc.token({ sub: 'grader-9', role: 'grader', siteId: 'SITE-1' });
  });
  afterAll(() => svc?.close());

  it('answers every simultaneous upload of the same bytes, with and without one Idempotency-Key', async () => {
    const photo = testPhoto(`double submit ${Date.now()}`);
    const key = `ev-race-${Date.now()}`;
    const answers = await Promise.all([
      ...Array.from({ length: 4 }, () => uploadEvidence(svc.app, grader, photo, { 'idempotency-key': key })),
      ...Array.from({ length: 4 }, () => uploadEvidence(svc.app, grader, photo)),
    ]);
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(201));
    expect(new Set(answers.map((a) => (a.body as { ref: string }).ref)).size).toBe(1);
  });
});
