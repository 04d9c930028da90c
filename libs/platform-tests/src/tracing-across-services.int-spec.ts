import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { signStaffToken } from '@tradein/auth';
import { QuoteAccepted, QuoteCreated, ShipmentLabelIssued } from '@tradein/contracts';
import { createKafka } from '@tradein/messaging';
import {
  type CollectedSpan,
  EventProbe,
  type OtlpCollector,
  type RunningService,
  type ServiceName,
  createNamespace,
  createTestDatabase,
  deleteNamespace,
  freePort,
  spawnService,
  startOtlpCollector,
  testInfra,
  waitFor,
  waitUntilReady,
} from '@tradein/testing';

const SECRET = 'tracing-secret-tracing-secret-0123456789';
const AUTH = { jwtSecret: SECRET, issuer: 'tradein-platform', audience: 'tradein-api' };

/**
 * quote-service and intake-service as real processes (`node -r @swc-node/register .../main.ts`, as
 * `npm start` runs them) exporting OTLP/HTTP to a collector in this test: their http and pg
 * instrumentation is registered before anything loads, which Jest's in-process apps cannot give.
 * One trade-in must be one trace across both services: the trace its first event (quote.created) started,
 * also for steps that start elsewhere (the accept request, intake's label worker and its `label.issue` job span).
 */
