import { createHash } from 'node:crypto';

/** Fixed number of lanes: more lanes, more relays can share the work; it must not change while events are pending. */
export const OUTBOX_LANES = 16;
export const OUTBOX_NOTIFY_CHANNEL = 'outbox_event';

export function laneFor(key: string): number {
  return createHash('sha1').update(key).digest().readUInt16BE(0) % OUTBOX_LANES;
}
