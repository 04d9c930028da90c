/**
 * Messaging backbone benchmark: raw kafkajs vs. outbox → relay → Kafka → EventConsumer (inbox), in one
 * run on the same broker and database server, so the ratios survive a noisy shared machine. The writers and the
 * relay share this thread (they share the producing service's process in production); the consuming service runs
 * on its own thread (bench-consumer.ts).
 *
 *   npm run bench:messaging            # N = 5,000 raw, 3,000 per outbox scenario
 *   BENCH_N=2000 npm run bench:messaging
 *
 * Env: BENCH_N (events per scenario), BENCH_WRITERS (concurrent writer loops, 4), BENCH_KEYS (100),
 * BENCH_NO_DOC=1 (print only, do not rewrite docs/perf.md). See bench/messaging/README.md.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Consumer, type Kafka, type Producer, Partitioners } from 'kafkajs';
import { DataSource } from 'typeorm';
import { TradeInCancelled, type TradeInCancelledPayload } from '@tradein/contracts';
import {
  InboxEventEntity,
  MessagingRuntime,
  MESSAGING_MIGRATIONS,
  OutboxEventEntity,
  OutboxWriter,
  createKafka,
  ensureTopics,
  newEvent,
  physicalTopic,
} from '@tradein/messaging';
import { createNamespace, createTestDatabase, testInfra, uniqueSuffix } from '@tradein/testing';
import { benchPoolExtra, startBenchConsumer } from './bench-consumer';
import { type MachineCpu, startCpuMeter } from '../lib/machine-cpu';
import { writePerfSection } from '../lib/report';

process.env['LOG_LEVEL'] ??= 'warn';

const ROOT = join(__dirname, '../..');
const envInt = (name: string): number | undefined => {
  const v = process.env[name];
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got ${v}`);
  return n;
};
const N_RAW = envInt('BENCH_N') ?? 5000;
/** The batched raw ceiling runs 10× longer: at its rate N_RAW takes a quarter of a second, too short for CPU counters in 10 ms ticks. */
const N_RAW_BATCHED = N_RAW * 10;
const N_OUTBOX = envInt('BENCH_N') ?? 3000;
const WRITERS = envInt('BENCH_WRITERS') ?? 4;
const KEYS = envInt('BENCH_KEYS') ?? 100;
const N_MAX = envInt('BENCH_N') ?? 10000;
const PER_TXN = 20;
const PACED_SECONDS = envInt('BENCH_PACED_SECONDS') ?? 10;
const PARTITIONS = envInt('BENCH_PARTITIONS') ?? 3;
const WARMUP = 30;
const DRAIN_TIMEOUT_MS = 120_000;
const REASON = 'customer changed their mind before shipping the device';

/** Wall-clock milliseconds with sub-millisecond resolution (everything runs in this one process). */
const now = (): number => performance.timeOrigin + performance.now();

interface Result {
  name: string;
  n: number;
  /** Events made visible per second by the producer side (sends acked / transactions committed). */
  offeredPerSec: number;
  /** Outbox scenarios: commit → seen on Kafka by a plain consumer (the relay's share of the latency). */
  relayLeg?: { p50: number; p99: number };
  /** Outbox scenarios: seen on Kafka → handler's transaction committed (the consumer's share, queueing included). */
  consumerLeg?: { p50: number; p99: number };
  /** Events fully consumed per second: n / (last consumed − first send/append started). */
  throughput: number;
  p50: number;
  p99: number;
  max: number;
  note: string;
  /** CPU time of the machine's parts per message over the scenario (warm-up and drain included), in µs. */
  cpu?: MachineCpu & { total: number };
}

/** Runs a scenario and adds what its messages cost the machine's CPU (this process, PostgreSQL, Kafka). */
async function measured(scenario: () => Promise<Result>): Promise<Result> {
  const meter = startCpuMeter();
  const result = await scenario();
  return { ...result, cpu: meter.perMessage(result.n) };
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** Resolves when `done()` is true; rejects with `what()` after the timeout. */
async function until(done: () => boolean, what: () => string, timeoutMs = DRAIN_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Runs `writers` loops that each take the next index until `n` are issued. */
async function concurrentLoops(n: number, writers: number, body: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: writers }, async () => {
      for (let i = next++; i < n; i = next++) await body(i);
    }),
  );
}

