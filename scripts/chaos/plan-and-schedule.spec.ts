import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { luhnCheckDigit } from '@tradein/device-identity';
import { MAIL_IN, STORE_BOX } from '../demo/scenarios';
import { Cluster } from './cluster';
import { type Fault, nextFault, schedule, seeded } from './faults';
import { plan } from './traffic';

describe('chaos traffic plan', () => {
  it("cycles through the demo's mix, store trade-ins boxed together, one distinct valid IMEI each", () => {
    const units = plan(38);
    const tracked = units.flat();
    expect(tracked).toHaveLength(38);
    expect(tracked.map((t) => t.no)).toEqual(Array.from({ length: 38 }, (_, i) => i + 1));
    const round = MAIL_IN.length + STORE_BOX.length;
    expect(tracked.slice(0, round).map((t) => t.scenario.name)).toEqual([...MAIL_IN, ...STORE_BOX].map((s) => s.name));
    for (const u of units) {
      if (u[0]!.scenario.kind === 'store') expect(u.every((t) => t.scenario.kind === 'store')).toBe(true);
      else expect(u).toHaveLength(1);
    }
    expect(units.filter((u) => u[0]!.scenario.kind === 'store').map((u) => u.length)).toEqual([3, 3, 2]);
    expect(new Set(tracked.map((t) => t.imei)).size).toBe(38);
    for (const t of tracked) expect(String(luhnCheckDigit(t.imei.slice(0, 14)))).toBe(t.imei[14]);
  });
});

describe('chaos fault schedule', () => {
  const cluster = new Cluster({
    root: '/nowhere',
    logDir: join(mkdtempSync(join(tmpdir(), 'chaos-')), 'logs'),
    replicas: 2,
    basePort: 4600,
    env: {},
    serviceEnv: () => ({}),
  });

  it('kills every replica the asked number of times and injects each other fault once, in the first 60 %', () => {
    const faults = schedule(cluster, { killsPerReplica: 3, stallMs: 1, timeoutWindowMs: 1 }, seeded(7));
    expect(faults).toHaveLength(8 * 3 + 4);
    for (const r of cluster.replicas) expect(faults.filter((f) => f.kind === 'kill' && f.target === r.name)).toHaveLength(3);
    for (const kind of ['kafka-kill', 'postgres-restart', 'stall', 'payout-timeout'] as const) {
      const at = faults.findIndex((f) => f.kind === kind);
      expect(faults.filter((f) => f.kind === kind)).toHaveLength(1);
      expect(at).toBeLessThan(Math.ceil(faults.length * 0.6));
    }
    expect(faults.find((f) => f.kind === 'payout-timeout')!.target).toBe('payout-service#1');
  });

  it('never stalls the replica whose provider calls time out (two long faults on one replica would wait for each other)', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const faults = schedule(cluster, { killsPerReplica: 1, stallMs: 1, timeoutWindowMs: 1 }, seeded(seed));
      expect(faults.find((f) => f.kind === 'stall')!.target).not.toBe('payout-service#1');
    }
  });

  it('is the same for the same seed, different for another', () => {
    const a = schedule(cluster, { killsPerReplica: 3, stallMs: 1, timeoutWindowMs: 1 }, seeded(7));
    const b = schedule(cluster, { killsPerReplica: 3, stallMs: 1, timeoutWindowMs: 1 }, seeded(7));
    const c = schedule(cluster, { killsPerReplica: 3, stallMs: 1, timeoutWindowMs: 1 }, seeded(8));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('gives every replica its own port in the chaos range', () => {
    expect(cluster.replicas.map((r) => r.port)).toEqual([4600, 4601, 4610, 4611, 4620, 4621, 4630, 4631]);
    expect([cluster.next('quote-service').name, cluster.next('quote-service').name, cluster.next('quote-service').name]).toEqual([
      'quote-service#1',
      'quote-service#2',
      'quote-service#1',
    ]);
  });
});

describe('chaos fault overlap', () => {
  const kill = (target: string): Fault => ({ kind: 'kill', target });
  const kafka: Fault = { kind: 'kafka-kill', target: 'kafka' };
  const postgres: Fault = { kind: 'postgres-restart', target: 'postgresql' };

  it('goes on with the next fault while another replica is being repaired', () => {
    const a = kill('quote-service#1');
    const b = kill('intake-service#1');
    expect(nextFault([b], [a])).toBe(b);
  });

  it('lets a fault on a replica under repair be overtaken by one on another replica, in the seeded order', () => {
    const busy = kill('quote-service#1');
    const again = kill('quote-service#1');
    const other = kill('grading-service#1');
    const third = kill('payout-service#1');
    expect(nextFault([again, other, third], [busy])).toBe(other);
    expect(nextFault([again], [busy])).toBeUndefined();
  });

  it('keeps a broker or database fault alone in flight and never overtakes it', () => {
    const busy = kill('quote-service#1');
    const later = kill('grading-service#1');
    expect(nextFault([kafka, later], [busy])).toBeUndefined();
    expect(nextFault([kafka, later], [])).toBe(kafka);
    expect(nextFault([later], [postgres])).toBeUndefined();
    const blocked = kill('quote-service#1');
    expect(nextFault([blocked, postgres, later], [busy])).toBeUndefined();
  });
});
