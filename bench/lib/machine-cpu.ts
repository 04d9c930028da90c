import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * CPU time (ms, user + system) used by the parts of a benchmark that share this machine: this Node process (all its
 * threads), the local PostgreSQL server (the postmaster, its live backends, and through its children's counters the
 * backends that exited) and the local Kafka broker (the JVM). Read from Linux /proc, in 100 Hz ticks. Divided by the
 * messages of a scenario it gives what each message costs the machine, which contention does not inflate: on 2 cores,
 * 2 s of CPU per second is the ceiling of the whole pipeline.
 */
export interface MachineCpu {
  node: number;
  postgres: number;
  kafka: number;
}

const ROOT = join(__dirname, '../..');
const TICK_MS = 10;

/** The fields after the command name of /proc/<pid>/stat (state is [0]), or undefined when the process is gone. */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** utime + stime (+ cutime + cstime: reaped children) in ms. */
function processMs(fields: string[] | undefined, withReapedChildren = false): number {
  if (!fields) return 0;
  const own = Number(fields[11]) + Number(fields[12]);
  const children = withReapedChildren ? Number(fields[13]) + Number(fields[14]) : 0;
  return (own + children) * TICK_MS;
}

function pidFrom(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** The local infrastructure's processes, found through the pid files of scripts/infra (TRADEIN_STATE_DIR honoured). */
function infraPids(): { postmaster?: number; kafka?: number } {
  const state = process.env['TRADEIN_STATE_DIR'] ?? join(ROOT, '.infra');
  return { postmaster: pidFrom(join(state, 'pg/data/postmaster.pid')), kafka: pidFrom(join(state, 'kafka/kafka.pid')) };
}

/** The postmaster and every live backend (its children), plus the backends it already reaped. */
function postgresMs(postmaster: number): number {
  let total = processMs(statFields(postmaster), true);
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === postmaster) continue;
    const fields = statFields(pid);
    if (fields && Number(fields[1]) === postmaster) total += processMs(fields);
  }
  return total;
}

/** Reads the machine's CPU counters now; undefined parts (no pid file) read 0 and are reported as unknown. */
export function readMachineCpu(): MachineCpu & { known: { postgres: boolean; kafka: boolean } } {
  const { postmaster, kafka } = infraPids();
  return {
    node: processMs(statFields(process.pid)),
    postgres: postmaster ? postgresMs(postmaster) : 0,
    kafka: kafka ? processMs(statFields(kafka)) : 0,
    known: { postgres: postmaster !== undefined, kafka: kafka !== undefined },
  };
}

/** CPU time of this process's children that exited and were waited for (a pgbench run), in ms. */
export function reapedChildrenMs(): number {
  const fields = statFields(process.pid);
  return fields ? (Number(fields[13]) + Number(fields[14])) * TICK_MS : 0;
}

/** Starts a measurement; `perMessage(n)` gives µs of CPU per message for each part since the start. */
export function startCpuMeter(): { perMessage: (messages: number) => MachineCpu & { total: number } } {
  const from = readMachineCpu();
  return {
    perMessage: (messages) => {
      const to = readMachineCpu();
      const us = (a: number, b: number): number => ((b - a) * 1000) / Math.max(1, messages);
      const node = us(from.node, to.node);
      const postgres = from.known.postgres ? us(from.postgres, to.postgres) : NaN;
      const kafka = from.known.kafka ? us(from.kafka, to.kafka) : NaN;
      return { node, postgres, kafka, total: node + (postgres || 0) + (kafka || 0) };
    },
  };
}
