import { type AddressInfo } from 'node:net';
import { type Server } from 'node:http';
import { type FastifyServerOptions } from 'fastify';
import { livenessServerFactory } from './liveness-probe';

describe('livenessServerFactory', () => {
  let server: Server;
  let base: string;
  const handed: string[] = [];

  beforeAll(async () => {
    server = livenessServerFactory(
      (req, res) => {
        handed.push(`${req.method} ${req.url}`);
        res.end('from fastify');
      },
      { keepAliveTimeout: 72_000, requestTimeout: 0, connectionTimeout: 0 } as FastifyServerOptions,
    ) as Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers GET /health/live itself, with the security headers of every answer, and never reaches fastify', async () => {
    const res = await fetch(`${base}/health/live`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const head = await fetch(`${base}/health/live?probe=1`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(handed).toEqual([]);
  });

  it('hands every other request to fastify, other methods and look-alike paths included', async () => {
    for (const [method, path] of [
      ['GET', '/health/ready'],
      ['POST', '/health/live'],
      ['GET', '/health/lively'],
      ['GET', '/v1/quotes'],
    ] as const) {
      const res = await fetch(`${base}${path}`, { method });
      expect(await res.text()).toBe('from fastify');
    }
    expect(handed).toEqual(['GET /health/ready', 'POST /health/live', 'GET /health/lively', 'GET /v1/quotes']);
  });

  it('applies fastify’s server timeouts to the server it builds', () => {
    expect(server.keepAliveTimeout).toBe(72_000);
  });
});
