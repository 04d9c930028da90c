import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, release, totalmem, type } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { signStaffToken } from '@tradein/auth';
import { createKafka } from '@tradein/messaging';
import { SERVICE_NAMES, type Service, TradeInFlows, type TradeInView, until } from '../platform-client';
import { seedDemo } from '../start/seed';
import { type Tracked } from '../demo/tracked';
import { type TradeInFacts, checkCustody, checkLedger, checkStock, checkTradeIn, deadLetters, factsOf, pool } from './checks';
import { compileServices } from './build';
import { Cluster } from './cluster';
import { type Fault, FaultInjector, nextFault, schedule, seeded } from './faults';
import { ChaosInfra } from './infra';
import { Databases, LagReader, Monitor } from './monitor';
import { replayEverything } from './replay';
import { type RunResult, type Verdict, renderReport } from './report';
import { ResilientClient } from './resilient-client';
import { settle } from './settle';
import { apiStats, inWindows, normalBacklog, recoveredAt } from './stats';
import { ROUND_SIZE, plan, runTraffic } from './traffic';

const ROOT = resolve(__dirname, '../..');
const SECRET = 'chaos-run-secret-chaos-run-secret-0123456789';
const AUTH = { jwtSecret: SECRET, issuer: 'tradein-platform', audience: 'tradein-api' };
const NAMESPACE = 'chaos';
const SITE = 'SITE-1';
const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);

