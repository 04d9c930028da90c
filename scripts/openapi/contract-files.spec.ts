import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contractPaths, ROOT, SERVICES } from './contract-paths';

/** Runs the generator into a scratch tree (a child process: openapi-typescript is ESM-only inside). */
function generateInto(dir: string, only?: string): void {
  execFileSync(process.execPath, ['-r', '@swc-node/register', 'scripts/openapi/generate.ts', '--out', dir, ...(only ? ['--only', only] : [])], {
    cwd: ROOT, stdio: 'pipe', timeout: 170_000,
  });
}

/**
 * The committed OpenAPI documents and the client types generated from them must be what the
 * services' code builds today: a changed controller or DTO without `npm run openapi` fails here.
 */
describe('committed API contract', () => {
  const fresh = mkdtempSync(join(tmpdir(), 'openapi-fresh-'));
  const again = mkdtempSync(join(tmpdir(), 'openapi-again-'));

  beforeAll(() => generateInto(fresh), 180_000);
  afterAll(() => {
    rmSync(fresh, { recursive: true, force: true });
    rmSync(again, { recursive: true, force: true });
  });

  it('is up to date for every service (otherwise run `npm run openapi` and commit the result)', () => {
    const stale = SERVICES.flatMap((service) => Object.values(contractPaths(service))
      .filter((p) => !existsSync(join(ROOT, p)) || readFileSync(join(ROOT, p), 'utf8') !== readFileSync(join(fresh, p), 'utf8'))
      .map((p) => `${service}-service: ${p} is stale; run \`npm run openapi\``));
    expect(stale).toEqual([]);
  });

  it('builds the same bytes twice (stable key order, nothing from the environment)', () => {
    generateInto(again, 'payout');
    for (const p of Object.values(contractPaths('payout'))) {
      expect(readFileSync(join(again, p), 'utf8')).toBe(readFileSync(join(fresh, p), 'utf8'));
    }
  }, 120_000);
});
