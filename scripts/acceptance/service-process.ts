import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '../..');
export const SERVICES = ['quote-service', 'intake-service', 'grading-service', 'payout-service'] as const;
export type ServiceName = (typeof SERVICES)[number];

export interface RunningService {
  name: ServiceName;
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts a service as its own process, exactly as `npm start` does. */
export function spawnService(name: ServiceName, env: Record<string, string | undefined>): RunningService {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, `apps/${name}/src/main.ts`)], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'], HOME: process.env['HOME'], SWC_NODE_PROJECT: join(ROOT, 'tsconfig.json'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { out += d.toString(); });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { name, child, output: () => out, exited };
}
