import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** docker/entrypoint.sh run by sh against a fake /app (its `cd /app` pointed at a temporary folder). */
const SCRIPT = readFileSync(join(__dirname, '../../docker/entrypoint.sh'), 'utf8');
let dirs: string[] = [];

function image(services: string[]): string {
  const app = mkdtempSync(join(tmpdir(), 'tradein-entry-'));
  dirs.push(app);
  for (const s of services) {
    mkdirSync(join(app, 'apps', s, 'src'), { recursive: true });
    writeFileSync(
      join(app, 'apps', s, 'src', 'main.js'),
      `console.log(JSON.stringify({ main: '${s}', port: process.env.PORT, name: process.env.SERVICE_NAME }))`,
    );
  }
  if (!SCRIPT.includes('cd /app\n')) throw new Error('entrypoint.sh no longer does `cd /app`');
  writeFileSync(join(app, 'entrypoint.sh'), SCRIPT.replace('cd /app\n', `cd '${app}'\n`));
  return app;
}

function run(app: string, env: Record<string, string>, args: string[] = []): { code: number | null; out: string; err: string } {
  const r = spawnSync('sh', [join(app, 'entrypoint.sh'), ...args], { env: { PATH: process.env['PATH'], ...env }, encoding: 'utf8' });
  return { code: r.status, out: r.stdout.trim(), err: r.stderr.trim() };
}

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

describe('docker/entrypoint.sh', () => {
  const all = ['quote-service', 'intake-service', 'grading-service', 'payout-service'];

  it('starts the service SERVICE names, short or full, on its usual port unless PORT or <NAME>_PORT is set', () => {
    const app = image(all);
    expect(JSON.parse(run(app, { SERVICE: 'payout' }).out)).toEqual({ main: 'payout-service', port: '3004', name: 'payout-service' });
    expect(JSON.parse(run(app, { SERVICE: 'quote-service', PORT: '8080' }).out)).toEqual({
      main: 'quote-service',
      port: '8080',
      name: 'quote-service',
    });
    expect(JSON.parse(run(app, { SERVICE: 'intake', INTAKE_PORT: '9000' }).out).port).toBeUndefined();
  });

  it('refuses a missing or unknown service, or one the image does not hold, with exit 64', () => {
    const app = image(all);
    expect(run(app, {})).toMatchObject({ code: 64, err: expect.stringMatching(/set SERVICE/) });
    expect(run(app, { SERVICE: 'billing' })).toMatchObject({ code: 64, err: expect.stringMatching(/unknown SERVICE 'billing'/) });
    expect(run(image(['quote-service']), { SERVICE: 'payout' })).toMatchObject({
      code: 64,
      err: expect.stringMatching(/does not hold payout-service/),
    });
  });

  it('starts the only service of a one-service image without SERVICE', () => {
    expect(JSON.parse(run(image(['grading-service']), {}).out)).toMatchObject({ main: 'grading-service', port: '3003' });
  });

  it('runs a given command instead (the topics job, the migrate step)', () => {
    expect(run(image(all), { SERVICE: 'quote' }, ['node', '-e', 'console.log("topics job")'])).toMatchObject({
      code: 0,
      out: 'topics job',
    });
  });
});
