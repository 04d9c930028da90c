import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Cluster, type Replica } from './cluster';
import { type ChaosInfra } from './infra';

export type FaultKind = 'kill' | 'kafka-kill' | 'postgres-restart' | 'stall' | 'payout-timeout';

export interface Fault {
  kind: FaultKind;
  target: string;
  /** When the fault was injected and when the platform was whole again (process restarted, broker up...). */
  injectedAt?: number;
  restoredAt?: number;
  /** When lag and outbox backlog were back to normal (filled in by the report). */
  recoveredAt?: number;
  detail?: string;
  error?: string;
}

/** A small seeded generator (mulberry32): the same --seed gives the same schedule. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FaultSettings {
  killsPerReplica: number;
  /** Past the consumers' session timeout (30 s), so the group evicts the stalled member. */
  stallMs: number;
  /** At most how long one payout replica's provider answers time out (after the payment settled). */
  timeoutWindowMs: number;
}

/**
 * Every fault once (kills: killsPerReplica per replica), in a random order; the broker, database, stall and
 * provider-timeout faults fall in the first 60 % of the schedule, so they hit the platform under traffic.
 */
export function schedule(cluster: Cluster, s: FaultSettings, random: () => number): Fault[] {
  const faults: Fault[] = [];
  for (const r of cluster.replicas) for (let k = 0; k < s.killsPerReplica; k++) faults.push({ kind: 'kill', target: r.name });
  for (let i = faults.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [faults[i], faults[j]] = [faults[j]!, faults[i]!];
  }
  // The stall falls on another replica than the provider timeouts: two long faults on one replica would only wait for each other.
  const timeoutTarget = cluster.of('payout-service')[0]!.name;
  const stallable = cluster.replicas.filter((r) => r.name !== timeoutTarget);
  const special: Fault[] = [
    { kind: 'kafka-kill', target: 'kafka' },
    { kind: 'postgres-restart', target: 'postgresql' },
    { kind: 'stall', target: stallable[Math.floor(random() * stallable.length)]!.name },
    { kind: 'payout-timeout', target: timeoutTarget },
  ];
  for (const f of special) faults.splice(Math.floor(random() * Math.ceil((faults.length + 1) * 0.6)), 0, f);
  return faults;
}

/** A broker or database fault: every replica needs both, so it is alone in flight (see nextFault). */
export const platformWide = (f: Fault): boolean => f.kind === 'kafka-kill' || f.kind === 'postgres-restart';

/**
 * Which fault to inject next while others are still being repaired: the first in the seeded order that depends on
 * no repair in progress (one on the same replica; any, for a broker or database fault, and a broker or database
 * repair blocks everything). A broker or database fault is never overtaken, so it still falls early in the run.
 * undefined: wait for a repair to end.
 */
export function nextFault(remaining: Fault[], inProgress: Fault[]): Fault | undefined {
  const blocked = (x: Fault) => inProgress.some((y) => y.target === x.target || platformWide(x) || platformWide(y));
  const upTo = remaining.findIndex(platformWide);
  return remaining.slice(0, upTo < 0 ? undefined : upTo + 1).find((x) => !blocked(x));
}

const UNKNOWN_OUTCOME = /payout attempt outcome unknown/g;

/** Injects faults and repairs them; every wait is bounded. */
export class FaultInjector {
  constructor(
    private readonly cluster: Cluster,
    private readonly infra: ChaosInfra,
    private readonly settings: FaultSettings,
    private readonly random: () => number,
    /** The clock offset a restarted process must start with (the others' clocks may have moved). */
    private readonly clockOffsetMs: () => number,
    private readonly log: (line: string) => void,
  ) {}

  private replica(name: string): Replica {
    const r = this.cluster.replicas.find((x) => x.name === name);
    if (!r) throw new Error(`no replica ${name}`);
    return r;
  }

  /** A restart that fails (the tree, the database) is tried again twice before the fault counts as unrepaired. */
  private async restart(r: Replica, env: Record<string, string>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.cluster.start(r, env);
      } catch (err) {
        if (attempt >= 3) throw err;
        this.log(`[chaos] ${r.name} did not come back (${err instanceof Error ? err.message : String(err)}); starting it again`);
        if (this.cluster.alive(r)) await this.cluster.kill(r);
        await sleep(2000);
      }
    }
  }

  private restartEnv(extra: Record<string, string> = {}): Record<string, string> {
    return { CLOCK_OFFSET_MS: String(this.clockOffsetMs()), ...extra };
  }

  /**
   * Injects the fault and repairs it; resolves once repaired. `injected` is called as soon as the damage is done
   * (the process killed or stopped, the broker killed, the database down), before the repair, so a caller can go on
   * with other faults meanwhile.
   */
  async inject(f: Fault, injected: () => void = () => undefined): Promise<void> {
    f.injectedAt = Date.now();
    this.log(`[chaos] fault: ${f.kind} ${f.target}`);
    try {
      switch (f.kind) {
        case 'kill': {
          const r = this.replica(f.target);
          await this.cluster.kill(r);
          injected();
          await sleep(500 + this.random() * 3000);
          await this.restart(r, this.restartEnv());
          break;
        }
        case 'kafka-kill':
          await this.infra.run('kill-kafka');
          injected();
          await sleep(2000 + this.random() * 4000);
          await this.infra.run('start-kafka');
          break;
        case 'postgres-restart':
          await this.infra.run('crash-postgres');
          injected();
          await sleep(1000 + this.random() * 2000);
          await this.infra.run('start-postgres');
          break;
        case 'stall': {
          const r = this.replica(f.target);
          this.cluster.stall(r);
          injected();
          await sleep(this.settings.stallMs);
          this.cluster.resume(r);
          break;
        }
        case 'payout-timeout': {
          // The replica is restarted with every first provider answer lost after the payment settled, for a
          // window, then restarted normally: reconciliation must find those payments by lookup, never pay twice.
          // Both restarts are graceful (this fault is the provider's, the kills are the others): the consumer leaves
          // its group at once instead of holding its partitions for the 30 s session timeout.
          const r = this.replica(f.target);
          const before = this.unknownOutcomes(r);
          await this.cluster.stop(r);
          injected();
          await this.restart(r, this.restartEnv({ SANDBOX_TIMEOUT_RATE: '1' }));
          // The window lasts until the replica has met at least one such timeout (bounded): a quiet moment would test nothing.
          const until = Date.now() + this.settings.timeoutWindowMs;
          await sleep(3000);
          while (Date.now() < until && this.unknownOutcomes(r) === before) await sleep(1000);
          await this.cluster.stop(r);
          await this.restart(r, this.restartEnv());
          f.detail = `${this.unknownOutcomes(r) - before} provider call(s) timed out after the payment settled`;
          break;
        }
      }
    } catch (err) {
      f.error = err instanceof Error ? err.message.split('\n')[0] : String(err);
      this.log(`[chaos] fault ${f.kind} ${f.target} could not be repaired: ${f.error}`);
      throw err;
    } finally {
      f.restoredAt = Date.now();
      injected();
    }
    this.log(`[chaos] repaired: ${f.kind} ${f.target} after ${((f.restoredAt - f.injectedAt) / 1000).toFixed(1)} s`);
  }

  private unknownOutcomes(r: Replica): number {
    try {
      return (readFileSync(this.cluster.logFile(r), 'utf8').match(UNKNOWN_OUTCOME) ?? []).length;
    } catch {
      return 0;
    }
  }
}
