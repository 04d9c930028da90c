import { setTimeout as sleep } from 'node:timers/promises';
import { type TokenClaims, signStaffToken } from '@tradein/auth';
import { createKafka } from '@tradein/messaging';
import {
  type RunningService, SERVICES, type ServiceName, createNamespace, createTestDatabase, deleteNamespace, freePort, spawnService,
  testInfra, waitUntilReady,
} from '@tradein/testing';

const SECRET = 'acceptance-secret-acceptance-secret-0123456789';
const AUTH = { jwtSecret: SECRET, issuer: 'tradein-platform', audience: 'tradein-api' };

export interface Platform {
  url(service: ServiceName): string;
  token(claims: TokenClaims): string;
  call<T = unknown>(service: ServiceName, method: string, path: string, o?: { token?: string; apiKey?: string; body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; body: T }>;
  logs(service: ServiceName): string;
  /** Moves every service's clock forward together (CLOCK_CONTROL=enabled): deadlines pass without sleeping. */
  advanceClock(ms: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * The four services as separate processes (exactly as `npm start` runs them), each with a fresh
 * database, sharing one fresh topic namespace on the real Kafka.
 */
export async function startPlatform(extraEnv: Partial<Record<ServiceName, Record<string, string>>> = {}): Promise<Platform> {
  const infra = testInfra();
  const kafka = createKafka('acceptance', infra.brokers);
  const namespace = await createNamespace(kafka, undefined, 1);
  const dbs = await Promise.all(SERVICES.map((s) => createTestDatabase(`acc_${s.replace(/-service$/, '')}`)));
  const ports = new Map<ServiceName, number>();
  const running: RunningService[] = [];
  for (const [i, name] of SERVICES.entries()) {
    const port = await freePort();
    ports.set(name, port);
    const short = name.replace(/-service$/, '').toUpperCase();
    running.push(spawnService(name, {
      NODE_ENV: 'development',
      PORT: String(port),
      LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'warn',
      AUTH_JWT_SECRET: SECRET,
      CLOCK_CONTROL: 'enabled',
      KAFKA_BROKERS: infra.brokers.join(','),
      KAFKA_TOPIC_NAMESPACE: namespace,
      [`${short}_DATABASE_URL`]: dbs[i]!.url,
      ...(extraEnv[name] ?? {}),
    }));
  }
  const url = (s: ServiceName) => `http://127.0.0.1:${ports.get(s)}`;
  const close = async () => {
    for (const r of running) r.child.kill('SIGTERM');
    // The grace timer is cancelled once every process has exited, so it does not keep Jest alive.
    const grace = new AbortController();
    await Promise.all(running.map((r) => Promise.race([r.exited, sleep(10_000, undefined, { signal: grace.signal }).catch(() => undefined)])));
    grace.abort();
    for (const r of running) r.child.kill('SIGKILL');
    await Promise.all(dbs.map((d) => d.drop().catch(() => undefined)));
    await deleteNamespace(kafka, namespace).catch(() => undefined);
  };
  try {
    await Promise.all(running.map((r) => waitUntilReady(r, ports.get(r.name)!)));
  } catch (err) {
    await close();
    throw err;
  }
  const opsToken = signStaffToken({ sub: 'acceptance-clock', role: 'ops' }, AUTH, 3600);
  return {
    url,
    token: (claims) => signStaffToken(claims, AUTH, 3600),
    async advanceClock(ms: number) {
      await Promise.all(SERVICES.map(async (s) => {
        const res = await fetch(`${url(s)}/v1/ops/clock/advance`, {
          method: 'POST', headers: { authorization: `Bearer ${opsToken}`, 'content-type': 'application/json' }, body: JSON.stringify({ ms }),
        });
        if (res.status !== 200) throw new Error(`${s} refused to move its clock: ${res.status} ${await res.text()}`);
      }));
    },
    logs: (s) => running.find((r) => r.name === s)?.output() ?? '',
    async call<T>(service: ServiceName, method: string, path: string, o: { token?: string; apiKey?: string; body?: unknown; headers?: Record<string, string> } = {}) {
      const headers: Record<string, string> = { ...(o.headers ?? {}) };
      if (o.token) headers['authorization'] = `Bearer ${o.token}`;
      if (o.apiKey) headers['x-api-key'] = o.apiKey;
      if (o.body !== undefined) headers['content-type'] = 'application/json';
      const res = await fetch(`${url(service)}${path}`, { method, headers, body: o.body === undefined ? undefined : JSON.stringify(o.body) });
      const text = await res.text();
      let body: unknown = text;
      try { body = text ? JSON.parse(text) : undefined; } catch { /* not JSON */ }
      return { status: res.status, body: body as T };
    },
    close,
  };
}