function summarise(
  name: string,
  n: number,
  start: number,
  lastOffered: number,
  lastDone: number,
  latencies: number[],
  note: string,
): Result {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    name,
    n,
    note,
    offeredPerSec: n / ((lastOffered - start) / 1000),
    throughput: n / ((lastDone - start) / 1000),
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
  };
}

// ---------------------------------------------------------------- raw kafkajs baseline

const keys = Array.from({ length: KEYS }, () => `ti-${randomUUID()}`);

/** The envelope OutboxWriter stores for one of our events (same fields, same lengths), as the relay serialises it. */
function envelopeLike(key: string, reason: string, extra: object = {}): { eventId: string; correlationId: string; value: string } {
  const eventId = randomUUID();
  const correlationId = randomUUID();
  const value = JSON.stringify({
    eventId,
    type: TradeInCancelled.type,
    version: TradeInCancelled.version,
    occurredAt: new Date().toISOString(),
    tradeInId: key,
    partnerId: 'partner-a',
    correlationId,
    causationId: null,
    producer: 'quote-service',
    payload: { reason },
    ...extra,
  });
  return { eventId, correlationId, value };
}

/** The stamp adds bytes: the raw message gets a shorter reason so it is exactly as long as a relayed envelope. */
const STAMP = { sentAt: 1764157437907.123, warm: false };
const RAW_REASON = REASON.slice(
  0,
  Math.max(
    1,
    REASON.length -
      (Buffer.byteLength(envelopeLike(`ti-${randomUUID()}`, REASON, { bench: STAMP }).value) -
        Buffer.byteLength(envelopeLike(`ti-${randomUUID()}`, REASON).value)),
  ),
);

/** A value shaped and sized like a relayed envelope (with the relay's headers), carrying its send time. */
function rawValue(key: string, sentAt: number, warm: boolean): { value: string; headers: Record<string, string> } {
  const { eventId, correlationId, value } = envelopeLike(key, RAW_REASON, { bench: { sentAt, warm } });
  return {
    value,
    headers: {
      'content-type': 'application/json',
      'event-type': TradeInCancelled.type,
      'event-id': eventId,
      'correlation-id': correlationId,
    },
  };
}

async function rawScenario(kafka: Kafka, topic: string, n: number, mode: 'single' | 'batch100'): Promise<Result> {
  // Same producer settings as MessagingRuntime (idempotent, acks=all, one request in flight).
  const producer: Producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  const consumer: Consumer = kafka.consumer({ groupId: `bench-raw-${randomUUID()}`, allowAutoTopicCreation: false });
  const latencies: number[] = [];
  let warmSeen = 0;
  let lastDone = 0;
  try {
    await producer.connect();
    await consumer.connect();
    // Only messages produced after subscribing matter: a fresh group starts at the end of the topic.
    await retryTransient('raw subscribe', () => consumer.subscribe({ topics: [topic], fromBeginning: false }));
    await consumer.run({
      partitionsConsumedConcurrently: PARTITIONS,
      eachMessage: async ({ message }) => {
        const at = now();
        const parsed = JSON.parse(message.value?.toString('utf8') ?? '{}') as { bench?: { sentAt: number; warm: boolean } };
        if (!parsed.bench) return;
        if (parsed.bench.warm) {
          warmSeen++;
          return;
        }
        latencies.push(at - parsed.bench.sentAt);
        lastDone = at;
      },
    });
    // Warm-up until the group has joined and fetches are flowing: keeps join time out of the figures.
    for (let sent = 0; warmSeen < WARMUP; sent += 10) {
      if (sent > 5000) throw new Error('raw consumer never received the warm-up messages');
      const messages = Array.from({ length: 10 }, (_, j) => ({
        key: keys[(sent + j) % KEYS]!,
        ...rawValue(keys[(sent + j) % KEYS]!, now(), true),
      }));
      await retryTransient('raw warm-up send', async () => {
        await producer.send({ topic, messages });
      });
      await new Promise((r) => setTimeout(r, 100));
    }

    const start = now();
    let lastAck = 0;
    if (mode === 'single') {
      await concurrentLoops(n, WRITERS, async (i) => {
        const key = keys[i % KEYS]!;
        await producer.send({ topic, messages: [{ key, ...rawValue(key, now(), false) }] });
        lastAck = now();
      });
    } else {
      for (let i = 0; i < n; i += 100) {
        const messages = Array.from({ length: Math.min(100, n - i) }, (_, j) => {
          const key = keys[(i + j) % KEYS]!;
          return { key, ...rawValue(key, now(), false) };
        });
        await producer.send({ topic, messages });
        lastAck = now();
      }
    }
    await until(
      () => latencies.length >= n,
      () => `raw consumption (${latencies.length}/${n})`,
    );
    return summarise(
      mode === 'single' ? 'raw kafkajs, 1 msg per send' : 'raw kafkajs, 100 msgs per send',
      n,
      start,
      lastAck,
      lastDone,
      latencies,
      mode === 'single' ? `${WRITERS} loops, 1 message per send(); baseline` : '1 loop; ceiling, not a baseline',
    );
  } finally {
    await consumer.disconnect().catch(() => undefined);
    await producer.disconnect().catch(() => undefined);
  }
}