describe('tracing across service processes (OTLP export, PostgreSQL, Kafka)', () => {
  let collector: OtlpCollector;
  let probe: EventProbe;
  const kafka = createKafka('tracing-test', testInfra().brokers);
  let namespace: string;
  const running: RunningService[] = [];
  const ports = new Map<ServiceName, number>();
  const databaseUrls = new Map<ServiceName, string>();
  const drops: Array<() => Promise<void>> = [];
  const ops = signStaffToken({ sub: 'ops-trace', role: 'ops' }, AUTH, 3600);

  beforeAll(async () => {
    collector = await startOtlpCollector();
    namespace = await createNamespace(kafka, undefined, 1);
    for (const name of ['quote-service', 'intake-service'] as const) {
      const short = name.replace(/-service$/, '');
      const db = await createTestDatabase(`trace_${short}`);
      drops.push(db.drop);
      databaseUrls.set(name, db.url);
      const port = await freePort();
      ports.set(name, port);
      running.push(
        spawnService(name, {
          NODE_ENV: 'development',
          PORT: String(port),
          LOG_LEVEL: 'warn',
          AUTH_JWT_SECRET: SECRET,
          KAFKA_BROKERS: testInfra().brokers.join(','),
          KAFKA_TOPIC_NAMESPACE: namespace,
          [`${short.toUpperCase()}_DATABASE_URL`]: db.url,
          OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
          OTEL_BSP_SCHEDULE_DELAY: '200',
          // One request at a time (this suite's calls are sequential): the last test fills it with one held request.
          ...(name === 'quote-service' ? { HTTP_MAX_IN_FLIGHT: '1' } : {}),
        }),
      );
    }
    await Promise.all(running.map((r) => waitUntilReady(r, ports.get(r.name)!)));
    probe = new EventProbe(kafka, namespace);
    await probe.start([QuoteAccepted.topic, ShipmentLabelIssued.topic]);
  }, 180_000);

  afterAll(async () => {
    await probe?.stop();
    for (const r of running) r.child.kill('SIGTERM');
    // The grace timer is cancelled once both processes exited, so it does not keep Jest alive.
    const grace = new AbortController();
    await Promise.all(
      running.map((r) => Promise.race([r.exited, sleep(10_000, undefined, { signal: grace.signal }).catch(() => undefined)])),
    );
    grace.abort();
    for (const r of running) r.child.kill('SIGKILL');
    for (const drop of drops) await drop().catch(() => undefined);
    await deleteNamespace(kafka, namespace).catch(() => undefined);
    await collector?.close();
  }, 60_000);

  async function call<T>(
    service: ServiceName,
    method: string,
    path: string,
    o: { token?: string; apiKey?: string; body?: unknown },
    expected: number[],
  ): Promise<T> {
    const res = await fetch(`http://127.0.0.1:${ports.get(service)}${path}`, {
      method,
      headers: {
        ...(o.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(o.token ? { authorization: `Bearer ${o.token}` } : {}),
        ...(o.apiKey ? { 'x-api-key': o.apiKey } : {}),
      },
      body: o.body === undefined ? undefined : JSON.stringify(o.body),
    });
    const text = await res.text();
    if (!expected.includes(res.status)) throw new Error(`${method} ${path} answered ${res.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async function newPartnerKey(): Promise<string> {
    const partnerId = `trace-partner-${Date.now().toString(36)}`;
    await call('quote-service', 'POST', '/v1/partners', { token: ops, body: { id: partnerId, name: 'Tracing Partner' } }, [201]);
    const { apiKey } = await call<{ apiKey: string }>(
      'quote-service',
      'POST',
      `/v1/partners/${partnerId}/api-keys`,
      { token: ops, body: {} },
      [201],
    );
    return apiKey;
  }

  /** The first option of every question of the smartphone questionnaire: a valid quote's answers. */
  async function firstAnswers(apiKey: string): Promise<Record<string, string>> {
    const questionnaire = await call<{ questions: Array<{ code: string; options: Array<{ code: string }> }> }>(
      'quote-service',
      'GET',
      '/v1/catalog/categories/smartphone/questionnaire',
      { apiKey },
      [200],
    );
    return Object.fromEntries(questionnaire.questions.map((q) => [q.code, q.options[0]!.code]));
  }

  const spanNamed = (service: string, name: string, traceId?: string) => (): CollectedSpan | undefined =>
    collector.spans.find((s) => s.service === service && s.name === name && (!traceId || s.traceId === traceId));
  const byId = (spanId: string) => collector.spans.find((s) => s.spanId === spanId);
  /** Walks up the parents the collector knows; true when `ancestor` is on the way. */
  const descendsFrom = (span: CollectedSpan, ancestor: CollectedSpan): boolean => {
    for (let s: CollectedSpan | undefined = span; s; s = s.parentSpanId ? byId(s.parentSpanId) : undefined) {
      if (s.spanId === ancestor.spanId) return true;
    }
    return false;
  };

  it("follows one trade-in from quote-service HTTP and database spans through the outbox and Kafka into intake-service and its label worker, in the trade-in's trace", async () => {
    const apiKey = await newPartnerKey();
    const answers = await firstAnswers(apiKey);
    const quote = await call<{ id: string }>(
      'quote-service',
      'POST',
      '/v1/quotes',
      { apiKey, body: { modelId: 'apple-iphone-13', variantId: '128gb', market: 'FR', answers } },
      [201],
    );
    // The quote request writes the trade-in's first event: its trace is the trade-in's trace.
    const quoteRequest = (await waitFor(spanNamed('quote-service', 'POST /v1/quotes'), {
      what: 'the quote request span',
      timeoutMs: 30_000,
    }))!;
    const tradeInTrace = quoteRequest.traceId;
    const quoteCreated = (await waitFor(spanNamed('quote-service', `create ${QuoteCreated.topic}`, tradeInTrace), {
      what: 'the quote.created create span',
    }))!;
    expect(descendsFrom(quoteCreated, quoteRequest)).toBe(true);
    const { tradeIn } = await call<{ tradeIn: { id: string } }>(
      'quote-service',
      'POST',
      `/v1/quotes/${quote.id}/accept`,
      {
        apiKey,
        body: {
          customer: { name: 'Camille Martin', email: 'camille.trace@example.com' },
          fulfilment: 'MAIL_IN',
          payout: { method: 'GIFT_CARD' },
          revisedOfferPolicy: { policy: 'ASK' },
        },
      },
      [200, 201],
    );

    // (a) The request is a SERVER span named by its route, with the database spans of its transaction under it.
    const server = (await waitFor(spanNamed('quote-service', 'POST /v1/quotes/:quoteId/accept'), {
      what: 'the accept request span',
      timeoutMs: 30_000,
    }))!;
    expect(server.kind).toBe('SERVER');
    expect(server.attributes['http.route']).toBe('/v1/quotes/:quoteId/accept');
    expect(server.attributes['http.response.status_code'] ?? server.attributes['http.status_code']).toBeGreaterThanOrEqual(200);
    const dbSpans = () =>
      collector.spans.filter(
        (s) =>
          s.traceId === server.traceId &&
          s.service === 'quote-service' &&
          (s.attributes['db.system'] === 'postgresql' || s.attributes['db.system.name'] === 'postgresql'),
      );
    await waitFor(() => dbSpans().some((s) => s.parentSpanId === server.spanId), { what: 'database spans under the request span' });
    expect(dbSpans().every((s) => s.kind === 'CLIENT' && descendsFrom(s, server))).toBe(true);

    // (b) The event written in that request is in the trade-in's trace (the request, a trace of its own, is
    // linked to it): create (under quote.created's) → send (relay) → process (intake's consumer).
    expect(server.traceId).not.toBe(tradeInTrace);
    const topic = QuoteAccepted.topic;
    const create = (await waitFor(spanNamed('quote-service', `create ${topic}`, tradeInTrace), { what: 'the outbox create span' }))!;
    expect(create.parentSpanId).toBe(quoteCreated.spanId);
    expect(create.attributes['messaging.kafka.message.key']).toBe(tradeIn.id);
    const send = (await waitFor(spanNamed('quote-service', `send ${topic}`, tradeInTrace), { what: 'the relay send span' }))!;
    expect(send.parentSpanId).toBe(create.spanId);
    expect(send.kind).toBe('PRODUCER');
    const consumed = (await waitFor(spanNamed('intake-service', `process ${topic}`, tradeInTrace), {
      what: "intake's consumer span",
      timeoutMs: 30_000,
    }))!;
    expect(consumed.kind).toBe('CONSUMER');
    expect(consumed.parentSpanId).toBe(send.spanId);
    expect(consumed.attributes).toMatchObject({
      'messaging.system': 'kafka',
      'messaging.destination.name': `${namespace}.${topic}`,
      'messaging.consumer.group.name': `${namespace}.intake-service`,
      'messaging.kafka.message.key': tradeIn.id,
    });
    // What the Kafka message really carried: the send span's context.
    const message = (await waitFor(() => probe.messages.find((m) => m.key === tradeIn.id && m.topic.endsWith(topic)), {
      what: 'the accepted event on Kafka',
    }))!;
    expect(message.headers['traceparent']).toBe(`00-${tradeInTrace}-${send.spanId}-01`);

    // The handler's database work in intake is in the same trace, under the consumer span.
    await waitFor(
      () =>
        collector.spans.some(
          (s) =>
            s.service === 'intake-service' &&
            s.parentSpanId === consumed.spanId &&
            (s.attributes['db.system'] === 'postgresql' || s.attributes['db.system.name'] === 'postgresql'),
        ),
      { what: "intake's database spans under its consumer span" },
    );
    // (c) Intake's label is issued later by its LabelWorker from a database queue: the request keeps the
    // trade-in's trace context, the worker's call and outcome run in a `label.issue` span under it (in the
    // trade-in's trace, below the consumer step that asked for it), and the event it writes is its child.
    const labelJob = (await waitFor(spanNamed('intake-service', 'label.issue', tradeInTrace), {
      what: "the label worker's job span",
      timeoutMs: 30_000,
    }))!;
    expect(labelJob.attributes['tradein.trade_in.id']).toBe(tradeIn.id);
    expect(descendsFrom(labelJob, consumed)).toBe(true);
    const labelIssued = (await waitFor(spanNamed('intake-service', `create ${ShipmentLabelIssued.topic}`, tradeInTrace), {
      what: "the label worker's create span",
      timeoutMs: 30_000,
    }))!;
    expect(labelIssued.attributes['messaging.kafka.message.key']).toBe(tradeIn.id);
    expect(labelIssued.parentSpanId).toBe(labelJob.spanId);
    // The job's database work (its outcome transaction) runs under the job span too.
    await waitFor(
      () =>
        collector.spans.some(
          (s) =>
            s.service === 'intake-service' &&
            s.parentSpanId === labelJob.spanId &&
            (s.attributes['db.system'] === 'postgresql' || s.attributes['db.system.name'] === 'postgresql'),
        ),
      { what: "database spans under the label job's span" },
    );
    const label = (await waitFor(() => probe.messages.find((m) => m.key === tradeIn.id && m.topic.endsWith(ShipmentLabelIssued.topic)), {
      what: 'the label-issued event on Kafka',
    }))!;
    expect(String(label.headers['traceparent'])).toMatch(new RegExp(`^00-${tradeInTrace}-`));

    // Probes and scrapes start no traces.
    await call('quote-service', 'GET', '/health/ready', {}, [200]);
    await sleep(500);
    expect(
      collector.spans.filter((s) => String(s.attributes['url.path'] ?? s.attributes['http.target'] ?? '').startsWith('/health')),
    ).toEqual([]);
  }, 120_000);

  it("names requests refused before any handler by their route: a guard's 401 and the in-flight limit's 503", async () => {
    const apiKey = await newPartnerKey();
    const refusedSpan = (status: number) => () =>
      collector.spans.find(
        (s) =>
          s.service === 'quote-service' &&
          s.name === 'GET /v1/quotes/:quoteId' &&
          (s.attributes['http.response.status_code'] ?? s.attributes['http.status_code']) === status,
      );
    await call('quote-service', 'GET', '/v1/quotes/q-unknown', {}, [401]);
    await waitFor(refusedSpan(401), { what: 'the span of a request refused by the auth guard', timeoutMs: 30_000 });

    // quote-service admits one request at a time here: a quote held on a lock of its table fills it.
    const lock = new Client({ connectionString: databaseUrls.get('quote-service') });
    await lock.connect();
    try {
      await lock.query('BEGIN');
      await lock.query('LOCK TABLE quote IN ACCESS EXCLUSIVE MODE');
      const held = call(
        'quote-service',
        'POST',
        '/v1/quotes',
        { apiKey, body: { modelId: 'apple-iphone-13', variantId: '128gb', market: 'FR', answers: await firstAnswers(apiKey) } },
        [201],
      );
      // Awaited below; if the test fails before that, its rejection is not left unhandled.
      held.catch(() => undefined);
      await waitFor(
        async () => {
          // pg_stat_activity is read once per transaction unless the snapshot is cleared.
          await lock.query('SELECT pg_stat_clear_snapshot()');
          const { rows } = await lock.query<{ n: string }>(
            `SELECT count(*) AS n FROM pg_stat_activity
              WHERE wait_event_type = 'Lock' AND datname = current_database() AND query LIKE '%INSERT INTO "quote"%'`,
          );
          return Number(rows[0]!.n) === 1;
        },
        { what: 'the quote request waiting on the lock', timeoutMs: 10_000, intervalMs: 20 },
      );
      await call('quote-service', 'GET', '/v1/quotes/q-unknown', { apiKey }, [503]);
      await lock.query('COMMIT');
      await held;
    } finally {
      await lock.end();
    }
    const shed = (await waitFor(refusedSpan(503), { what: 'the span of a request shed at the in-flight limit', timeoutMs: 30_000 }))!;
    expect(shed.kind).toBe('SERVER');
    expect(shed.attributes['http.route']).toBe('/v1/quotes/:quoteId');
  }, 60_000);
});
