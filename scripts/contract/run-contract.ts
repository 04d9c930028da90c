import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { type ServiceName, SERVICES, ROOT } from '@tradein/testing';
import { startPlatform } from '../acceptance/platform';

/**
 * The contract tier: the four services as `npm start` runs them (fresh databases, one fresh topic namespace on the
 * PostgreSQL and Kafka already up), then schemathesis against each service's live /docs/openapi.json with every
 * credential kind. Bounded: examples per operation and seconds per run (CONTRACT_MAX_EXAMPLES, CONTRACT_MAX_SECONDS).
 * Fails on any 5xx, any response outside its declared schema or status codes, any wrong content type.
 */
const VERSION = '4.32.5';
const CACHE = process.env['TRADEIN_CACHE_DIR'] ?? join(process.env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'tradein');
const SCHEMATHESIS = join(CACHE, `schemathesis-${VERSION}`, 'bin', 'schemathesis');
const MAX_EXAMPLES = process.env['CONTRACT_MAX_EXAMPLES'] ?? '5';
const MAX_SECONDS = Number(process.env['CONTRACT_MAX_SECONDS'] ?? '10');
const PARALLEL = Number(process.env['CONTRACT_PARALLEL'] ?? '2');
/** The documents' examples are replayed by the acceptance tests; the budget goes to generated cases first. */
const PHASES = process.env['CONTRACT_PHASES'] ?? 'coverage,fuzzing,examples';
/**
 * Every check: no 5xx, the declared content type, the declared schema and only declared status codes (the documents
 * list the 403 of every role-restricted operation and the 404 of every path id); CONTRACT_CHECKS narrows it.
 */
const CHECKS =
  process.env['CONTRACT_CHECKS'] ?? 'not_a_server_error,content_type_conformance,response_schema_conformance,status_code_conformance';
const REPORTS = join(ROOT, '.infra', 'logs', 'contract');
const PARTNER = 'contract-partner';
/** Generous limits: the fuzzer's own traffic must not turn into 429s (which are tested elsewhere). */
const NO_LIMITS = {
  RATE_LIMIT_PER_MINUTE: '100000',
  AUTH_FAILURES_PER_ADDRESS: '100000',
  AUTH_FAILURES_PER_KEY: '100000',
  LOG_LEVEL: 'error',
};

interface RunResult {
  service: ServiceName;
  credential: string;
  exitCode: number | null;
  seconds: number;
  requests: number;
  /** Check failures (the API's fault) by code, e.g. { 'ST101 Server error': 1 }. */
  failures: Record<string, number>;
  /** Errors of the fuzzer itself (e.g. a schema construct it cannot generate from): reported, not failing. */
  toolErrors: number;
}

/** The "Failures:" and "Errors:" summary lines schemathesis prints (`❌ ST101 Server error: 1`, `🚫 Runtime Error: 1`). */
function summarise(out: string): Pick<RunResult, 'failures' | 'toolErrors'> {
  const failures: Record<string, number> = {};
  for (const m of out.matchAll(/❌ (.+): (\d+)\s*$/gm)) failures[m[1]!] = (failures[m[1]!] ?? 0) + Number(m[2]);
  const toolErrors = [...out.matchAll(/🚫 .+: (\d+)\s*$/gm)].reduce((n, m) => n + Number(m[1]), 0);
  return { failures, toolErrors };
}

