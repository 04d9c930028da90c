import { request as httpRequest } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type TestService, startTestService } from '@tradein/testing';
import { BaseServiceConfig, dataExceptionReason, loggableError } from '@tradein/service-runtime';
import { demoModule } from './demo.module';

interface Problem {
  code: string;
  errors?: Array<{ field: string; reason: string }>;
}

/** Raw HTTP on a real listener: what fastify.inject cannot send (oversized headers, undecodable URLs). */
function raw(port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => {
        body += d.toString();
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('input the runtime refuses for every route (real PostgreSQL and Kafka)', () => {
  let svc: TestService<BaseServiceConfig>;
  let ops: string;
  beforeAll(async () => {
    svc = await startTestService({ serviceName: 'quote-service', configClass: BaseServiceConfig, module: demoModule });
    ops = svc.token({ sub: 'ops-1', role: 'ops' });
  });
  afterAll(async () => {
    await svc.close();
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    svc.request<Problem>('POST', '/v1/things', { token: ops, body, headers });

  it('refuses NUL characters and unpaired surrogates in body, keys, query and path with 400 naming where', async () => {
    const nul = await post('{"name":"a\\u0000b","count":1}');
    expect(nul.status).toBe(400);
    expect(String(nul.headers['content-type'])).toContain('application/problem+json');
    expect(nul.body.errors).toEqual([{ field: 'name', reason: expect.stringContaining('NUL') }]);
    expect((await post('{"name":"a\\ud800","count":1}')).body.errors?.[0]?.field).toBe('name');
    expect((await post('{"na\\u0000me":"a","count":1}')).status).toBe(400);
    const query = await svc.request<Problem>('GET', '/v1/things?x=%00', { token: ops });
    expect(query.status).toBe(400);
    expect(query.body.errors?.[0]?.field).toBe('query.x');
    expect(await svc.dataSource.query('SELECT * FROM thing')).toEqual([]);
  });

  it('refuses null for any field and JSON nested deeper than the limit', async () => {
    const nulls = await post({ name: 'a', count: null });
    expect(nulls.status).toBe(400);
    expect(nulls.body.errors).toEqual([{ field: 'count', reason: 'must not be null (omit an optional field instead)' }]);
    const deep = await post(`{"name":${'['.repeat(5000)}${']'.repeat(5000)},"count":1}`);
    expect(deep.status).toBe(400);
    expect(deep.body.errors?.[0]?.reason).toMatch(/nests deeper than/);
  });

  it('lets no body but JSON reach a handler: form-encoded, text and untyped bodies are 415', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x', 'application/xml']) {
      const r = await post('name=a&count=1', { 'content-type': type });
      expect({ type, status: r.status, code: r.body.code }).toEqual({ type, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    }
    const untyped = await svc.app.inject({
      method: 'POST',
      url: '/v1/things',
      headers: { authorization: `Bearer ${ops}` },
      payload: Buffer.from('{"name":"a","count":1}'),
    });
    expect(untyped.statusCode).toBe(415);
    expect(await svc.dataSource.query('SELECT * FROM thing')).toEqual([]);
  });

  it('maps PostgreSQL data exceptions to a reason, and logs failed queries without their values', async () => {
    const err = await svc.dataSource.query('SELECT $1::int AS n', ['99999999999']).catch((e: unknown) => e);
    expect(dataExceptionReason(err)).toBe('a number is beyond what can be stored');
    const logged = JSON.stringify(loggableError(err));
    expect(logged).toContain('22003');
    expect(logged).not.toContain('99999999999');
    const notData = await svc.dataSource.query('SELECT * FROM no_such_table').catch((e: unknown) => e);
    expect(dataExceptionReason(notData)).toBeUndefined();
  });

  it('sends security headers on every answer and no-store on authenticated ones', async () => {
    for (const r of [
      await svc.request('GET', '/v1/things', { token: ops }),
      await svc.request('GET', '/v1/things'),
      await svc.request('GET', '/health/live'),
    ]) {
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['x-frame-options']).toBe('DENY');
      expect(r.headers['referrer-policy']).toBe('no-referrer');
      expect(String(r.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    }
    expect((await svc.request('GET', '/v1/things', { token: ops })).headers['cache-control']).toBe('no-store');
    expect((await svc.request('GET', '/v1/things')).headers['cache-control']).toBe('no-store');
  });

  it("answers Node's and fastify's own refusals (oversized headers, undecodable URL) as problem+json", async () => {
    await svc.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (svc.app.getHttpServer().address() as AddressInfo).port;
    const big = await raw(port, '/v1/things', { 'x-filler': 'x'.repeat(20_000) });
    expect(big.status).toBe(431);
    expect(big.type).toBe('application/problem+json');
    expect(JSON.parse(big.body)).toMatchObject({ status: 431, code: 'HEADERS_TOO_LARGE' });
    const longUrl = await raw(port, `/v1/things?q=${'a'.repeat(20_000)}`);
    expect(longUrl.status).toBe(431);
    const badUrl = await raw(port, '/v1/things/%zz', { authorization: `Bearer ${ops}` });
    expect(badUrl.status).toBe(400);
    expect(badUrl.type).toContain('application/problem+json');
    const notFound = await raw(port, `/v1/things/${'a'.repeat(500)}`);
    expect(notFound.status).toBe(404);
    expect(notFound.type).toContain('application/problem+json');
  });
});
