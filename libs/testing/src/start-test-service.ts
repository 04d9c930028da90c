import { type DynamicModule, type Type } from '@nestjs/common';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type Kafka } from 'kafkajs';
import { type DataSource } from 'typeorm';
import { type TokenClaims, signStaffToken } from '@tradein/auth';
import { allTopics } from '@tradein/contracts';
import { createKafka, ensureTopics, physicalTopic } from '@tradein/messaging';
import { type BaseServiceConfig, ManualClock, createServiceApp, loadConfig } from '@tradein/service-runtime';
import { getDataSourceToken } from '@nestjs/typeorm';
import { rootLogger } from '@tradein/observability';
import { EventProbe } from './event-probe';
import { createTestDatabase, uniqueSuffix } from './test-database';
import { testInfra } from './test-infra';

export const TEST_JWT_SECRET = 'test-secret-test-secret-test-secret-0123';

export interface TestServiceOptions<C extends BaseServiceConfig> {
  serviceName: string;
  configClass: new () => C;
  /** Builds the app module; receives the config and the manual clock to wire in. */
  module: (config: C, clock: ManualClock) => Type<unknown> | DynamicModule;
  env?: Record<string, string>;
  clock?: ManualClock;
  /** Share a namespace between services under test (e.g. a two-service flow); default: a new one. */
  topicNamespace?: string;
}

export interface InjectOptions {
  headers?: Record<string, string>;
  body?: unknown;
  token?: string;
}

export interface TestResponse<T = unknown> {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: T;
  text: string;
}

export interface TestService<C extends BaseServiceConfig> {
  app: NestFastifyApplication;
  config: C;
  dataSource: DataSource;
  clock: ManualClock;
  kafka: Kafka;
  namespace: string;
  databaseName: string;
  topic(name: string): string;
  request<T = unknown>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, o?: InjectOptions): Promise<TestResponse<T>>;
  token(claims: TokenClaims, expiresInSeconds?: number): string;
  probe(topics?: string[]): Promise<EventProbe>;
  close(): Promise<void>;
}

/** Creates every registry topic (and its dead-letter topic) under a namespace. */
export async function createNamespace(kafka: Kafka, namespace = `t${uniqueSuffix()}`, partitions = 1): Promise<string> {
  await ensureTopics(
    kafka,
    allTopics().map((t) => physicalTopic(t, namespace)),
    partitions,
  );
  return namespace;
}

/** Deletes a namespace's topics so repeated local runs don't pile up partitions on the broker. */
export async function deleteNamespace(kafka: Kafka, namespace: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const mine = (await admin.listTopics()).filter((t) => t.startsWith(`${namespace}.`));
    if (mine.length) await admin.deleteTopics({ topics: mine, timeout: 10_000 });
  } finally {
    await admin.disconnect();
  }
}

/**
 * Starts a service for an integration test against the real PostgreSQL and Kafka: its own fresh
 * database (migrations run), its own topic namespace, a manual clock, and the app initialised (not
 * listening: use `request`, which goes through fastify's full pipeline in-process).
 */
export async function startTestService<C extends BaseServiceConfig>(o: TestServiceOptions<C>): Promise<TestService<C>> {
  const logLevel = o.env?.['LOG_LEVEL'] ?? process.env['TEST_LOG_LEVEL'] ?? 'warn';
  // As a service's start does (bootstrapService): the libraries' lines carry the service's name and its level (the
  // first service of a test file sets them; without this they said "tradein" and logged at info).
  rootLogger(o.serviceName, logLevel);
  const infra = testInfra();
  const short = o.serviceName.replace(/-service$/, '');
  const db = await createTestDatabase(short);
  const kafka = createKafka(`test-${short}`, infra.brokers);
  const ownNamespace = !o.topicNamespace;
  const namespace = o.topicNamespace ?? (await createNamespace(kafka));
  const clock = o.clock ?? new ManualClock();
  const config = loadConfig(o.configClass, o.serviceName, {
    ...process.env,
    NODE_ENV: 'test',
    PORT: '3999',
    LOG_LEVEL: logLevel,
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
    KAFKA_BROKERS: infra.brokers.join(','),
    KAFKA_TOPIC_NAMESPACE: namespace,
    [`${short.toUpperCase()}_DATABASE_URL`]: db.url,
    // Explicit, short messaging timings (what used to be switched on NODE_ENV=test): the settings exercised are the configured ones.
    MESSAGING_RELAY_POLL_MS: '250',
    MESSAGING_RETRY_BACKOFF_MS: '50',
    ...o.env,
  });
  const app = await createServiceApp(o.module(config, clock), config, { serviceName: o.serviceName, description: 'test' });
  await app.init();
  await app.startAllMicroservices();
  await app.getHttpAdapter().getInstance().ready();
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const probes: EventProbe[] = [];
  const auth = { jwtSecret: config.AUTH_JWT_SECRET, issuer: config.AUTH_JWT_ISSUER, audience: config.AUTH_JWT_AUDIENCE };

  return {
    app,
    config,
    dataSource,
    clock,
    kafka,
    namespace,
    databaseName: db.name,
    topic: (name) => physicalTopic(name, namespace),
    token: (claims, exp) => signStaffToken(claims, auth, exp),
    async request<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, io: InjectOptions = {}) {
      const headers: Record<string, string> = { ...(io.headers ?? {}) };
      if (io.token) headers['authorization'] = `Bearer ${io.token}`;
      const payload = io.body === undefined ? undefined : typeof io.body === 'string' ? io.body : JSON.stringify(io.body);
      if (payload !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
      const res = await app.inject({ method, url, headers, payload });
      let body: unknown = res.body;
      try {
        body = res.body ? JSON.parse(res.body) : undefined;
      } catch {
        body = res.body;
      }
      return { status: res.statusCode, headers: res.headers, body: body as T, text: res.body };
    },
    async probe(topics = allTopics().filter((t) => !t.endsWith('.dlt'))) {
      const p = new EventProbe(kafka, namespace);
      await p.start(topics);
      probes.push(p);
      return p;
    },
    async close() {
      for (const p of probes) await p.stop().catch(() => undefined);
      await app.close();
      await db.drop().catch(() => undefined);
      if (ownNamespace) await deleteNamespace(kafka, namespace).catch(() => undefined);
    },
  };
}
