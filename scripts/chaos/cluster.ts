import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SERVICE_NAMES, type Service } from '../platform-client';
import { compiledMain } from './build';

/** One process of one service, on a fixed port of the chaos range. */
export interface Replica {
  service: Service;
  index: number;
  port: number;
  /** "quote-service#1": how the report names it. */
  name: string;
  child?: ChildProcess;
  exited?: Promise<void>;
  /** SIGSTOPped: alive but answering nothing. */
  stalled: boolean;
  starts: number;
}

export interface ClusterOptions {
  root: string;
  logDir: string;
  replicas: number;
  basePort: number;
  /** Settings shared by every process (infra, secret, clock control...). */
  env: Record<string, string>;
  /** Settings per service (its database, its workers' pace). */
  serviceEnv: (service: Service) => Record<string, string>;
  /** A folder written by compileServices: replicas run its JavaScript; without it, the sources through SWC as `npm start` does. */
  compiled?: string;
}

/**
 * R processes per service, each running the service's main as `npm start` does (compiled once beforehand, or
 * node + SWC on apps/<service>/src/main.ts), sharing the service's database, consumer group and outbox lanes. Output goes to one log file per replica
 * (appended across restarts) so a long run keeps nothing in memory.
 */
export class Cluster {
  readonly replicas: Replica[] = [];
  private cursor = new Map<Service, number>();

  constructor(private readonly o: ClusterOptions) {
    mkdirSync(o.logDir, { recursive: true });
    SERVICE_NAMES.forEach((service, s) => {
      for (let i = 0; i < o.replicas; i++) {
        this.replicas.push({ service, index: i, port: o.basePort + s * 10 + i, name: `${service}#${i + 1}`, stalled: false, starts: 0 });
      }
    });
  }

  of(service: Service): Replica[] {
    return this.replicas.filter((r) => r.service === service);
  }

  url(r: Replica): string {
    return `http://127.0.0.1:${r.port}`;
  }

  /** Round robin over the service's replicas, like a load balancer without health checks: a dead one costs a retry. */
  next(service: Service): Replica {
    const all = this.of(service);
    const i = (this.cursor.get(service) ?? 0) % all.length;
    this.cursor.set(service, i + 1);
    return all[i]!;
  }

  alive(r: Replica): boolean {
    return !!r.child && r.child.exitCode === null && r.child.signalCode === null;
  }

  logFile(r: Replica): string {
    return join(this.o.logDir, `${r.service}-${r.index + 1}.log`);
  }

  /** Starts the replica and waits until /health/ready answers (database and Kafka reachable). */
  async start(r: Replica, extraEnv: Record<string, string> = {}, timeoutMs = 120_000): Promise<void> {
    if (this.alive(r)) throw new Error(`${r.name} is already running`);
    // Something else answering on the port (a process left by an earlier run) would pass the readiness check for it.
    if (
      await fetch(`${this.url(r)}/health/live`, { signal: AbortSignal.timeout(1000) }).then(
        () => true,
        () => false,
      )
    ) {
      throw new Error(`port ${r.port} for ${r.name} is already in use (a process left by an earlier run?)`);
    }
    mkdirSync(this.o.logDir, { recursive: true });
    const fd = openSync(this.logFile(r), 'a');
    const args = this.o.compiled
      ? [compiledMain(this.o.compiled, r.service)]
      : ['-r', '@swc-node/register', join(this.o.root, `apps/${r.service}/src/main.ts`)];
    const child = spawn(process.execPath, args, {
      cwd: this.o.root,
      env: {
        PATH: process.env['PATH'],
        HOME: process.env['HOME'],
        SWC_NODE_PROJECT: join(this.o.root, 'tsconfig.json'),
        // The compiled folder may lie outside the tree: its requires of packages resolve from the tree's node_modules.
        NODE_PATH: join(this.o.root, 'node_modules'),
        ...this.o.env,
        ...this.o.serviceEnv(r.service),
        PORT: String(r.port),
        ...extraEnv,
      },
      stdio: ['ignore', fd, fd],
    });
    closeSync(fd);
    r.child = child;
    r.stalled = false;
    r.starts++;
    r.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!this.alive(r)) throw new Error(`${r.name} exited during start (log: ${this.logFile(r)})`);
      if (
        await fetch(`${this.url(r)}/health/ready`, { signal: AbortSignal.timeout(2000) }).then(
          (x) => x.ok,
          () => false,
        )
      )
        return;
      if (Date.now() > deadline) throw new Error(`${r.name} not ready after ${timeoutMs / 1000} s (log: ${this.logFile(r)})`);
      await sleep(300);
    }
  }

  /** SIGKILL: no shutdown hook runs, transactions in flight are cut, the consumer leaves its group only by timeout. */
  async kill(r: Replica): Promise<void> {
    if (!this.alive(r)) throw new Error(`${r.name} is not running`);
    if (r.stalled) r.child!.kill('SIGCONT');
    r.child!.kill('SIGKILL');
    await r.exited;
  }

  stall(r: Replica): void {
    r.child!.kill('SIGSTOP');
    r.stalled = true;
  }

  resume(r: Replica): void {
    r.child!.kill('SIGCONT');
    r.stalled = false;
  }

  /** SIGTERM and wait (graceful: the consumer leaves its group at once); SIGKILL after the grace period. */
  async stop(r: Replica, graceMs = 25_000): Promise<void> {
    if (!this.alive(r)) return;
    if (r.stalled) this.resume(r);
    r.child!.kill('SIGTERM');
    const timer = setTimeout(() => r.child?.kill('SIGKILL'), graceMs);
    await r.exited;
    clearTimeout(timer);
  }

  async stopAll(): Promise<void> {
    await Promise.all(this.replicas.map((r) => this.stop(r)));
  }
}