// ---------------------------------------------------------------- outbox → relay → consumer (inbox)

interface OutboxRig {
  writerDs: DataSource;
  relayDataSources: DataSource[];
  runtimes: MessagingRuntime[];
  namespace: string;
  brokers: string[];
  commitAt: Map<string, number>;
  /** First time a plain kafkajs consumer saw the event on Kafka: splits the latency into relay leg and consumer leg. */
  onKafkaAt: Map<string, number>;
  doneAt: Map<string, number>;
}

function dataSource(url: string, max: number, migrate = false): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: [OutboxEventEntity, InboxEventEntity],
    // The backbone's whole schema, as the services have it (the inbox's retention index included).
    migrations: migrate ? [...MESSAGING_MIGRATIONS] : [],
    migrationsRun: migrate,
    migrationsTransactionMode: 'each',
    extra: benchPoolExtra(max),
  });
}

/**
 * With one relay the writers and the relay stand for one service's process: the writers wake it after their commit
 * instead of a NOTIFY in each transaction, as a service's do (ADR 0025). BENCH_LOCAL_WAKE=false keeps the NOTIFY.
 */
function wakeAfterCommit(writer: OutboxWriter, relays: MessagingRuntime[]): void {
  const [only] = relays;
  if (relays.length === 1 && only && process.env['BENCH_LOCAL_WAKE'] !== 'false') writer.useLocalRelay(() => only.relay.notify());
}

async function appendOne(rig: OutboxRig, writer: OutboxWriter, key: string): Promise<{ eventId: string; committedAt: number }> {
  const [written] = await rig.writerDs.transaction((m) =>
    writer.append(m, newEvent(TradeInCancelled, { tradeInId: key, partnerId: 'partner-a' }, { reason: REASON } as TradeInCancelledPayload)),
  );
  return { eventId: written!.eventId, committedAt: now() };
}

