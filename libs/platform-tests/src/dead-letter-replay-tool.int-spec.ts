import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { TradeInCancelled, deadLetterTopicFor } from '@tradein/contracts';
import { ROOT, type TestService, startTestService, testInfra, waitFor } from '@tradein/testing';
import { BaseServiceConfig } from '@tradein/service-runtime';
import { demoModule } from './demo.module';

/** `npm run dlt:replay` exactly as ops run it: a process, reading KAFKA_BROKERS and KAFKA_TOPIC_NAMESPACE. */
function replayTool(namespace: string, args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', join(ROOT, 'scripts/ops/replay-dead-letters.ts'), TradeInCancelled.topic, ...args],
      {
        cwd: ROOT,
        env: {
          PATH: process.env['PATH'],
          HOME: process.env['HOME'],
          SWC_NODE_PROJECT: join(ROOT, 'tsconfig.json'),
          KAFKA_BROKERS: testInfra().brokers.join(','),
          KAFKA_TOPIC_NAMESPACE: namespace,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.on('exit', (code) => resolve({ code, out }));
  });
}

describe('the dead-letter replay tool (real PostgreSQL and Kafka)', () => {
  let svc: TestService<BaseServiceConfig>;
  const seen = async (): Promise<number> => Number((await svc.dataSource.query('SELECT count(*)::int AS n FROM seen'))[0].n);

  beforeAll(async () => {
    svc = await startTestService({
      serviceName: 'quote-service',
      configClass: BaseServiceConfig,
      module: demoModule,
      env: { MESSAGING_MAX_ATTEMPTS: '2', MESSAGING_RETRY_BACKOFF_MS: '50' },
    });
  });
  afterAll(async () => {
    await svc.close();
  });

  it('dry-runs, filters by reason and key, and replaying twice still applies the event once', async () => {
    const dlt = await svc.probe([deadLetterTopicFor(TradeInCancelled.topic)]);
    await svc.dataSource.query('ALTER TABLE seen RENAME TO seen_unavailable');
    const ops = svc.token({ sub: 'ops-1', role: 'ops' });
    const made = await svc.request<{ id: number }>('POST', '/v1/things', { token: ops, body: { name: 'retry-me', count: 1 } });
    const key = `thing-${made.body.id}`;
    await waitFor(() => dlt.messages.some((m) => m.key === key), { what: 'the dead letter', timeoutMs: 30_000 });
    await svc.dataSource.query('ALTER TABLE seen_unavailable RENAME TO seen');

    const dry = await replayTool(svc.namespace, ['--dry-run']);
    expect(dry).toMatchObject({ code: 0 });
    expect(dry.out).toContain('would replay 1');
    const otherReason = await replayTool(svc.namespace, ['--reason', 'INVALID,UNPARSEABLE']);
    expect(otherReason.out).toContain('replayed 0, skipped 1');
    const otherKey = await replayTool(svc.namespace, ['--key', 'thing-does-not-exist']);
    expect(otherKey.out).toContain('replayed 0, skipped 1');
    // Nothing was re-driven by those three.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await seen()).toBe(0);

    const first = await replayTool(svc.namespace, ['--reason', 'HANDLER_FAILED', '--key', key]);
    expect(first.out).toContain('replayed 1');
    await waitFor(async () => (await seen()) === 1, { what: 'the replayed event applied' });
    const second = await replayTool(svc.namespace, []);
    expect(second.out).toContain('replayed 1');
    await new Promise((r) => setTimeout(r, 2000));
    // The second copy meets the inbox: one effect.
    expect(await seen()).toBe(1);
  }, 300_000);

  it('refuses a topic that is not in the registry', async () => {
    const bad = await new Promise<number | null>((resolve) => {
      const child = spawn(
        process.execPath,
        ['-r', '@swc-node/register', join(ROOT, 'scripts/ops/replay-dead-letters.ts'), 'no.such.topic'],
        {
          cwd: ROOT,
          env: { PATH: process.env['PATH'], HOME: process.env['HOME'], SWC_NODE_PROJECT: join(ROOT, 'tsconfig.json') },
          stdio: 'ignore',
        },
      );
      child.on('exit', resolve);
    });
    expect(bad).toBe(2);
  }, 60_000);
});
