import { DEMO_DEVICES } from '../start/demo-fixtures';
import { imeiFor } from '../platform-client';
import { MAIL_IN, type MailInScenario, STORE_BOX } from '../demo/scenarios';
import { type Tracked } from '../demo/tracked';
import { type Driver, driveMailIn, driveStoreBox } from './drive';

/** Trade-ins in one round of the demo's mix: every scenario once. */
export const ROUND_SIZE = MAIL_IN.length + STORE_BOX.length;

/**
 * N trade-ins in the demo's mix: round after round of every mail-in scenario and one store box, cut at N.
 * One unit is a mail-in trade-in or a whole store box (its trade-ins travel together). IMEI serials are the
 * trade-in's number: distinct within the run (the run has its own fresh databases).
 */
export function plan(n: number): Tracked[][] {
  if (n > 999_999) throw new Error('at most 999999 trade-ins (6-digit IMEI serials)');
  const round = [...MAIL_IN, ...STORE_BOX];
  const tracked: Tracked[] = [];
  for (let i = 0; i < n; i++) {
    const scenario = round[i % round.length]!;
    const no = i + 1;
    const device = DEMO_DEVICES[no % DEMO_DEVICES.length]!;
    tracked.push({ no, scenario, device, serial: no, imei: imeiFor(device.tac, no) });
  }
  const units: Tracked[][] = [];
  for (const t of tracked) {
    const last = units.at(-1);
    if (t.scenario.kind === 'store' && last?.[0]?.scenario.kind === 'store' && last.length < STORE_BOX.length) last.push(t);
    else units.push([t]);
  }
  return units;
}

export interface TrafficResult {
  startedAt: number;
  endedAt: number;
  unitsDone: number[];
  /** The units started (a prefix of the plan): the others were not driven because `stop` said so. */
  started: Tracked[][];
}

/**
 * Drives the units in order with at most `concurrency` at once; a unit that fails records its error on its
 * trade-ins. Before starting each unit it asks `stop` (e.g. the run's traffic deadline has passed): once it
 * answers true, no further unit starts and the ones in flight are finished.
 */
export async function runTraffic(
  d: Driver,
  units: Tracked[][],
  concurrency: number,
  log: (line: string) => void,
  stop: (startedTradeIns: number) => boolean = () => false,
): Promise<TrafficResult> {
  const startedAt = Date.now();
  const unitsDone: number[] = [];
  const started: Tracked[][] = [];
  const queue = units.map((u, i) => ({ u, i }));
  let done = 0;
  let begun = 0;
  const total = units.reduce((n, u) => n + u.length, 0);
  await Promise.all(
    Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
      for (let next = stop(begun) ? undefined : queue.shift(); next; next = stop(begun) ? undefined : queue.shift()) {
        const { u, i } = next;
        started.push(u);
        begun += u.length;
        try {
          if (u[0]!.scenario.kind === 'mail-in') await driveMailIn(d, u[0]!, u[0]!.scenario as MailInScenario);
          else await driveStoreBox(d, i, u);
        } catch (err) {
          for (const t of u) {
            t.error = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').slice(0, 500);
            log(`[chaos] #${t.no} ${t.scenario.name}: GAVE UP: ${t.error}`);
          }
        }
        unitsDone.push(Date.now());
        done += u.length;
        if (done % 50 < u.length) log(`[chaos] traffic: ${done}/${total} trade-ins driven`);
      }
    }),
  );
  if (queue.length) log(`[chaos] traffic stopped: ${begun} of ${total} planned trade-ins started`);
  return { startedAt, endedAt: Date.now(), unitsDone, started: units.filter((u) => started.includes(u)) };
}