async function outboxScenario(rig: OutboxRig, dbUrl: string, relays: number, n: number): Promise<Result> {
  const relayRuntimes: MessagingRuntime[] = [];
  for (let r = 0; r < relays; r++) {
    // One pool per relay, as if each ran in its own service replica.
    const ds = dataSource(dbUrl, 3);
    await ds.initialize();
    rig.relayDataSources.push(ds);
    const rt = new MessagingRuntime(ds, {
      serviceName: 'quote-service',
      brokers: rig.brokers,
      topicNamespace: rig.namespace,
      consumers: false,
    });
    rig.runtimes.push(rt);
    relayRuntimes.push(rt);
    await rt.start([]);
  }
  const writer = new OutboxWriter('quote-service');
  wakeAfterCommit(writer, relayRuntimes);
  try {
    // Warm-up: relays connected and the consumer group has a steady fetch loop before the clock starts.
    const warmIds: string[] = [];
    for (let i = 0; i < WARMUP; i++) {
      const { eventId } = await appendOne(rig, writer, keys[i % KEYS]!);
      warmIds.push(eventId);
    }
    await until(
      () => warmIds.every((id) => rig.doneAt.has(id) && rig.onKafkaAt.has(id)),
      () => `outbox warm-up (${relays} relay(s))`,
      90_000,
    );

    const ids: string[] = [];
    const doneBefore = rig.doneAt.size;
    const start = now();
    let lastCommit = 0;
    await concurrentLoops(n, WRITERS, async (i) => {
      const { eventId, committedAt } = await appendOne(rig, writer, keys[i % KEYS]!);
      rig.commitAt.set(eventId, committedAt);
      ids.push(eventId);
      lastCommit = committedAt;
    });
    await until(
      () => rig.doneAt.size - doneBefore >= n,
      () => `outbox consumption (${rig.doneAt.size - doneBefore}/${n}, ${relays} relay(s))`,
    );
    const latencies = ids.map((id) => rig.doneAt.get(id)! - rig.commitAt.get(id)!);
    const seen = ids.filter((id) => rig.onKafkaAt.has(id));
    const relayLeg = seen.map((id) => rig.onKafkaAt.get(id)! - rig.commitAt.get(id)!).sort((a, b) => a - b);
    const consumerLeg = seen.map((id) => rig.doneAt.get(id)! - rig.onKafkaAt.get(id)!).sort((a, b) => a - b);
    const lastDone = Math.max(...ids.map((id) => rig.doneAt.get(id)!));
    // now() is the transaction start: one distinct published_at per relay transaction (one lane, one sendBatch).
    const [batches]: Array<{ n: number }> = await rig.writerDs.query(
      'SELECT count(DISTINCT published_at)::int AS n FROM outbox_event WHERE event_id = ANY($1::uuid[])',
      [ids],
    );
    const avgBatch = n / Math.max(1, batches?.n ?? 1);
    return {
      ...summarise(
        `outbox → ${relays} relay${relays > 1 ? 's' : ''} → consumer+inbox`,
        n,
        start,
        lastCommit,
        lastDone,
        latencies,
        `${WRITERS} writers, 1 event/txn; avg relay batch ${avgBatch.toFixed(1)}`,
      ),
      relayLeg: { p50: percentile(relayLeg, 50), p99: percentile(relayLeg, 99) },
      consumerLeg: { p50: percentile(consumerLeg, 50), p99: percentile(consumerLeg, 99) },
    };
  } finally {
    for (const rt of relayRuntimes) await rt.stop().catch((err) => console.error('relay stop failed', err));
  }
}

/** Starts `relays` relay runtimes (one pool each, as replicas would have) and warms the path up. */
async function startRelays(rig: OutboxRig, dbUrl: string, relays: number, writer: OutboxWriter): Promise<MessagingRuntime[]> {
  const started: MessagingRuntime[] = [];
  for (let r = 0; r < relays; r++) {
    const ds = dataSource(dbUrl, 3);
    await ds.initialize();
    rig.relayDataSources.push(ds);
    const rt = new MessagingRuntime(ds, {
      serviceName: 'quote-service',
      brokers: rig.brokers,
      topicNamespace: rig.namespace,
      consumers: false,
    });
    rig.runtimes.push(rt);
    started.push(rt);
    await rt.start([]);
  }
  wakeAfterCommit(writer, started);
  const warmIds: string[] = [];
  for (let i = 0; i < WARMUP; i++) warmIds.push((await appendOne(rig, writer, keys[i % KEYS]!)).eventId);
  await until(
    () => warmIds.every((id) => rig.doneAt.has(id) && rig.onKafkaAt.has(id)),
    () => 'outbox warm-up',
    90_000,
  );
  return started;
}

function outboxResult(rig: OutboxRig, name: string, ids: string[], start: number, lastCommit: number, note: string): Result {
  const latencies = ids.map((id) => rig.doneAt.get(id)! - rig.commitAt.get(id)!);
  const seen = ids.filter((id) => rig.onKafkaAt.has(id));
  const relayLeg = seen.map((id) => rig.onKafkaAt.get(id)! - rig.commitAt.get(id)!).sort((a, b) => a - b);
  const consumerLeg = seen.map((id) => rig.doneAt.get(id)! - rig.onKafkaAt.get(id)!).sort((a, b) => a - b);
  const lastDone = Math.max(...ids.map((id) => rig.doneAt.get(id)!));
  return {
    ...summarise(name, ids.length, start, lastCommit, lastDone, latencies, note),
    relayLeg: { p50: percentile(relayLeg, 50), p99: percentile(relayLeg, 99) },
    consumerLeg: { p50: percentile(consumerLeg, 50), p99: percentile(consumerLeg, 99) },
  };
}