function runSchemathesis(service: ServiceName, baseUrl: string, credential: string, header: string): Promise<RunResult> {
  const started = Date.now();
  const ndjson = join(REPORTS, `${service}-${credential}.ndjson`);
  const args = [
    'run',
    `${baseUrl}/docs/openapi.json`,
    '--url',
    baseUrl,
    '-H',
    header,
    '--checks',
    CHECKS,
    '--max-examples',
    MAX_EXAMPLES,
    '--max-time',
    String(MAX_SECONDS),
    '--workers',
    '1',
    '--phases',
    PHASES,
    '--request-timeout',
    '10',
    '--seed',
    '14',
    '--no-shrink',
    '--suppress-health-check',
    'all',
    '--report',
    'ndjson',
    '--report-ndjson-path',
    ndjson,
    '--output-truncate',
    'true',
  ];
  return new Promise((resolve) => {
    // cwd in the reports directory: schemathesis keeps its example database (.schemathesis/) there, not in the repository.
    const child = spawn(SCHEMATHESIS, args, {
      cwd: REPORTS,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', SCHEMATHESIS_TELEMETRY: 'false' },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      out += d.toString();
    });
    // Hard stop a little past schemathesis' own budget, so one stuck run cannot eat the tier's.
    const kill = setTimeout(() => child.kill('SIGKILL'), (MAX_SECONDS + 30) * 1000);
    child.on('exit', (code) => {
      clearTimeout(kill);
      writeFileSync(join(REPORTS, `${service}-${credential}.log`), out);
      const summary = summarise(out);
      const failed = Object.keys(summary.failures).length > 0 || code === null;
      if (failed) process.stdout.write(`\n===== ${service} as ${credential}: FAILED =====\n${out.slice(-6000)}\n`);
      resolve({
        service,
        credential,
        exitCode: code,
        seconds: Math.round((Date.now() - started) / 1000),
        requests: countRequests(ndjson),
        ...summary,
      });
    });
  });
}

/** Requests the run sent, from its event stream (one ScenarioFinished per test case, each with its interactions). */
function countRequests(ndjson: string): number {
  try {
    return (readFileSync(ndjson, 'utf8').match(/"request":\s*\{/g) ?? []).length;
  } catch {
    return 0;
  }
}

async function main(): Promise<void> {
  mkdirSync(REPORTS, { recursive: true });
  const platform = await startPlatform(
    Object.fromEntries(
      SERVICES.map((s) => [s, s === 'quote-service' ? { ...NO_LIMITS, PARTNER_RATE_LIMIT_PER_MINUTE: '100000' } : NO_LIMITS]),
    ),
  );
  const results: RunResult[] = [];
  try {
    const ops = platform.token({ sub: 'contract-ops', role: 'ops' });
    const created = await platform.call('quote-service', 'POST', '/v1/partners', {
      token: ops,
      body: { id: PARTNER, name: 'Contract partner' },
    });
    if (created.status !== 201) throw new Error(`partner: ${created.status} ${JSON.stringify(created.body)}`);
    const key = await platform.call<{ apiKey: string }>('quote-service', 'POST', `/v1/partners/${PARTNER}/api-keys`, {
      token: ops,
      body: {},
    });
    if (key.status !== 201) throw new Error(`api key: ${key.status} ${JSON.stringify(key.body)}`);
    const credentials: Record<string, string> = {
      'api-key': `X-Api-Key: ${key.body.apiKey}`,
      ops: `Authorization: Bearer ${ops}`,
      store_staff: `Authorization: Bearer ${platform.token({ sub: 'contract-clerk', role: 'store_staff', storeId: 'STORE-C1', partnerId: PARTNER })}`,
      grader: `Authorization: Bearer ${platform.token({ sub: 'contract-grader', role: 'grader', siteId: 'SITE-1' })}`,
    };
    // Two runs at a time (one worker each): the two cores stay busy without starving the four services.
    const queue = SERVICES.flatMap((service) =>
      Object.entries(credentials).map(([credential, header]) => ({ service, credential, header })),
    );
    const worker = async (): Promise<void> => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const r = await runSchemathesis(job.service, platform.url(job.service), job.credential, job.header);
        results.push(r);
        const failed = Object.keys(r.failures).length > 0 || r.exitCode === null;
        console.log(
          `${r.service} as ${r.credential}: ${failed ? 'FAILED' : 'ok'} (${r.requests} requests, ${r.seconds} s${r.toolErrors ? `, ${r.toolErrors} fuzzer error(s)` : ''})`,
        );
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
  } finally {
    await platform.close();
  }
  writeFileSync(
    join(REPORTS, 'summary.json'),
    `${JSON.stringify({ checks: CHECKS.split(','), maxExamples: Number(MAX_EXAMPLES), results }, null, 2)}\n`,
  );
  const failed = results.filter((r) => Object.keys(r.failures).length > 0 || r.exitCode === null);
  console.log(`contract: ${results.reduce((n, r) => n + r.requests, 0)} requests, ${failed.length} failed run(s); reports in ${REPORTS}`);
  if (failed.length) process.exit(1);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
