import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The workspace root (this file sits in libs/testing/src). */
export const ROOT = join(__dirname, '../../..');
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
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { name, child, output: () => out, exited };
}

/** A TCP port free on loopback right now (for a service process to listen on). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Waits until the process answers /health/ready on its port; fails with its log tail if it exits or stalls. */
export async function waitUntilReady(svc: RunningService, port: number, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (svc.child.exitCode !== null) throw new Error(`${svc.name} exited during start:\n${svc.output().slice(-3000)}`);
    if (
      await fetch(`http://127.0.0.1:${port}/health/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    if (Date.now() > deadline) throw new Error(`${svc.name} not ready in ${timeoutMs / 1000} s:\n${svc.output().slice(-3000)}`);
    await sleep(250);
  }
}
