import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cluster } from './cluster';
import { ResilientClient } from './resilient-client';

/** Two "replicas" of quote-service on consecutive ports: the first drops every connection (a killed process), the second answers. */
async function twoReplicas(
  answer: (req: IncomingMessage, body: string, res: ServerResponse) => void,
): Promise<{ base: number; servers: Server[] }> {
  for (let attempt = 0; ; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 20_000) * 2;
    const dead = createServer((req) => req.socket.destroy());
    const alive = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => answer(req, body, res));
    });
    const listen = (s: Server, port: number) =>
      new Promise<void>((resolve, reject) => {
        s.once('error', reject);
        s.listen(port, '127.0.0.1', () => resolve());
      });
    try {
      await listen(dead, base);
      await listen(alive, base + 1);
      return { base, servers: [dead, alive] };
    } catch (err) {
      dead.close();
      alive.close();
      if (attempt > 20) throw err;
    }
  }
}

describe('chaos resilient client', () => {
  let servers: Server[] = [];
  afterEach(() => {
    for (const s of servers) s.close();
    servers = [];
  });

  let cluster: Cluster;
  const clientOn = (base: number) => {
    cluster = new Cluster({
      root: '/nowhere',
      logDir: join(mkdtempSync(join(tmpdir(), 'chaos-')), 'logs'),
      replicas: 2,
      basePort: base,
      env: {},
      serviceEnv: () => ({}),
    });
    return new ResilientClient(cluster, { budgetMs: 10_000, requestTimeoutMs: 2000 });
  };

  it("retries a typed client's request on the next replica, a write with an Idempotency-Key", async () => {
    const keys: string[] = [];
    const r = await twoReplicas((req, body, res) => {
      keys.push(String(req.headers['idempotency-key']));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ method: req.method, url: req.url, body }));
    });
    servers = r.servers;
    const client = clientOn(r.base);
    for (let i = 0; i < 4; i++) {
      // Creating the typed client takes a replica from the round robin too: one more turn, so the first try meets the dead replica.
      cluster.next('quote-service');
      const got = await client.quote({ apiKey: 'tik_test' }).GET('/v1/trade-ins/{tradeInId}', { params: { path: { tradeInId: 'ti-1' } } });
      expect(got.response.status).toBe(200);
      expect(got.data).toMatchObject({ method: 'GET', url: '/v1/trade-ins/ti-1' });
    }
    cluster.next('quote-service');
    const posted = await client.quote({ apiKey: 'tik_test' }).POST('/v1/quotes', {
      body: { modelId: 'm', variantId: 'v', market: 'FR', answers: {} } as never,
    });
    expect(posted.response.status).toBe(200);
    expect(JSON.parse((posted.data as unknown as { body: string }).body)).toMatchObject({ modelId: 'm' });
    expect(keys.at(-1)).toMatch(/^chaos-/);
    // Every exchange is recorded: each call met the dead replica first (status 0), then the live one.
    expect(client.exchanges.map((x) => x.status)).toEqual([0, 200, 0, 200, 0, 200, 0, 200, 0, 200]);
  });

  it('retries an evidence upload on the next replica', async () => {
    const r = await twoReplicas((req, body, res) => {
      expect(req.headers['content-type']).toMatch(/^multipart\/form-data/);
      expect(body).toContain('photo.png');
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ ref: 'ev-1', sha256: 'abc' }));
    });
    servers = r.servers;
    const client = clientOn(r.base);
    for (let i = 0; i < 3; i++)
      await expect(client.uploadEvidence('quote-service', 'token', Buffer.from('png'))).resolves.toEqual({ ref: 'ev-1', sha256: 'abc' });
  });
});
