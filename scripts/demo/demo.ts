import { randomInt } from 'node:crypto';
import { type PlatformClient, type StoreActor, TradeInFlows, type TradeInView, type Wait, imeiFor, until } from '../platform-client';
import { DEMO_DEVICES } from '../start/demo-fixtures';
import { driveMailIn } from './drive-mail-in';
import { driveStoreBox } from './drive-store';
import { MAIL_IN, type MailInScenario, STORE_BOX } from './scenarios';
import { type Summary, printSummary, summarize } from './summary';
import { type DemoActors, type Tracked } from './tracked';

export interface DemoOptions {
  client: PlatformClient;
  apiKey: string;
  tokens: { ops: string; grader: string; storeStaff: string };
  storeId: string;
  siteId: string;
  /** How many times every scenario runs (one store box per round). */
  rounds?: number;
  /** Trade-ins (or store boxes) driven at once. */
  concurrency?: number;
  /** How long one step may wait for the services, and how long the whole run may wait for final states. */
  stepTimeoutMs?: number;
  settleTimeoutMs?: number;
  /** false leaves the clocks alone: the trade-ins waiting for a deadline then stay where they are (tests the stuck report). */
  passDeadlines?: boolean;
  /** How long the trade-ins waiting for a deadline may take once the clock moved (default: settleTimeoutMs). */
  deadlineSettleTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface DemoResult {
  tracked: Tracked[];
  stuck: Tracked[];
  summary: Summary;
  exitCode: 0 | 1;
}

const expected = (t: Tracked) => t.scenario.expect;
const beforeClock = (t: Tracked) => (t.scenario.kind === 'mail-in' ? t.scenario.beforeClock : undefined) ?? t.scenario.expect;

/** Runs tasks with at most `n` at a time. */
async function pool<T>(items: T[], n: number, task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: Math.min(n, queue.length) }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
    }),
  );
}

/**
 * Serials distinct per trade-in within a run (up to 999) and, with a random block of 1000 out of 900, very
 * likely across runs; a repeated IMEI would only show as a duplicate-IMEI check at the dock, not corrupt anything.
 */
function runSerialBase(): number {
  return (100 + randomInt(900)) * 1000;
}

function plan(rounds: number): Tracked[] {
  if (rounds * (MAIL_IN.length + STORE_BOX.length) > 999)
    throw new Error(`at most ${Math.floor(999 / (MAIL_IN.length + STORE_BOX.length))} rounds per run`);
  const base = runSerialBase();
  const tracked: Tracked[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const scenario of [...MAIL_IN, ...STORE_BOX]) {
      const no = tracked.length + 1;
      const device = DEMO_DEVICES[no % DEMO_DEVICES.length]!;
      tracked.push({ no, scenario, device, serial: base + no, imei: imeiFor(device.tac, base + no) });
    }
  }
  return tracked;
}

/**
 * `npm run demo`: realistic traffic through the public APIs only (see scenarios.ts), then the clock is moved
 * past the ship-by and answer deadlines, every trade-in must reach its expected state, and a summary is read
 * back from the services. exitCode 1 names every trade-in that did not get where it should.
 */
