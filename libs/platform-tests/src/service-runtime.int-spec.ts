import { TradeInCancelled } from '@tradein/contracts';
import { type TestService, startTestService, waitFor } from '@tradein/testing';
import { BaseServiceConfig } from '@tradein/service-runtime';
import { demoModule } from './demo.module';

describe('a service on the shared runtime (real PostgreSQL and Kafka)', () => {
  let svc: TestService<BaseServiceConfig>;
  let ops: string;
  beforeAll(async () => {
    svc = await startTestService({ serviceName: 'quote-service', configClass: BaseServiceConfig, module: demoModule });
    ops = svc.token({ sub: 'ops-1', role: 'ops' });
  });
  afterAll(async () => {
    await svc.close();
  });

  it('serves liveness, readiness against the database and Kafka, and Prometheus metrics', async () => {
    expect((await svc.request('GET', '/health/live')).status).toBe(200);
    const ready = await svc.request<{ checks: Record<string, string> }>('GET', '/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.checks).toEqual({ database: 'ok', kafka: 'ok' });
    const metrics = await svc.request('GET', '/metrics');
    expect(metrics.text).toContain('messaging_published_total');
    expect(String(metrics.headers['content-type'])).toContain('text/plain');
  });

  it('measures HTTP requests per route template and status, not per raw URL, and leaves health checks out', async () => {
    await svc.request('GET', '/v1/things', { token: ops });
    await svc.request('GET', '/v1/things'); // 401
    await svc.request('GET', '/no/such/route');
    const text = (await svc.request('GET', '/metrics')).text;
    expect(text).toMatch(
      /http_server_request_duration_seconds_count\{[^}]*method="GET",route="\/v1\/things",status_code="200"[^}]*\} [1-9]/,
    );
    expect(text).toMatch(/http_server_request_duration_seconds_count\{[^}]*route="\/v1\/things",status_code="401"[^}]*\} [1-9]/);
    expect(text).toMatch(/http_server_unmatched_requests_total\{[^}]*method="GET"[^}]*\} [1-9]/);
    expect(text).not.toMatch(/route="\/health/);
  });

  it('authenticates and authorises every non-public route', async () => {
    expect((await svc.request('GET', '/v1/things')).status).toBe(401);
    expect((await svc.request('GET', '/v1/things', { token: 'not-a-jwt' })).status).toBe(401);
    const grader = svc.token({ sub: 'g', role: 'grader', siteId: 'S' });
    const denied = await svc.request<{ code: string }>('POST', '/v1/things', { token: grader, body: { name: 'a', count: 1 } });
    expect(denied.status).toBe(403);
    expect(denied.body.code).toBe('FORBIDDEN');
  });

  it('answers bad input with problem+json naming field and reason, writing nothing', async () => {
    const bad = await svc.request<{ code: string; errors: Array<{ field: string; reason: string }> }>('POST', '/v1/things', {
      token: ops,
      body: { name: 'x', count: -5, extra: true },
    });
    expect(bad.status).toBe(400);
    expect(String(bad.headers['content-type'])).toContain('application/problem+json');
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'count', reason: 'count must not be less than 0' },
        { field: 'extra', reason: 'property extra should not exist' },
      ]),
    );
    const malformed = await svc.request<{ code: string }>('POST', '/v1/things', { token: ops, body: '{"name":' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('MALFORMED_BODY');
    const huge = await svc.request<{ code: string }>('POST', '/v1/things', { token: ops, body: { name: 'x'.repeat(300_000), count: 1 } });
    expect(huge.status).toBe(413);
    const reserved = await svc.request<{ errors: unknown[] }>('POST', '/v1/things', { token: ops, body: { name: 'forbidden', count: 1 } });
    expect(reserved.status).toBe(400);
    expect(reserved.body.errors).toEqual([{ field: 'name', reason: 'is reserved' }]);
    expect(await svc.dataSource.query('SELECT * FROM thing')).toEqual([]);
    expect(await svc.dataSource.query('SELECT * FROM outbox_event')).toEqual([]);
    expect(await svc.dataSource.query('SELECT * FROM idempotency_record')).toEqual([]);
  });

  it('honours Idempotency-Key: same body same answer, other body 422', async () => {
    const headers = { 'idempotency-key': 'key-12345678' };
    const first = await svc.request<{ id: number }>('POST', '/v1/things', { token: ops, headers, body: { name: 'one', count: 1 } });
    const again = await svc.request<{ id: number }>('POST', '/v1/things', { token: ops, headers, body: { count: 1, name: 'one' } });
    expect(first.status).toBe(201);
    expect(again.body).toEqual(first.body);
    const other = await svc.request<{ code: string }>('POST', '/v1/things', { token: ops, headers, body: { name: 'two', count: 1 } });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await svc.dataSource.query('SELECT name FROM thing')).toEqual([{ name: 'one' }]);
  });

  it('publishes through the outbox and consumes its own event through the inbox', async () => {
    const probe = await svc.probe([TradeInCancelled.topic]);
    await svc.request('POST', '/v1/things', { token: ops, body: { name: 'roundtrip', count: 2 } });
    await waitFor(() => probe.of(TradeInCancelled).some((e) => e.payload.reason === 'roundtrip'), { what: 'event on Kafka' });
    const seen = await waitFor(
      async () => {
        const rows: Array<{ reason: string }> = await svc.dataSource.query(`SELECT reason FROM seen WHERE reason = 'roundtrip'`);
        return rows.length ? rows : undefined;
      },
      { what: 'event applied by handler' },
    );
    expect(seen).toHaveLength(1);
  });
});