/**
 * The pipeline's maximum: writers commit PER_TXN events per transaction as fast as they can (so the writers
 * are not the limit), one relay publishes, the batching consumer applies them.
 */
async function maxScenario(rig: OutboxRig, dbUrl: string, n: number): Promise<Result> {
  const writer = new OutboxWriter('quote-service');
  const relays = await startRelays(rig, dbUrl, 1, writer);
  try {
    const ids: string[] = [];
    const start = now();
    let lastCommit = 0;
    await concurrentLoops(Math.ceil(n / PER_TXN), WRITERS, async (t) => {
      const events = Array.from({ length: PER_TXN }, (_, j) =>
        newEvent(TradeInCancelled, { tradeInId: keys[(t * PER_TXN + j) % KEYS]!, partnerId: 'partner-a' }, {
          reason: REASON,
        } as TradeInCancelledPayload),
      );
      const written = await rig.writerDs.transaction((m) => writer.append(m, events));
      const committedAt = now();
      for (const e of written) {
        rig.commitAt.set(e.eventId, committedAt);
        ids.push(e.eventId);
      }
      lastCommit = committedAt;
    });
    await until(
      () => ids.every((id) => rig.doneAt.has(id)),
      () => `max-rate consumption (${ids.filter((id) => rig.doneAt.has(id)).length}/${ids.length})`,
    );
    return outboxResult(
      rig,
      'outbox → relay → batching consumer, max rate',
      ids,
      start,
      lastCommit,
      `${WRITERS} writers, ${PER_TXN} events/txn, as fast as they go`,
    );
  } finally {
    for (const rt of relays) await rt.stop().catch((err) => console.error('relay stop failed', err));
  }
}

/**
 * Open loop: transactions of `perTxn` events committed at a fixed event rate whatever the pipeline does; latency = hop.
 * Half of a maximum only means something for the same workload, so each open loop keeps the shape of the maximum it
 * halves: `perTxn` = PER_TXN for the pipeline's maximum, 1 for the 4-writer, 1-event/txn maximum.
 */
async function pacedScenario(rig: OutboxRig, dbUrl: string, rate: number, seconds: number, perTxn: number, of: string): Promise<Result> {
  const writer = new OutboxWriter('quote-service');
  const relays = await startRelays(rig, dbUrl, 1, writer);
  try {
    const txns = Math.max(10, Math.round((rate * seconds) / perTxn));
    const ids: string[] = [];
    const start = now();
    let lastCommit = 0;
    const inFlight: Array<Promise<void>> = [];
    for (let t = 0; t < txns; t++) {
      const due = start + (t * perTxn * 1000) / rate;
      const wait = due - now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      const events = Array.from({ length: perTxn }, (_, j) =>
        newEvent(TradeInCancelled, { tradeInId: keys[(t * perTxn + j) % KEYS]!, partnerId: 'partner-a' }, {
          reason: REASON,
        } as TradeInCancelledPayload),
      );
      inFlight.push(
        rig.writerDs
          .transaction((m) => writer.append(m, events))
          .then((written) => {
            const committedAt = now();
            for (const e of written) {
              rig.commitAt.set(e.eventId, committedAt);
              ids.push(e.eventId);
            }
            lastCommit = Math.max(lastCommit, committedAt);
          }),
      );
    }
    await Promise.all(inFlight);
    await until(
      () => ids.every((id) => rig.doneAt.has(id)),
      () => `paced consumption (${ids.filter((id) => rig.doneAt.has(id)).length}/${ids.length})`,
    );
    return outboxResult(
      rig,
      `outbox → relay → batching consumer, open loop at ${fmt(rate)}/s, ${perTxn} event${perTxn > 1 ? 's' : ''}/txn`,
      ids,
      start,
      lastCommit,
      `${perTxn} event${perTxn > 1 ? 's' : ''}/txn at a fixed rate (½ of ${of}), ${seconds} s`,
    );
  } finally {
    for (const rt of relays) await rt.stop().catch((err) => console.error('relay stop failed', err));
  }
}

// ---------------------------------------------------------------- report

function fmt(x: number, digits = 0): string {
  return Number.isFinite(x) ? x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : 'n/a';
}

