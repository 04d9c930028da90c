import { spawnSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The local-infrastructure scripts as a newcomer meets them: a port held by something else (another
 * checkout's PostgreSQL or Kafka) is named with its process and the settings that avoid it, and a run
 * stops only the infrastructure it started itself. Each case has its own state dir and ports.
 */
const INFRA = join(__dirname);
let state: string;

beforeEach(() => {
  state = mkdtempSync(join(tmpdir(), 'tradein-infra-'));
});
afterEach(() => {
  // As root, postgres.sh keeps the data of a checkout the postgres user cannot reach under /var/tmp (linked from pg).
  const pg = join(state, 'pg');
  if (lstatSync(pg, { throwIfNoEntry: false })?.isSymbolicLink()) rmSync(readlinkSync(pg), { recursive: true, force: true });
  rmSync(state, { recursive: true, force: true });
});

function listen(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') throw new Error('no TCP address');
      resolve({ server, port: address.port });
    });
  });
}

async function freePort(): Promise<number> {
  const { server, port } = await listen();
  await new Promise((r) => server.close(r));
  return port;
}

function run(script: string, env: Record<string, string>) {
  // Without DATABASE_URL/KAFKA_BROKERS/S3_ENDPOINT, which would make the scripts do nothing.
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !['DATABASE_URL', 'KAFKA_BROKERS', 'S3_ENDPOINT'].includes(k)),
  );
  const r = spawnSync('bash', ['-c', script], { env: { ...base, TRADEIN_STATE_DIR: state, ...env }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

it('status names the process holding the PostgreSQL port and the settings that avoid it', async () => {
  const { server, port } = await listen();
  try {
    const r = run(`bash ${INFRA}/postgres.sh status`, { PG_PORT: String(port) });
    expect(r.code).toBe(3);
    expect(r.out).toContain(`not running from this checkout`);
    expect(r.out).toContain(`port ${port} is held by pid ${process.pid}`);
    expect(r.out).toMatch(/PG_PORT=\d+ KAFKA_PORT=\d+ KAFKA_CONTROLLER_PORT=\d+ S3_PORT=\d+ npm start/);
  } finally {
    server.close();
  }
});

it('Kafka refuses to start on a taken controller port, naming its holder, before any Java runs', async () => {
  const { server, port } = await listen();
  try {
    const r = run(`bash ${INFRA}/kafka.sh up`, { KAFKA_PORT: String(await freePort()), KAFKA_CONTROLLER_PORT: String(port) });
    expect(r.code).toBe(1);
    expect(r.out).toContain(`port ${port} (KAFKA_CONTROLLER_PORT) is held by pid ${process.pid}`);
    expect(r.out).not.toMatch(/Exception|kafka\.Kafka/);
  } finally {
    server.close();
  }
});

it('a run stops the PostgreSQL it started and leaves one that already ran', async () => {
  const env = { PG_PORT: String(await freePort()), KAFKA_PORT: String(await freePort()), S3_PORT: String(await freePort()) };
  const session = `source ${INFRA}/owned.sh; infra_note_running; bash ${INFRA}/postgres.sh up >/dev/null; infra_stop_started; bash ${INFRA}/postgres.sh status`;
  try {
    const started = run(session, env);
    expect(started.out).toContain('[postgres] stopped');
    expect(started.code).toBe(3);

    expect(run(`bash ${INFRA}/postgres.sh up`, env).code).toBe(0);
    const reused = run(session, env);
    expect(reused.out).toContain('postgres already ran before this run: left running');
    expect(reused.code).toBe(0);
  } finally {
    run(`bash ${INFRA}/postgres.sh down`, env);
  }
});
