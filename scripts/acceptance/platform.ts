import { setTimeout as sleep } from 'node:timers/promises';
import { type TokenClaims, signStaffToken } from '@tradein/auth';
import { createKafka } from '@tradein/messaging';
import { PlatformClient } from '../platform-client';
import { settle } from './settle';
import {
  type RunningService,
  SERVICES,
  type ServiceName,
  createNamespace,
  createTestDatabase,
  deleteNamespace,
  freePort,
  spawnService,
  testInfra,
  waitUntilReady,
} from '@tradein/testing';

const SECRET = 'acceptance-secret-acceptance-secret-0123456789';
const AUTH = { jwtSecret: SECRET, issuer: 'tradein-platform', audience: 'tradein-api' };

export interface Platform {
  client: PlatformClient;
  /** The Kafka topic namespace the four services share (topics and consumer groups are prefixed with it). */
  namespace: string;
  url(service: ServiceName): string;
  token(claims: TokenClaims): string;
  call<T = unknown>(
    service: ServiceName,
    method: string,
    path: string,
    o?: { token?: string; apiKey?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<{ status: number; body: T }>;
  logs(service: ServiceName): string;
  /** Moves every service's clock forward together (CLOCK_CONTROL=enabled): deadlines pass without sleeping. */
  advanceClock(ms: number): Promise<void>;
  /** Waits until no outbox event is unpublished and no consumer group has anything unread (before asserting an absence). */
  settle(timeoutMs?: number): Promise<void>;
  /** SIGKILLs the service's process (no shutdown hooks run) and waits until it is gone. */
  kill(service: ServiceName): Promise<void>;
  /** SIGTERMs the service (graceful shutdown: its consumer leaves its group) and waits until it is gone. */
  stop(service: ServiceName): Promise<void>;
  /** Starts the service again with the same settings, database and port; resolves when it is ready. */
  restart(service: ServiceName): Promise<void>;
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
  const envs = new Map<ServiceName, Record<string, string>>();
  for (const [i, name] of SERVICES.entries()) {
    const port = await freePort();
    ports.set(name, port);
    const short = name.replace(/-service$/, '').toUpperCase();
    envs.set(name, {
      NODE_ENV: 'development',
      PORT: String(port),
      LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'warn',
      AUTH_JWT_SECRET: SECRET,
      CLOCK_CONTROL: 'enabled',
      KAFKA_BROKERS: infra.brokers.join(','),
      KAFKA_TOPIC_NAMESPACE: namespace,
      [`${short}_DATABASE_URL`]: dbs[i]!.url,
      ...(extraEnv[name] ?? {}),
    });
    running.push(spawnService(name, envs.get(name)!));
  }
  const url = (s: ServiceName) => `http://127.0.0.1:${ports.get(s)}`;
  const close = async () => {
    for (const r of running) r.child.kill('SIGTERM');
    // The grace timer is cancelled once every process has exited, so it does not keep Jest alive.
    const grace = new AbortController();
    await Promise.all(
      running.map((r) => Promise.race([r.exited, sleep(10_000, undefined, { signal: grace.signal }).catch(() => undefined)])),
    );
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
  const client = new PlatformClient(url);
  let advancedMs = 0;
  return {
    client,
    namespace,
    url,
    token: (claims) => signStaffToken(claims, AUTH, 3600),
    async advanceClock(ms) {
      await client.advanceClock(opsToken, ms);
      advancedMs += ms;
    },
    logs: (s) =>
      running
        .filter((r) => r.name === s)
        .map((r) => r.output())
        .join('\n----- restarted -----\n'),
    settle: (timeoutMs) => settle(kafka, namespace, url, timeoutMs),
    async kill(s) {
      const r = running.find((x) => x.name === s && x.child.exitCode === null && x.child.signalCode === null);
      if (!r) throw new Error(`${s} is not running`);
      r.child.kill('SIGKILL');
      await r.exited;
    },
    async stop(s) {
      const r = running.find((x) => x.name === s && x.child.exitCode === null && x.child.signalCode === null);
      if (!r) throw new Error(`${s} is not running`);
      r.child.kill('SIGTERM');
      await r.exited;
    },
    async restart(s) {
      // The new process starts where the others' clocks are, before it consumes anything.
      const r = spawnService(s, { ...envs.get(s)!, CLOCK_OFFSET_MS: String(advancedMs) });
      running.push(r);
      await waitUntilReady(r, ports.get(s)!);
      const clock = await client.req<{ offsetMs: number }>(s, 'GET', '/v1/ops/clock', 200, { token: opsToken });
      if (clock.offsetMs !== advancedMs)
        throw new Error(`${s} restarted with its clock at +${clock.offsetMs} ms, the others are at +${advancedMs} ms`);
    },
    call: (service, method, path, o = {}) => client.call(service, method, path, o),
    close,
  };
}
