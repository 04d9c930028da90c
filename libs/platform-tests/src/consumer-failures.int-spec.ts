import { TradeInCancelled, deadLetterTopicFor } from '@tradein/contracts';
import { BaseServiceConfig } from '@tradein/service-runtime';
import { type TestService, startTestService, waitFor } from '@tradein/testing';
import { demoModule } from './demo.module';

/**
 * The consumers' decision (ADR 0015) on the real PostgreSQL and Kafka: a handler's refusal that no retry can
 * change (an `unprocessable` domain error) is dead-lettered at its first attempt with its code; a `conflict`
 * (the state may still arrive) is retried to the last attempt, and its letter still names its code.
 */
describe('permanent and transient handler failures (real PostgreSQL and Kafka)', () => {
  let svc: TestService<BaseServiceConfig>;
  beforeAll(async () => {
    svc = await startTestService({
      serviceName: 'quote-service',
      configClass: BaseServiceConfig,
      module: demoModule,
      env: { MESSAGING_MAX_ATTEMPTS: '3', MESSAGING_RETRY_BACKOFF_MS: '300' },
    });
  });
  afterAll(async () => {
    await svc.close();
  });

  const letterFor = async (name: string) => {
    const dlt = await svc.probe([deadLetterTopicFor(TradeInCancelled.topic)]);
    const made = await svc.request<{ id: number }>('POST', '/v1/things', {
      token: svc.token({ sub: 'ops-1', role: 'ops' }),
      body: { name, count: 1 },
    });
    expect(made.status).toBe(201);
    const key = `thing-${made.body.id}`;
    const started = Date.now();
    await waitFor(() => dlt.messages.some((m) => m.key === key), { what: `the dead letter of ${name}`, timeoutMs: 30_000 });
    return { letter: dlt.messages.find((m) => m.key === key)!, elapsed: Date.now() - started };
  };

  it('an unprocessable refusal goes to the dead-letter topic at once, with its code, and writes nothing', async () => {
    const { letter, elapsed } = await letterFor('refused');
    expect(letter.headers['dlt-reason']).toBe('HANDLER_FAILED');
    expect(letter.headers['dlt-code']).toBe('THING_REFUSED');
    expect(letter.headers['dlt-permanent']).toBe('true');
    expect(letter.headers['dlt-attempts']).toBe('1');
    expect(letter.headers['dlt-error']).toContain('refused for good');
    // No retry waited for: the 300 ms first backoff never ran.
    expect(elapsed).toBeLessThan(10_000);
    expect(await svc.dataSource.query(`SELECT 1 FROM seen WHERE reason = 'refused'`)).toEqual([]);
  });

  it('a conflict is retried to the last attempt; its letter names the code but is not permanent', async () => {
    const { letter } = await letterFor('not-yet');
    expect(letter.headers['dlt-attempts']).toBe('3');
    expect(letter.headers['dlt-code']).toBe('THING_NOT_READY');
    expect(letter.headers['dlt-permanent']).toBeUndefined();
  });
});
