import { setTimeout as sleep } from 'node:timers/promises';
import { type PlatformClient } from '../platform-client';
import { type Databases, type LagReader } from './monitor';

export interface Backlog {
  unpublished: number;
  lag: number;
  dueJobs: Record<string, number>;
}

/** Work a worker would pick up now, by the services' own clock: label requests, payouts, webhook deliveries, passed deadlines. */
async function dueJobs(dbs: Databases, now: Date): Promise<Record<string, number>> {
  const [labels, payouts, webhooks, deadlines] = await Promise.all([
    dbs.count('intake-service', `SELECT count(*) AS n FROM label_requests WHERE status = 'PENDING'`),
    dbs.count('payout-service', `SELECT count(*) AS n FROM payout WHERE status IN ('PENDING', 'SUBMITTED')`),
    dbs.count('quote-service', `SELECT count(*) AS n FROM webhook_delivery WHERE status = 'PENDING'`),
    dbs.count(
      'quote-service',
      `SELECT count(*) AS n FROM trade_in WHERE (state = 'QUOTED' AND quote_expires_at <= $1)
      OR (state = 'ACCEPTED' AND fulfilment = 'MAIL_IN' AND NOT received AND ship_by <= $1) OR (state = 'COUNTER_OFFERED' AND respond_by <= $1)`,
      [now],
    ),
  ]);
  const out: Record<string, number> = {};
  if (labels) out['label requests'] = labels;
  if (payouts) out['payouts pending or submitted'] = payouts;
  if (webhooks) out['webhook deliveries'] = webhooks;
  if (deadlines) out['passed deadlines'] = deadlines;
  return out;
}

export async function backlog(dbs: Databases, lag: LagReader, client: PlatformClient, opsToken: string): Promise<Backlog> {
  const clock = await client.req<{ now: string }>('quote-service', 'GET', '/v1/ops/clock', 200, { token: opsToken });
  const [unpublished, behind, due] = await Promise.all([dbs.unpublished(), lag.total(), dueJobs(dbs, new Date(clock.now))]);
  return { unpublished, lag: behind, dueJobs: due };
}

/**
 * Waits until nothing is in flight: no unpublished outbox event, no unread message in any consumer group, no
 * due job, seen twice in a row (a handler may emit while the first look runs). Returns how long it took;
 * throws with what is left when the time is up.
 */
export async function settle(dbs: Databases, lag: LagReader, client: PlatformClient, opsToken: string, timeoutMs: number): Promise<number> {
  const started = Date.now();
  let quiet = 0;
  let last: Backlog | string = 'not read yet';
  while (quiet < 2) {
    if (Date.now() - started > timeoutMs) throw new Error(`not settled after ${timeoutMs / 1000} s: ${JSON.stringify(last)}`);
    try {
      const b = await backlog(dbs, lag, client, opsToken);
      last = b;
      quiet = b.unpublished === 0 && b.lag === 0 && !Object.keys(b.dueJobs).length ? quiet + 1 : 0;
    } catch (err) {
      last = err instanceof Error ? err.message : String(err);
      quiet = 0;
    }
    await sleep(1500);
  }
  return Date.now() - started;
}
