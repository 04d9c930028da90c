import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * A copy of `spawnService` from scripts/acceptance/service-process.ts (keep them in step): `scripts` is a
 * type:app project, and the module-boundary rule (eslint.config.mjs) forbids importing an app from `bench`.
 * Starts a service as its own process, exactly as `npm start` does.
 */
export const ROOT = join(__dirname, '../..');

export interface RunningService {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

export function spawnService(name: string, env: Record<string, string | undefined>): RunningService {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, `apps/${name}/src/main.ts`)], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'], HOME: process.env['HOME'], SWC_NODE_PROJECT: join(ROOT, 'tsconfig.json'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { out += d.toString(); });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}
