/**
 * The terminal view of one service's log under `npm start`: coloured, human-readable lines (pino-pretty)
 * while the service itself writes JSON, as in production, and .infra/logs/<service>.log keeps it as JSON.
 *   node ... main.ts | tee .infra/logs/quote-service.log | node -r @swc-node/register scripts/start/pretty-logs.ts quote-service
 * Shown: the service's own lines — one per business event, the reason of each 4xx, warnings and errors with
 * their details. Left to the file: the access log line of every request (its 4xx reason has its own line).
 */
import { createInterface } from 'node:readline';
import { prettyFactory } from 'pino-pretty';

const LABELS: Record<string, [label: string, colour: number]> = {
  'quote-service': ['quote  ', 36],
  'intake-service': ['intake ', 33],
  'grading-service': ['grading', 35],
  'payout-service': ['payout ', 32],
};
const service = process.argv[2] ?? 'service';
const colour = process.stdout.isTTY === true;
const [label, code] = LABELS[service] ?? [service, 0];
const prefix = colour ? `\u001b[${code}m[${label}]\u001b[0m ` : `[${label}] `;

const shared = { colorize: colour, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service', singleLine: true };
// Info lines carry their story in the message; their fields (ids, routes) stay in the file.
const brief = prettyFactory({
  ...shared,
  hideObject: true,
  messageFormat: (log, key) =>
    typeof log['tradeInId'] === 'string' ? `${String(log[key])}  trade-in ${log['tradeInId']}` : String(log[key]),
});
// Warnings and errors keep every field: they are read to find a cause.
const full = prettyFactory(shared);

interface Line {
  level?: unknown;
  msg?: unknown;
}

// Ctrl-C reaches the whole process group: keep reading until the service's last shutdown lines arrive (EOF).
process.on('SIGINT', () => undefined);

createInterface({ input: process.stdin, crlfDelay: Infinity }).on('line', (text) => {
  let line: Line;
  try {
    line = JSON.parse(text) as Line;
  } catch {
    process.stdout.write(`${prefix}${text}\n`);
    return;
  }
  if (typeof line !== 'object' || line === null) {
    process.stdout.write(`${prefix}${text}\n`);
    return;
  }
  if (line.msg === 'request completed') return;
  const warnOrWorse = line.level === 'warn' || line.level === 'error' || line.level === 'fatal';
  process.stdout.write(`${prefix}${(warnOrWorse ? full : brief)(line).trimEnd()}\n`);
});