export async function runDemo(o: DemoOptions): Promise<DemoResult> {
  const log = o.log ?? ((line: string) => console.log(line));
  const stepWait: Wait = { timeoutMs: o.stepTimeoutMs ?? 90_000, intervalMs: 500 };
  const settleWait: Wait = { timeoutMs: o.settleTimeoutMs ?? 180_000, intervalMs: 1000 };
  const f = new TradeInFlows(o.client, { ops: o.tokens.ops, grader: o.tokens.grader, apiKey: o.apiKey }, stepWait);
  const store: StoreActor = { storeId: o.storeId, token: o.tokens.storeStaff };
  const clock = await o.client.call<{ now: string }>('quote-service', 'GET', '/v1/ops/clock', { token: o.tokens.ops });
  if (clock.status !== 200) {
    throw new Error(
      `the services' clocks cannot be moved (GET /v1/ops/clock answered ${clock.status}): start the platform with CLOCK_CONTROL=enabled (npm start does in development)`,
    );
  }

  const tracked = plan(o.rounds ?? 1);
  const width = String(tracked.length).length;
  const tag = (t: Tracked) =>
    `#${String(t.no).padStart(width, '0')} ${t.scenario.name.padEnd(44)} ${(t.tradeInId ?? '').slice(0, 8).padEnd(8)}`;
  const actors: DemoActors = { f, store, siteId: o.siteId, progress: (t, what) => log(`[demo] ${tag(t)} ${what}`) };
  log(
    `[demo] ${tracked.length} trade-ins: ${o.rounds ?? 1} round(s) of ${MAIL_IN.length} mail-in and a box of ${STORE_BOX.length} from store ${o.storeId}; grading site ${o.siteId}`,
  );

  // One unit is a mail-in trade-in or a whole store box.
  const units: Tracked[][] = [];
  for (const t of tracked) {
    if (t.scenario.kind === 'mail-in') units.push([t]);
    else if (units.at(-1)?.[0]?.scenario.kind === 'store' && units.at(-1)!.length < STORE_BOX.length) units.at(-1)!.push(t);
    else units.push([t]);
  }
  await pool(units, o.concurrency ?? 4, async (unit) => {
    try {
      if (unit[0]!.scenario.kind === 'mail-in') await driveMailIn(actors, unit[0]!, unit[0]!.scenario as MailInScenario);
      else await driveStoreBox(actors, unit);
    } catch (err) {
      for (const t of unit) {
        t.error = err instanceof Error ? err.message : String(err);
        log(`[demo] ${tag(t)} FAILED: ${t.error.split('\n')[0]}`);
      }
    }
  });

  // Everything that needs no deadline settles first, so moving the clock affects only what waits for one.
  const settle = async (target: (t: Tracked) => string, wait = settleWait) => {
    await Promise.all(
      tracked
        .filter((t) => t.tradeInId && !t.error)
        .map(async (t) => {
          try {
            const v = await until(
              async () => {
                const x = await f.tradeIn(t.tradeInId!);
                t.state = x.state;
                return x.state === target(t) ? x : undefined;
              },
              `${t.tradeInId} ${target(t)}`,
              wait,
            );
            return v;
          } catch {
            return undefined;
          }
        }),
    );
  };
  log('[demo] waiting for payouts, stock and returns to settle');
  await settle(beforeClock);
  if (o.passDeadlines !== false) await passDeadlines(f, tracked, log);
  await settle(expected, { ...settleWait, timeoutMs: o.deadlineSettleTimeoutMs ?? settleWait.timeoutMs });
  for (const t of tracked) if (t.tradeInId && !t.error) log(`[demo] ${tag(t)} ${t.state === expected(t) ? '' : 'STUCK in '}${t.state}`);

  const summary = await summarize(f, tracked);
  printSummary(summary, log);
  const stuck = tracked.filter((t) => t.error || t.state !== expected(t));
  if (stuck.length) {
    log(`\n[demo] ${stuck.length} trade-in(s) did not reach their expected state:`);
    for (const t of stuck)
      log(`   ${tag(t)} expected ${expected(t)}, ${t.error ? `failed: ${t.error.split('\n')[0]}` : `is ${t.state ?? 'not created'}`}`);
  } else {
    log(`\n[demo] all ${tracked.length} trade-ins reached their expected state`);
  }
  return { tracked, stuck, summary, exitCode: stuck.length || summary.inconsistencies.length ? 1 : 0 };
}

/** Moves every service's clock just past the latest ship-by / answer deadline of the trade-ins waiting for one. */
async function passDeadlines(f: TradeInFlows, tracked: Tracked[], log: (line: string) => void): Promise<void> {
  const waiting = tracked.filter((t) => t.tradeInId && !t.error && beforeClock(t) !== expected(t) && t.state === beforeClock(t));
  if (!waiting.length) return;
  const views = await Promise.all(waiting.map((t) => f.tradeIn(t.tradeInId!) as Promise<TradeInView>));
  const deadlines = views.map((v) => Date.parse((v.state === 'ACCEPTED' ? v.shipBy : v.respondBy) ?? ''));
  const now = Date.parse((await f.client.req<{ now: string }>('quote-service', 'GET', '/v1/ops/clock', 200, { token: f.actors.ops })).now);
  const ms = Math.max(...deadlines.filter((d) => !Number.isNaN(d))) - now + 60_000;
  if (!(ms > 0)) return;
  log(
    `[demo] ${waiting.length} trade-in(s) wait for a deadline: moving every service's clock ${(ms / 86_400_000).toFixed(1)} days forward`,
  );
  await f.client.advanceClock(f.actors.ops, ms);
}