function table(results: Result[]): string {
  const rows = [
    '| scenario | N | offered (msg/s) | throughput (msg/s) | p50 (ms) | p99 (ms) | max (ms) | notes |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
    ...results.map(
      (r) =>
        `| ${r.name} | ${fmt(r.n)} | ${fmt(r.offeredPerSec)} | ${fmt(r.throughput)} | ${fmt(r.p50, 1)} | ${fmt(r.p99, 1)} | ${fmt(r.max, 1)} | ${r.note} |`,
    ),
  ];
  return rows.join('\n');
}

function ratios(base: Result, outbox: Result[]): string {
  const rows = [
    '| scenario | throughput / raw | p50 / raw | p99 / raw | commit → on Kafka p50 / p99 (ms) | on Kafka → handler commit p50 / p99 (ms) |',
    '|---|---:|---:|---:|---:|---:|',
    ...outbox.map(
      (r) =>
        `| ${r.name} | ${fmt(r.throughput / base.throughput, 2)} | ${fmt(r.p50 / base.p50, 1)} | ${fmt(r.p99 / base.p99, 1)} | ${fmt(r.relayLeg?.p50 ?? NaN, 1)} / ${fmt(r.relayLeg?.p99 ?? NaN, 1)} | ${fmt(r.consumerLeg?.p50 ?? NaN, 1)} / ${fmt(r.consumerLeg?.p99 ?? NaN, 1)} |`,
    ),
  ];
  return rows.join('\n');
}

/**
 * What a message costs the machine, part by part: on this machine's cores the sum bounds the rate whatever the
 * latency, so a ceiling (cores ÷ CPU per message) follows from it and compares with the throughput reached.
 */
function cpuTable(results: Result[]): string {
  const cores = os.cpus().length;
  return [
    `| scenario | this process: producer side + consumer thread (µs/msg) | PostgreSQL (µs/msg) | Kafka broker (µs/msg) | total (µs/msg) | ceiling on ${cores} cores (msg/s) | throughput ÷ ceiling |`,
    '|---|---:|---:|---:|---:|---:|---:|',
    ...results
      .filter((r) => r.cpu)
      .map((r) => {
        const c = r.cpu!;
        const ceiling = (cores * 1e6) / c.total;
        return `| ${r.name} | ${fmt(c.node)} | ${fmt(c.postgres)} | ${fmt(c.kafka)} | ${fmt(c.total)} | ${fmt(ceiling)} | ${fmt(r.throughput / ceiling, 2)} |`;
      }),
  ].join('\n');
}

/** The issue's two targets, each measured in this run. */
function targets(results: Result[]): string {
  const batched = results.find((r) => r.name.startsWith('raw kafkajs, 100'));
  const max = results.find((r) => r.name.includes('max rate'));
  const paced = results.find((r) => r.name.includes('open loop') && !r.name.endsWith(' 1 event/txn'));
  const pacedSingle = results.find((r) => r.name.includes('open loop') && r.name.endsWith(' 1 event/txn'));
  if (!batched || !max || !paced) return '';
  const verdict = (ok: boolean): string => (ok ? 'reached' : '**not reached**');
  return [
    '| target (same run) | measured | target | |',
    '|---|---:|---:|---|',
    `| pipeline max throughput ÷ raw kafkajs, 100 msgs per send | ${fmt(max.throughput / batched.throughput, 2)} (${fmt(max.throughput)} / ${fmt(batched.throughput)} msg/s) | ≥ 0.50 | ${verdict(max.throughput / batched.throughput >= 0.5)} |`,
    `| event hop p99 (outbox commit → handler commit) at ½ max, open loop, ${PER_TXN} events/txn like the max | ${fmt(paced.p99, 1)} ms (p50 ${fmt(paced.p50, 1)}) | ≤ 50 ms | ${verdict(paced.p99 <= 50)} |`,
    ...(pacedSingle
      ? [
          `| event hop p99 at ½ of the 1 event/txn max, open loop, 1 event/txn | ${fmt(pacedSingle.p99, 1)} ms (p50 ${fmt(pacedSingle.p50, 1)}) | ≤ 50 ms | ${verdict(pacedSingle.p99 <= 50)} |`,
        ]
      : []),
  ].join('\n');
}

// ---------------------------------------------------------------- main