function options() {
  const { values } = parseArgs({
    options: {
      'trade-ins': { type: 'string', default: '300' },
      replicas: { type: 'string', default: '2' },
      concurrency: { type: 'string', default: '8' },
      'kills-per-replica': { type: 'string', default: '3' },
      seed: { type: 'string', default: String(Date.now() % 100_000) },
      'time-limit-min': { type: 'string', default: '40' },
      'results-dir': { type: 'string', default: join(ROOT, 'docs/reliability') },
      report: { type: 'string', default: join(ROOT, 'docs/reliability.md') },
      'state-dir': { type: 'string', default: join(ROOT, '.infra/chaos') },
      'base-port': { type: 'string', default: '4600' },
      'pg-port': { type: 'string', default: '56432' },
      'kafka-port': { type: 'string', default: '29092' },
      'no-replay': { type: 'boolean', default: false },
      // Calm traffic before the first fault (the baseline); default: 0.1 s per trade-in, 15 to 45 s.
      'warmup-s': { type: 'string' },
      // The longest pause between two faults (the faults are otherwise spread over the traffic's expected length).
      'max-fault-gap-s': { type: 'string', default: '90' },
      // Start no new trade-in once every fault has been injected (the CI tier: the traffic lasts as long as the faults).
      'traffic-ends-with-faults': { type: 'boolean', default: false },
      // The services run from this tree (default: this checkout), compiled once at the start of the run.
      'app-root': { type: 'string', default: ROOT },
      // Run the TypeScript sources through SWC at every start instead (slower restarts; sees edits made during the run).
      'from-source': { type: 'boolean', default: false },
    },
  });
  const int = (k: keyof typeof values, min: number, max: number) => {
    const n = Number(values[k]);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${k} must be an integer from ${min} to ${max}`);
    return n;
  };
  const minutes = (v: string) => {
    const n = Number(v);
    if (!(n >= 1 && n <= 600)) throw new Error('--time-limit-min must be a number of minutes from 1 to 600');
    return n;
  };
  return {
    tradeIns: int('trade-ins', 13, 999_999),
    replicas: int('replicas', 1, 5),
    concurrency: int('concurrency', 1, 200),
    killsPerReplica: int('kills-per-replica', 1, 10),
    seed: int('seed', 0, 2 ** 31),
    timeLimitMs: minutes(String(values['time-limit-min'])) * 60_000,
    resultsDir: String(values['results-dir']),
    report: String(values.report),
    stateDir: String(values['state-dir']),
    basePort: int('base-port', 1024, 65_000),
    pgPort: int('pg-port', 1024, 65_535),
    kafkaPort: int('kafka-port', 1024, 65_000),
    replay: !values['no-replay'],
    warmupMs: values['warmup-s'] === undefined ? undefined : int('warmup-s', 1, 600) * 1000,
    maxFaultGapMs: int('max-fault-gap-s', 1, 600) * 1000,
    trafficEndsWithFaults: values['traffic-ends-with-faults'],
    appRoot: resolve(String(values['app-root'])),
    fromSource: values['from-source'],
  };
}

async function main(): Promise<number> {
  const o = options();
  const began = Date.now();
  const phases: Record<string, number> = {};
  const phase = async <T>(name: string, body: () => Promise<T>): Promise<T> => {
    const t = Date.now();
    log(`[chaos] == ${name}`);
    try {
      return await body();
    } finally {
      phases[name] = Date.now() - t;
    }
  };
  const left = () => o.timeLimitMs - (Date.now() - began);
  const infra = new ChaosInfra(ROOT, o.stateDir, { pg: o.pgPort, kafka: o.kafkaPort, kafkaController: o.kafkaPort + 1 }, NAMESPACE);
  const serviceEnv = (s: Service): Record<string, string> => ({
    [`${s.replace(/-service$/, '').toUpperCase()}_DATABASE_URL`]: infra.dbUrl(s),
    ...(s === 'intake-service' ? { INTAKE_LABEL_WORKER_INTERVAL_MS: '500' } : {}),
    // Provider answers lost for a while must be reconciled within the run: a short lease on submitted attempts.
    ...(s === 'payout-service'
      ? { PAYOUT_WORKER_INTERVAL_MS: '500', PAYOUT_RECONCILE_AFTER_MS: '10000', SANDBOX_TIMEOUT_RATE: '0', SANDBOX_FAILURE_RATE: '0' }
      : {}),
  });
  const compiled = o.fromSource ? undefined : join(o.stateDir, 'build');
  const cluster = new Cluster({
    root: o.appRoot,
    compiled,
    logDir: join(o.stateDir, 'logs'),
    replicas: o.replicas,
    basePort: o.basePort,
    serviceEnv,
    env: {
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      AUTH_JWT_SECRET: SECRET,
      CLOCK_CONTROL: 'enabled',
      DEADLINE_POLL_MS: '2000',
      KAFKA_BROKERS: infra.brokers.join(','),
      KAFKA_TOPIC_NAMESPACE: NAMESPACE,
      PARTNER_RATE_LIMIT_PER_MINUTE: '100000',
      RATE_LIMIT_PER_MINUTE: '100000',
      SHUTDOWN_GRACE_MS: '10000',
    },
  });
  // Whatever happens, no process of this run outlives it.
  process.once('exit', () => {
    for (const r of cluster.replicas) if (cluster.alive(r)) r.child!.kill('SIGKILL');
  });
  // 'exit' does not run when a signal ends the process: turn Ctrl-C and SIGTERM into an exit.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
  const watchdog = setTimeout(() => {
    log(`[chaos] time limit of ${o.timeLimitMs / 60_000} min reached: stopping`);
    for (const r of cluster.replicas) if (cluster.alive(r)) r.child!.kill('SIGKILL');
    spawnSync('bash', [join(ROOT, 'scripts/chaos/infra.sh'), 'destroy'], {
      env: {
        ...process.env,
        TRADEIN_STATE_DIR: o.stateDir,
        PG_PORT: String(o.pgPort),
        KAFKA_PORT: String(o.kafkaPort),
        KAFKA_CONTROLLER_PORT: String(o.kafkaPort + 1),
      },
      stdio: 'inherit',
    });
    process.exit(3);
  }, o.timeLimitMs);
  watchdog.unref();

  let advancedMs = 0;
  const restartEnv = () => ({ CLOCK_OFFSET_MS: String(advancedMs) });
  const client = new ResilientClient(cluster, { budgetMs: 180_000, requestTimeoutMs: 15_000 });
  const violations: string[] = [];
  const verdicts: Verdict[] = [];
  let dbs: Databases | undefined;
  let lag: LagReader | undefined;
  try {
    await infra.run('down').catch(() => undefined);
    // As root in a checkout the postgres user cannot reach, the data lives in /var/tmp behind a link (scripts/infra/postgres.sh):
    // removing the link alone would hand the next run the last run's databases.
    const pgData = join(o.stateDir, 'pg');
    if (existsSync(pgData) && realpathSync(pgData) !== resolve(pgData)) rmSync(realpathSync(pgData), { recursive: true, force: true });
    rmSync(o.stateDir, { recursive: true, force: true });
    mkdirSync(o.stateDir, { recursive: true });
    // The services compile while the broker's JVM starts.
    await Promise.all([
      phase('infrastructure', async () => log((await infra.run('up')).trim().split('\n').slice(-3).join(' / '))),
      compiled &&
        phase('build', async () => {
          const b = await compileServices(o.appRoot, compiled);
          log(`[chaos] services compiled: ${b.files} files in ${b.ms} ms`);
        }),
    ]);
    await phase('boot', async () => {
      // The first replica of each service migrates its database; the others start on a migrated one.
      await Promise.all(SERVICE_NAMES.map((s) => cluster.start(cluster.of(s)[0]!)));
      await Promise.all(cluster.replicas.filter((x) => x.index > 0).map((r) => cluster.start(r)));
    });
    const sign = (claims: Parameters<typeof signStaffToken>[0]) => signStaffToken(claims, AUTH, 12 * 3600);
    const seeded_ = await seedDemo({ client, sign, siteId: SITE });
    const f = new TradeInFlows(
      client,
      { ops: seeded_.tokens.ops, grader: seeded_.tokens.grader, apiKey: seeded_.apiKey },
      { timeoutMs: 240_000, intervalMs: 500 },
    );
    const kafka = createKafka('chaos-run', infra.brokers);
    dbs = new Databases((s) => infra.dbUrl(s));
    // The run crashes PostgreSQL: a server acknowledging commits before their WAL is written would lose applied
    // events whose offsets were already committed (a loss the platform is not answerable for). Refuse it.
    const [durability] = await dbs.rows<{ synchronous_commit: string }>('quote-service', 'SHOW synchronous_commit');
    if (durability?.synchronous_commit !== 'on') {
      throw new Error(
        `the run's PostgreSQL has synchronous_commit=${durability?.synchronous_commit}: a crash would lose acknowledged commits`,
      );
    }
    lag = new LagReader(kafka, NAMESPACE);
    await lag.discover();
    const monitor = new Monitor(lag, dbs);
    monitor.start();

    const units = plan(o.tradeIns);
    // The trade-ins driven: the plan, or the part of it started before the traffic had to stop (set after the traffic).
    let tracked: Tracked[] = units.flat();
    const random = seeded(o.seed);
    const faults = schedule(cluster, { killsPerReplica: o.killsPerReplica, stallMs: 40_000, timeoutWindowMs: 60_000 }, random);
    const injector = new FaultInjector(
      cluster,
      infra,
      { killsPerReplica: o.killsPerReplica, stallMs: 40_000, timeoutWindowMs: 60_000 },
      random,
      () => advancedMs,
      log,
    );
    const runId = `chaos${o.seed}`;
    const repeated: string[] = [];
    const driver = {
      f,
      store: { storeId: seeded_.storeId, token: seeded_.tokens.storeStaff },
      siteId: SITE,
      runId,
      note: (t: Tracked, what: string) => {
        repeated.push(`#${t.no} ${what}`);
      },
    };

    let trafficDone = false;
    let faultsDone = false;
    let trafficEnded = 0;
    // Bounded whatever --trade-ins asks: no trade-in starts after this moment, so the checks and the replay keep
    // their share of the time limit (a run asked for more than fits reports how many it drove).
    const reserveMs = Math.min(12 * 60_000, Math.max(90_000, o.timeLimitMs * 0.3));
    const trafficDeadline = began + o.timeLimitMs - reserveMs;
    // At least one round of the demo's mix, so every scenario is driven even when the traffic ends with the faults.
    const oneRound = Math.min(o.tradeIns, ROUND_SIZE);
    const stopTraffic = (startedTradeIns: number) =>
      Date.now() > trafficDeadline || (o.trafficEndsWithFaults && faultsDone && startedTradeIns >= oneRound);
    const traffic = phase('traffic', async () => {
      const r = await runTraffic(driver, units, o.concurrency, log, stopTraffic);
      trafficDone = true;
      trafficEnded = r.endedAt;
      return r;
    });
    // Faults start after a calm warm-up (the baseline) and are spread over the traffic's expected length.
    const faultLoop = (async () => {
      await sleep(o.warmupMs ?? Math.min(45_000, Math.max(15_000, o.tradeIns * 100)));
      // A fault is repaired in the background (a killed replica rejoining its consumer group waits out the dead
      // member's 30 s session, a stall lasts 40 s) while the next faults go on, unless they depend on it (nextFault).
      const repairing = new Map<Fault, Promise<void>>();
      let blockedMs = 0;
      const remaining = [...faults];
      for (let i = 0; remaining.length; i++) {
        const drivenUnits = units.filter((u) => u.every((t) => t.tradeInId || t.error)).length;
        const elapsed = Date.now() - began - (phases['infrastructure'] ?? 0) - (phases['boot'] ?? 0);
        const byPace = ((units.length - drivenUnits) / Math.max(1, drivenUnits)) * elapsed;
        const remainingMs = trafficDone ? 0 : Math.max(0, Math.min(byPace, trafficDeadline - Date.now()));
        // The faults themselves take time (waiting for the repairs they depend on): only the rest is spread as gaps.
        const perFault = i ? blockedMs / i : 10_000;
        const spare = remainingMs - perFault * remaining.length;
        const gap = Math.min(o.maxFaultGapMs, Math.max(1000, (spare / (remaining.length + 1)) * (0.5 + random())));
        await sleep(gap);
        const t = Date.now();
        let fault: Fault | undefined;
        while (!(fault = nextFault(remaining, [...repairing.keys()]))) await Promise.race(repairing.values());
        remaining.splice(remaining.indexOf(fault), 1);
        const f = fault;
        // The damage is done before the next fault is considered; the repair goes on. A fault that could not be
        // repaired is recorded on it (f.error) and fails the run's verdicts.
        await new Promise<void>((injected) => {
          const repair = injector.inject(f, injected).catch(() => undefined);
          repairing.set(f, repair);
          void repair.then(() => repairing.delete(f));
        });
        blockedMs += Date.now() - t;
      }
      await Promise.all(repairing.values());
      faultsDone = true;
      log(`[chaos] all ${faults.length} faults injected and repaired`);
    })();
    const [trafficResult] = await Promise.all([traffic, faultLoop]);
    tracked = trafficResult.started.flat();
    log(
      `[chaos] traffic done: ${tracked.filter((t) => !t.error).length}/${tracked.length} driven without giving up; ${repeated.length} step(s) repeated`,
    );

    const settleBudget = () => Math.max(60_000, Math.min(20 * 60_000, left() - 5 * 60_000));
    await phase('settle after traffic', () => settle(dbs!, lag!, client, f.actors.ops, settleBudget()));

    await phase('deadlines (clock moved) and final states', async () => {
      // The trade-ins waiting for a deadline (never shipped, silent on a revised offer) are ended by moving every replica's clock.
      const waiting = await Promise.all(
        tracked
          .filter((t) => t.tradeInId && !t.error && t.scenario.kind === 'mail-in' && t.scenario.beforeClock)
          .map((t) => f.tradeIn(t.tradeInId!)),
      );
      const deadlines = waiting
        .map((v: TradeInView) => Date.parse((v.state === 'ACCEPTED' ? v.shipBy : v.respondBy) ?? ''))
        .filter((d) => !Number.isNaN(d));
      if (deadlines.length) {
        const now = Date.parse(
          (await client.req<{ now: string }>('quote-service', 'GET', '/v1/ops/clock', 200, { token: f.actors.ops })).now,
        );
        const ms = Math.max(...deadlines) - now + 60_000;
        if (ms > 0) {
          for (const r of cluster.replicas) {
            const res = await fetch(`${cluster.url(r)}/v1/ops/clock/advance`, {
              method: 'POST',
              headers: { authorization: `Bearer ${f.actors.ops}`, 'content-type': 'application/json' },
              body: JSON.stringify({ ms }),
            });
            if (res.status !== 200) throw new Error(`${r.name} refused to move its clock: ${res.status}`);
          }
          advancedMs += ms;
          log(`[chaos] every replica's clock moved ${(ms / 86_400_000).toFixed(1)} days forward`);
        }
      }
      await pool(
        tracked.filter((t) => t.tradeInId && !t.error),
        16,
        async (t) => {
          await until(async () => (await f.tradeIn(t.tradeInId!)).state === t.scenario.expect, `${t.tradeInId} ${t.scenario.expect}`, {
            timeoutMs: Math.max(30_000, Math.min(300_000, left() - 4 * 60_000)),
            intervalMs: 500,
          }).catch(() => undefined);
        },
      );
      await settle(dbs!, lag!, client, f.actors.ops, settleBudget());
    });
    await monitor.stop();

    const facts = new Map<string, TradeInFacts>();
    const checked = await phase('checks', async () => {
      await pool(
        tracked.filter((t) => t.tradeInId),
        16,
        async (t) => {
          facts.set(t.tradeInId!, await factsOf(f, t.tradeInId!));
        },
      );
      const perTradeIn: string[] = [];
      for (const t of tracked) {
        if (t.error) perTradeIn.push(`#${t.no} ${t.tradeInId ?? '(no trade-in)'} (${t.scenario.name}): the driver gave up: ${t.error}`);
        const x = t.tradeInId ? facts.get(t.tradeInId) : undefined;
        if (x) perTradeIn.push(...checkTradeIn(t, x));
      }
      const custody = checkCustody(tracked, facts);
      const completed = new Set([...facts.values()].filter((x) => x.view.state === 'COMPLETED').map((x) => x.view.id));
      const stock = await checkStock(f, completed);
      const ledger = await checkLedger(f, dbs!);
      const dlt = await deadLetters(kafka, NAMESPACE);
      return { perTradeIn, custody, stock, ledger, dlt };
    });
    const lost = tracked.filter((t) => !t.tradeInId || !facts.has(t.tradeInId)).length;
    const stuck = tracked.filter((t) => t.tradeInId && facts.get(t.tradeInId)?.view.state !== t.scenario.expect).length;
    verdicts.push({ name: '0 lost (every trade-in exists)', ok: lost === 0, detail: `${lost} lost` });
    verdicts.push({
      name: "0 stuck (every trade-in in its scenario's end state)",
      ok: stuck === 0,
      detail: `${stuck} not in their expected state`,
    });
    verdicts.push({
      name: 'each trade-in: one payout, one provider payment, timeline applied once',
      ok: checked.perTradeIn.length === 0,
      detail: `${checked.perTradeIn.length} finding(s)`,
    });
    verdicts.push({
      name: "ledger zero per currency, equal to the provider's payments",
      ok: checked.ledger.violations.length === 0,
      detail: checked.ledger.violations.join('; ') || 'balanced',
    });
    verdicts.push({
      name: 'stock holds exactly the completed (graded, paid) devices',
      ok: checked.stock.length === 0,
      detail: `${checked.stock.length} finding(s)`,
    });
    verdicts.push({
      name: 'custody chains complete (one chain per scenario)',
      ok: checked.custody.violations.length === 0,
      detail: `${checked.custody.violations.length} finding(s)`,
    });
    verdicts.push({ name: 'dead letters (expected none)', ok: checked.dlt.length === 0, detail: `${checked.dlt.length} dead letter(s)` });
    const timeoutFault = faults.find((x) => x.kind === 'payout-timeout');
    verdicts.push({ name: 'provider timeout after the payment settled exercised', ok: true, detail: timeoutFault?.detail ?? 'not run' });
    const repairFailures = faults.filter((x) => x.error);
    verdicts.push({
      name: 'every fault injected and repaired',
      ok: repairFailures.length === 0,
      detail: `${faults.length} faults, ${repairFailures.length} not repaired`,
    });
    violations.push(
      ...checked.perTradeIn,
      ...checked.custody.violations,
      ...checked.stock,
      ...checked.ledger.violations,
      ...checked.dlt.map((d) => `dead letter on ${d.topic} (${d.reason}): ${d.error}`),
      ...repairFailures.map((x) => `fault ${x.kind} ${x.target}: ${x.error}`),
    );

    let replay: RunResult['replay'] = null;
    if (o.replay) {
      const r = await phase('replay of every topic', () =>
        replayEverything(kafka, lag!, cluster, restartEnv, Math.max(60_000, left() - 3 * 60_000)),
      );
      const again = new Map<string, TradeInFacts>();
      await pool([...facts.keys()], 16, async (id) => {
        again.set(id, await factsOf(f, id));
      });
      const changed = [...facts.keys()].filter((id) => JSON.stringify(facts.get(id)) !== JSON.stringify(again.get(id)));
      const ledgerAfter = await checkLedger(f, dbs);
      const stockAfter = await checkStock(
        f,
        new Set([...again.values()].filter((x) => x.view.state === 'COMPLETED').map((x) => x.view.id)),
      );
      const replayViolations = [
        ...r.violations,
        ...changed.map((id) => `replay changed trade-in ${id}`),
        ...(JSON.stringify(ledgerAfter.figures) !== JSON.stringify(checked.ledger.figures)
          ? ["replay changed the ledger or the provider's book"]
          : []),
        ...stockAfter,
      ];
      verdicts.push({
        name: 'replay of every topic to every group changes nothing',
        ok: replayViolations.length === 0,
        detail: `${Object.values(r.redelivered).reduce((a, b) => a + b, 0)} messages redelivered; ${replayViolations.length} finding(s)`,
      });
      violations.push(...replayViolations);
      replay = { redelivered: r.redelivered, ms: r.ms };
    }

    const firstFault = Math.min(...faults.map((x) => x.injectedAt ?? Infinity));
    const normal = normalBacklog(monitor.samples, firstFault);
    // In the order they happened (a fault waiting for a repair may have been overtaken by the next one).
    const faultRows = [...faults]
      .sort((a, b) => (a.injectedAt ?? Infinity) - (b.injectedAt ?? Infinity))
      .map((x) => {
        const at = recoveredAt(monitor.samples, x, normal);
        return {
          ...x,
          recoveredAt: at,
          recoveryMs: at === undefined ? undefined : at - x.injectedAt!,
          duringTraffic: (x.injectedAt ?? 0) <= trafficEnded,
        };
      });
    const windows = faultRows.map((x) => ({ from: x.injectedAt!, to: x.recoveredAt ?? x.restoredAt ?? x.injectedAt! }));
    const inTraffic = client.exchanges.filter((x) => x.at >= trafficResult.startedAt && x.at <= trafficResult.endedAt);
    const byOutcome: Record<string, number> = {};
    const expectedByOutcome: Record<string, number> = {};
    for (const t of tracked) {
      const st = (t.tradeInId && facts.get(t.tradeInId)?.view.state) || 'NOT CREATED';
      byOutcome[st] = (byOutcome[st] ?? 0) + 1;
      expectedByOutcome[t.scenario.expect] = (expectedByOutcome[t.scenario.expect] ?? 0) + 1;
    }
    const exitCode = violations.length || verdicts.some((v) => !v.ok) ? 1 : 0;
    const result: RunResult = {
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGb: Math.round(totalmem() / 2 ** 30),
        os: `${type()} ${release()}`,
        node: process.version,
      },
      options: {
        tradeIns: o.tradeIns,
        driven: tracked.length,
        replicas: o.replicas,
        concurrency: o.concurrency,
        seed: o.seed,
        killsPerReplica: o.killsPerReplica,
      },
      phases,
      throughputPerMinute: tracked.length / ((trafficResult.endedAt - trafficResult.startedAt) / 60_000),
      byOutcome,
      expectedByOutcome,
      faults: faultRows,
      normalBacklog: normal,
      api: {
        calm: apiStats(inTraffic.filter((x) => !inWindows(x.at, windows))),
        faults: apiStats(inTraffic.filter((x) => inWindows(x.at, windows))),
      },
      deadLetters: checked.dlt,
      figures: {
        ...checked.ledger.figures,
        'steps repeated by the driver': repeated.length,
        'free memory at the end (GB)': Math.round(freemem() / 2 ** 30),
      },
      custodyChains: checked.custody.chains,
      replay,
      verdicts,
      violations,
      exitCode,
    };
    mkdirSync(o.resultsDir, { recursive: true });
    writeFileSync(join(o.resultsDir, `run-r${o.replicas}.json`), `${JSON.stringify(result, null, 2)}\n`);
    mkdirSync(dirname(o.report), { recursive: true });
    writeFileSync(o.report, renderReport(o.resultsDir));
    for (const v of verdicts) log(`[chaos] ${v.ok ? 'PASS' : 'FAIL'} ${v.name}: ${v.detail}`);
    for (const v of violations.slice(0, 30)) log(`[chaos] !! ${v}`);
    log(
      `[chaos] report: ${o.report} (results: ${join(o.resultsDir, `run-r${o.replicas}.json`)}); ${((Date.now() - began) / 60_000).toFixed(1)} min in all`,
    );
    return exitCode;
  } finally {
    await lag?.close();
    await dbs?.close();
    await cluster.stopAll().catch(() => undefined);
    await infra.run('destroy').catch((err: unknown) => log(`[chaos] infra destroy: ${String(err)}`));
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`[chaos] ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(2);
  },
);
