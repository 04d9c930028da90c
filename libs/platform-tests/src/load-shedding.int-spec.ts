import { request as httpRequest } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type QueryRunner } from 'typeorm';
import { metricsRegistry } from '@tradein/observability';
import { BaseServiceConfig } from '@tradein/service-runtime';
import { type TestService, startTestService, waitFor } from '@tradein/testing';
import { demoModule } from './demo.module';

const LIMIT = 3;

async function metricValue(name: string): Promise<number> {
  const metric = metricsRegistry.getSingleMetric(name);
  const values = (await metric?.get())?.values ?? [];
  return values.reduce((sum, v) => sum + v.value, 0);
}

/**
 * A replica at HTTP_MAX_IN_FLIGHT refuses the next request at once (503 OVERLOADED, Retry-After) instead of queueing
 * it (ADR 0021). Requests are held in progress by a lock on the table they write (real PostgreSQL), so the test
 * depends on no timing.
 */
describe('load shedding at the in-flight limit (real PostgreSQL and Kafka)', () => {
  let svc: TestService<BaseServiceConfig>;
  let ops: string;
  let lock: QueryRunner | undefined;
  beforeAll(async () => {
    svc = await startTestService({
      serviceName: 'quote-service',
      configClass: BaseServiceConfig,
      module: demoModule,
      env: { HTTP_MAX_IN_FLIGHT: String(LIMIT) },
    });
    ops = svc.token({ sub: 'ops-1', role: 'ops' });
  });
  afterAll(async () => {
    await lock?.release().catch(() => undefined);
    await svc.close();
  });

  const holdWrites = async (): Promise<() => Promise<void>> => {
    lock = svc.dataSource.createQueryRunner();
    await lock.connect();
    await lock.startTransaction();
    await lock.query('LOCK TABLE thing IN ACCESS EXCLUSIVE MODE');
    return async () => {
      await lock!.commitTransaction();
      await lock!.release();
      lock = undefined;
    };
  };
  const waitingOnTheLock = async (n: number) =>
    waitFor(
      async () =>
        Number(
          (
            await svc.dataSource.query(
              `SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO thing%'`,
            )
          )[0].n,
        ) === n,
      { timeoutMs: 10_000, intervalMs: 20, what: `${n} requests waiting on the lock` },
    );
  const create = (name: string) => svc.request<{ id: number }>('POST', '/v1/things', { token: ops, body: { name, count: 1 } });

  it('answers 503 OVERLOADED with Retry-After past the limit, keeps probes answering, and admits again once below it', async () => {
    const release = await holdWrites();
    const held = Array.from({ length: LIMIT }, (_, i) => create(`held-${i}`));
    try {
      await waitingOnTheLock(LIMIT);
      expect(await metricValue('http_server_in_flight_requests')).toBe(LIMIT);

      const refused = await svc.request<{ code: string; status: number; detail: string }>('GET', '/v1/things', { token: ops });
      expect(refused.status).toBe(503);
      expect(String(refused.headers['content-type'])).toContain('application/problem+json');
      expect(refused.body).toMatchObject({ status: 503, code: 'OVERLOADED' });
      expect(refused.body.detail).toContain(`limit of ${LIMIT} requests`);
      expect(refused.headers['retry-after']).toBe('1');
      expect(refused.headers['x-content-type-options']).toBe('nosniff');
      expect((await create('refused')).status).toBe(503);
      // A browser on a partner's page can read the refusal (the widget shows BUSY), and its preflight passes.
      const fromWidget = await svc.request('GET', '/v1/things', { token: ops, headers: { origin: 'https://shop.example' } });
      expect(fromWidget.status).toBe(503);
      expect(fromWidget.headers['access-control-allow-origin']).toBe('https://shop.example');
      expect(fromWidget.headers['access-control-expose-headers']).toBe('Retry-After');
      expect(String(fromWidget.headers['vary'])).toContain('Origin');
      expect(
        (await svc.app.inject({ method: 'OPTIONS', url: '/v1/things', headers: { origin: 'https://shop.example' } })).statusCode,
      ).not.toBe(503);
      expect(await metricValue('http_server_shed_requests_total')).toBe(3);
      expect((await svc.request('GET', '/health/ready')).status).toBe(200);
    } finally {
      await release();
    }
    expect((await Promise.all(held)).map((r) => r.status)).toEqual([201, 201, 201]);
    expect(await metricValue('http_server_in_flight_requests')).toBe(0);
    const after = await svc.request<Array<{ name: string }>>('GET', '/v1/things', { token: ops });
    expect(after.status).toBe(200);
    // A refused request wrote nothing.
    expect(after.body.map((t) => t.name).sort()).toEqual(['held-0', 'held-1', 'held-2']);
  });

  it('keeps the slot of a caller that hung up while its handler still works, and frees it when the handler answers', async () => {
    await svc.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (svc.app.getHttpServer().address() as AddressInfo).port;
    const release = await holdWrites();
    const body = JSON.stringify({ name: 'gone', count: 1 });
    const gone = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/v1/things',
      headers: { authorization: `Bearer ${ops}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    gone.on('error', () => undefined);
    gone.end(body);
    try {
      await waitingOnTheLock(1);
      expect(await metricValue('http_server_in_flight_requests')).toBe(1);
      gone.destroy();
      // The handler is still blocked on the lock: its work goes on, so its slot is still taken.
      await new Promise((r) => setTimeout(r, 300));
      expect(await metricValue('http_server_in_flight_requests')).toBe(1);
    } finally {
      await release();
    }
    await waitFor(async () => (await metricValue('http_server_in_flight_requests')) === 0, {
      timeoutMs: 5000,
      intervalMs: 20,
      what: 'the slot freed once the handler answered',
    });
    expect((await svc.dataSource.query(`SELECT name FROM thing WHERE name = 'gone'`)).length).toBe(1);
  });

  it('frees the slot of a caller that hung up before its request reached a handler', async () => {
    const port = (svc.app.getHttpServer().address() as AddressInfo).port;
    const partial = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/v1/things',
      headers: { authorization: `Bearer ${ops}`, 'content-type': 'application/json', 'content-length': '1000' },
    });
    partial.on('error', () => undefined);
    partial.write('{"name":');
    await waitFor(async () => (await metricValue('http_server_in_flight_requests')) === 1, {
      timeoutMs: 5000,
      intervalMs: 20,
      what: 'the half-sent request admitted',
    });
    partial.destroy();
    await waitFor(async () => (await metricValue('http_server_in_flight_requests')) === 0, {
      timeoutMs: 5000,
      intervalMs: 20,
      what: 'the slot freed',
    });
  });
});
