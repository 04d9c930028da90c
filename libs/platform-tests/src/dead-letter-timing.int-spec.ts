import { TradeInCancelled, deadLetterTopicFor } from '@tradein/contracts';
import { type TestService, startTestService, waitFor } from '@tradein/testing';
import { BaseServiceConfig } from '@tradein/service-runtime';
import { demoModule } from './demo.module';

/**
 * Retry → dead letter with the production schedule (k8s and compose: MESSAGING_MAX_ATTEMPTS=5,
 * MESSAGING_RETRY_BACKOFF_MS=500, doubling), set explicitly as settings: nothing is shortened because the
 * environment is called "test", so the timing measured is the one production runs.
 */
describe('a handler that keeps failing, on the production retry settings (real PostgreSQL and Kafka)', () => {
  let svc: TestService<BaseServiceConfig>;
  beforeAll(async () => {
    svc = await startTestService({
      serviceName: 'quote-service',
      configClass: BaseServiceConfig,
      module: demoModule,
      env: { MESSAGING_MAX_ATTEMPTS: '5', MESSAGING_RETRY_BACKOFF_MS: '500' },
    });
  });
  afterAll(async () => {
    await svc.close();
  });

  it('is tried five times, 0.5 + 1 + 2 + 4 s apart, then dead-lettered with its attempts and reason', async () => {
    expect(svc.config.MESSAGING_RETRY_BACKOFF_MS).toBe(500);
    const dlt = await svc.probe([deadLetterTopicFor(TradeInCancelled.topic)]);
    // The handler's table is gone: every attempt fails until the event is dead-lettered.
    await svc.dataSource.query('ALTER TABLE seen RENAME TO seen_unavailable');
    const ops = svc.token({ sub: 'ops-1', role: 'ops' });
    const started = Date.now();
    const made = await svc.request<{ id: number }>('POST', '/v1/things', { token: ops, body: { name: 'poison', count: 1 } });
    expect(made.status).toBe(201);
    const key = `thing-${made.body.id}`;
    await waitFor(() => dlt.messages.some((m) => m.key === key), { what: 'the dead letter', timeoutMs: 45_000 });
    const elapsed = Date.now() - started;
    const letter = dlt.messages.find((m) => m.key === key)!;
    expect(letter.headers['dlt-reason']).toBe('HANDLER_FAILED');
    expect(letter.headers['dlt-attempts']).toBe('5');
    expect(elapsed).toBeGreaterThanOrEqual(7_500);
    expect(elapsed).toBeLessThan(40_000);
  }, 60_000);
});