/** A loaded broker can answer UNKNOWN_TOPIC_OR_PARTITION for seconds after creating topics: wait until every one has leaders. */
async function waitForLeaders(kafka: Kafka, namespace: string, timeoutMs = 60_000): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(`${namespace}.`));
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const meta = await admin.fetchTopicMetadata({ topics });
        if (
          meta.topics.every((t) => t.partitions.length === PARTITIONS && t.partitions.every((p) => p.leader >= 0 && !p.partitionErrorCode))
        )
          return;
      } catch (err) {
        if (!(err as { retriable?: boolean }).retriable) throw err;
      }
      if (Date.now() > deadline) throw new Error(`topics of ${namespace} still have no leaders after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    await admin.disconnect();
  }
}

/**
 * kafkajs' createTopics(waitForLeaders) can fail with UNKNOWN_TOPIC_OR_PARTITION while a just-created
 * topic's metadata propagates; ensureTopics skips topics that exist, so trying again is safe.
 */
async function retryTransient(what: string, fn: () => Promise<void>, attempts = 4): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= attempts || !(err as { retriable?: boolean }).retriable) throw err;
      console.log(`${what} failed (${(err as Error).message}); retrying`);
      await new Promise((r) => setTimeout(r, 500 * attempt));
    }
  }
}

async function main(): Promise<void> {
  const infra = testInfra();
  const db = await createTestDatabase('bench_messaging');
  const kafka = createKafka('bench-messaging', infra.brokers);
  const rig: OutboxRig = {
    writerDs: dataSource(db.url, WRITERS + 2, true),
    relayDataSources: [],
    runtimes: [],
    namespace: `bench${uniqueSuffix()}`,
    brokers: infra.brokers,
    commitAt: new Map(),
    onKafkaAt: new Map(),
    doneAt: new Map(),
  };
  const loadBefore = os.loadavg();
  const results: Result[] = [];
  let pgVersion = 'unknown';
  let envelopeBytes = 0;
  let rawBytes = 0;
  let probe: Consumer | undefined;
  let consumer: { stop: () => Promise<void> } | undefined;
  try {
    await rig.writerDs.initialize();
    await rig.writerDs.query('CREATE TABLE bench_effect (event_id uuid PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    pgVersion = ((await rig.writerDs.query('SHOW server_version')) as Array<{ server_version: string }>)[0]!.server_version;
    console.log(`namespace ${rig.namespace}, database ${db.name}; creating topics (${PARTITIONS} partitions)...`);
    const rawTopic = `${rig.namespace}.bench.raw`;
    await retryTransient('topic creation', async () => {
      await createNamespace(kafka, rig.namespace, PARTITIONS);
      await ensureTopics(kafka, [rawTopic], PARTITIONS);
      await waitForLeaders(kafka, rig.namespace);
    });

    rawBytes = Buffer.byteLength(rawValue(keys[0]!, now(), false).value);
    console.log(`raw baseline: ${N_RAW} messages of ${rawBytes} bytes...`);
    results.push(await measured(() => rawScenario(kafka, rawTopic, N_RAW, 'single')));
    console.log('raw ceiling: 100 messages per send...');
    results.push(await measured(() => rawScenario(kafka, rawTopic, N_RAW_BATCHED, 'batch100')));

    probe = kafka.consumer({ groupId: `bench-probe-${randomUUID()}`, allowAutoTopicCreation: false });
    await probe.connect();
    await retryTransient('probe subscribe', () =>
      probe!.subscribe({ topics: [physicalTopic(TradeInCancelled.topic, rig.namespace)], fromBeginning: true }),
    );
    await probe.run({
      partitionsConsumedConcurrently: PARTITIONS,
      eachMessage: async ({ message }) => {
        const id = message.headers?.['event-id']?.toString();
        if (id && !rig.onKafkaAt.has(id)) rig.onKafkaAt.set(id, now());
      },
    });
    // The consuming service runs on its own thread, as it runs in its own process in production.
    consumer = await startBenchConsumer(
      { dbUrl: db.url, brokers: rig.brokers, namespace: rig.namespace, groupId: `bench-inbox-${randomUUID()}`, partitions: PARTITIONS },
      rig.doneAt,
    );
    console.log(`outbox path at its maximum rate: ${N_MAX} events...`);
    const max = await measured(() => maxScenario(rig, db.url, N_MAX));
    results.push(max);
    console.log(`max: ${fmt(max.throughput)} msg/s; open loop at half of it for ${PACED_SECONDS} s...`);
    results.push(
      await measured(() =>
        pacedScenario(rig, db.url, envInt('BENCH_PACED_RATE') ?? max.throughput / 2, PACED_SECONDS, PER_TXN, 'the max above'),
      ),
    );
    console.log(`outbox path, 4 writers, 1 event/txn: ${N_OUTBOX} events...`);
    const single = await measured(() => outboxScenario(rig, db.url, 1, N_OUTBOX));
    results.push(single);
    console.log(`1 event/txn: ${fmt(single.throughput)} msg/s; open loop at half of it for ${PACED_SECONDS} s...`);
    results.push(await measured(() => pacedScenario(rig, db.url, single.throughput / 2, PACED_SECONDS, 1, 'the 1 event/txn run above')));
    const [sample]: Array<{ envelope: object }> = await rig.writerDs.query('SELECT envelope FROM outbox_event LIMIT 1');
    envelopeBytes = Buffer.byteLength(JSON.stringify(sample?.envelope ?? {}));
  } finally {
    await probe?.disconnect().catch(() => undefined);
    await consumer?.stop().catch((err) => console.error('consumer stop failed', err));
    for (const rt of rig.runtimes) await rt.stop().catch((err) => console.error('runtime stop failed', err));
    for (const ds of [rig.writerDs, ...rig.relayDataSources]) if (ds.isInitialized) await ds.destroy().catch(() => undefined);
    await db.drop().catch((err) => console.error(`could not drop ${db.name}`, err));
  }

  const base = results[0]!;
  const outbox = results.slice(2);
  const loadAfter = os.loadavg();
  const kafkaVersion =
    /<kafka\.version>([^<]+)<\/kafka\.version>/.exec(readFileSync(join(ROOT, 'tools/kafka/pom.xml'), 'utf8'))?.[1] ?? '3.9.1';
  const machine = [
    `- date: ${new Date().toISOString()}`,
    `- machine: ${os.cpus().length} CPUs (nproc) ${os.cpus()[0]?.model ?? ''}, ${fmt(os.totalmem() / 2 ** 30, 1)} GiB RAM, ${os.platform()} ${os.release()}`,
    `- load average (1 min) before/after: ${fmt(loadBefore[0]!, 2)} / ${fmt(loadAfter[0]!, 2)}`,
    `- node ${process.version}, kafkajs 2.2.4, Kafka ${kafkaVersion} (single local broker), PostgreSQL ${pgVersion}`,
    `- N = ${fmt(N_RAW)} raw (${fmt(N_RAW_BATCHED)} batched), ${fmt(N_OUTBOX)} per outbox scenario; ${WRITERS} concurrent writers; ${KEYS} keys; ${PARTITIONS} partitions`,
    `- message: relayed envelope ${envelopeBytes} bytes JSON; raw message ${rawBytes} bytes; both with the relay's 4 headers`,
  ].join('\n');
  const section = [
    '### Results',
    '',
    'Reproduce: `npm run infra:up && npm run bench:messaging` (`BENCH_N=<n>` sets N for every scenario; see bench/messaging/README.md).',
    '',
    '**These figures are noisy.** The machine has 2 cores for this Node process, PostgreSQL and Kafka (see the load average).',
    'Writers, relay and the probe share the main thread (the producing service); the consuming service runs on a worker thread;',
    "the raw baseline's producer and consumer share the main thread. Absolute msg/s and ms move from run to run (the hop's p99 by",
    '±25 %): compare ratios measured in one run, on the same broker.',
    '',
    machine,
    '',
    table(results),
    '',
    'Ratios against the raw baseline (first row) measured in the same run:',
    '',
    ratios(base, outbox),
    '',
    'CPU time each message cost the machine (from /proc; warm-up and drain included), and the rate the machine could reach',
    'at that cost with every core busy:',
    '',
    cpuTable(results),
    '',
    targets(results),
  ].join('\n');
  console.log(`\n${section}\n`);
  writePerfSection('messaging', 'Messaging backbone', section);
}

main().then(
  () => {
    // Everything was disconnected; if a handle still keeps the loop alive, say so and exit anyway.
    setTimeout(() => {
      console.error('open handles after cleanup; forcing exit');
      process.exit(0);
    }, 5000).unref();
  },
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
