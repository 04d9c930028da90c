import { request } from 'node:http';
import { PinoLogger } from 'nestjs-pino';
import pino from 'pino';
import { logDestination, rootLogger } from '@tradein/observability';
import { type OutputCapture, type TestService, captureOutput, startTestService, waitFor } from '@tradein/testing';
import { BaseServiceConfig } from '@tradein/service-runtime';
import { demoModule } from './demo.module';

describe('request log lines (a service on the shared runtime, at the production level: info)', () => {
  let svc: TestService<BaseServiceConfig>;
  let ops: string;
  let output: OutputCapture;
  beforeAll(async () => {
    svc = await startTestService({
      serviceName: 'quote-service',
      configClass: BaseServiceConfig,
      module: demoModule,
      env: { LOG_LEVEL: 'info' },
    });
    ops = svc.token({ sub: 'ops-1', role: 'ops' });
  });
  afterAll(async () => {
    await svc.close();
  });
  beforeEach(() => {
    output = captureOutput();
  });
  afterEach(() => output.restore());

  it('logs each request once, by its route template, method, status and id: never the URL or a header', async () => {
    await svc.request('GET', '/v1/things?owner=someone%40example.com', { token: ops });
    await svc.request('GET', '/v1/things', { headers: { 'x-api-key': 'tk_live_secret_never_logged' } }); // 401
    await svc.request('GET', '/no/such/route?token=abc');
    await svc.request('GET', '/health/live');
    await svc.request('GET', '/v1/things', { token: ops }); // logged after the probe, were the probe logged
    // pino writes asynchronously (in order): the lines may land after the answers.
    const completedLines = (): Array<Record<string, unknown>> => output.lines().filter((l) => l['msg'] === 'request completed');
    await waitFor(() => completedLines().length >= 4, { timeoutMs: 5_000, what: 'four request lines' });
    output.restore();
    const completed = completedLines();
    expect(completed.map((l) => [(l['req'] as { route: string }).route, (l['res'] as { statusCode: number }).statusCode])).toEqual([
      ['/v1/things', 200],
      ['/v1/things', 401],
      ['(no route)', 404],
      ['/v1/things', 200],
    ]);
    for (const line of completed) {
      expect(line).toMatchObject({ level: 'info', service: 'quote-service', req: { id: expect.any(String), method: 'GET' } });
      expect(typeof line['responseTime']).toBe('number');
    }
    expect(output.text()).not.toMatch(/example\.com|tk_live_secret|token=abc/);
  });

  it('logs a 5xx as "request errored" and a client that hangs up first as "request aborted"', async () => {
    const lines = (msg: string): Array<Record<string, unknown>> => output.lines().filter((l) => l['msg'] === msg);
    expect((await svc.request('GET', '/v1/things/broken', { token: ops })).status).toBe(500);
    // A hang-up needs a socket: app.inject has none.
    await svc.app.listen(0, '127.0.0.1');
    const url = await svc.app.getUrl();
    await new Promise<void>((resolve) => {
      const req = request(`${url}/v1/things/slow`, { headers: { authorization: `Bearer ${ops}` } });
      req.on('error', () => resolve());
      req.end();
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 100);
    });
    await waitFor(() => lines('request errored').length >= 1 && lines('request aborted').length >= 1, {
      timeoutMs: 5_000,
      what: 'the errored and aborted lines',
    });
    output.restore();
    expect(lines('request errored')[0]).toMatchObject({
      level: 'info',
      req: { method: 'GET', route: '/v1/things/broken' },
      res: { statusCode: 500 },
      err: { message: 'failed with status code 500' },
    });
    expect(lines('request aborted')[0]).toMatchObject({ level: 'info', req: { method: 'GET', route: '/v1/things/slow' } });
    expect(lines('request errored')[0]!['responseTime']).toEqual(expect.any(Number));
  });

  it("writes Nest's lines, the request lines and the libraries' lines through one stream (no interleaved writes on a pipe)", () => {
    const streamOf = (logger: object): unknown => (logger as Record<symbol, unknown>)[pino.symbols.streamSym];
    expect(streamOf(PinoLogger.root)).toBe(logDestination());
    expect(streamOf(rootLogger())).toBe(logDestination());
  });
});
