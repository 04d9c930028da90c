import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const ENV = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };

/** Lints a would-be file's text at a path inside the workspace with the real config (eslint CLI, stdin). */
function boundaryErrors(path: string, code: string): string[] {
  const res = spawnSync(join(ROOT, 'node_modules/.bin/eslint'), ['--stdin', '--stdin-filename', join(ROOT, path), '--format', 'json'], {
    cwd: ROOT,
    env: ENV,
    input: code,
    encoding: 'utf8',
  });
  const [report] = JSON.parse(res.stdout) as Array<{ messages: Array<{ ruleId: string | null; message: string }> }>;
  return (report?.messages ?? []).filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

/**
 * The architecture's guard rails are real: these imports must be refused by lint (and so by npm test).
 * The boundary rule reads Nx's cached project graph, so an nx command computes it first.
 */
describe('Nx module boundaries', () => {
  beforeAll(() => {
    execFileSync(join(ROOT, 'node_modules/.bin/nx'), ['show', 'projects'], { cwd: ROOT, env: ENV, stdio: 'ignore' });
  }, 120_000);

  it('refuses an app importing another app', () => {
    const errors = boundaryErrors(
      'apps/quote-service/src/boundary-probe.ts',
      "import { appModule } from '../../grading-service/src/app.module';\nexport const probe = appModule;\n",
    );
    expect(errors.join('\n')).toMatch(/relative or absolute path|not allowed|cannot be imported/i);
  });

  it('refuses a shared lib depending on a service', () => {
    const errors = boundaryErrors(
      'libs/money/src/boundary-probe.ts',
      "import { appModule } from '../../../apps/payout-service/src/app.module';\nexport const probe = appModule;\n",
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it('allows a service to use shared libs through their aliases', () => {
    const errors = boundaryErrors(
      'apps/payout-service/src/boundary-probe.ts',
      "import { money } from '@tradein/money';\nexport const probe = money(1, 'EUR');\n",
    );
    expect(errors).toEqual([]);
  });
});
