/** Trade-in states (docs/design/ARCHITECTURE.md): the main path, then the side states. */
export const MAIN_STATES = [
  'QUOTED',
  'ACCEPTED',
  'IN_TRANSIT',
  'RECEIVED',
  'GRADED',
  'COUNTER_OFFERED',
  'FINALIZED',
  'PAID',
  'COMPLETED',
] as const;
export const SIDE_STATES = ['EXPIRED', 'QUARANTINED', 'SUSPENDED', 'RETURNING', 'RETURNED', 'CANCELLED'] as const;
export const TRADE_IN_STATES = [...MAIN_STATES, ...SIDE_STATES] as const;
export type TradeInState = (typeof TRADE_IN_STATES)[number];

/** States nothing moves a trade-in out of. */
export const TERMINAL_STATES: ReadonlySet<TradeInState> = new Set(['COMPLETED', 'RETURNED', 'CANCELLED']);

/** Position on the main path; used to ignore late events that would move a trade-in backwards. */
export function progressRank(state: TradeInState): number {
  return (MAIN_STATES as readonly string[]).indexOf(state);
}

/**
 * What the record knows besides its state. Facts arrive from several topics in any order; the state is
 * decided from them, so an early "graded" is never lost and a late "received" never moves a trade-in back.
 */
export interface TradeInFacts {
  readonly state: TradeInState;
  readonly fulfilment: 'MAIL_IN' | 'STORE' | null;
  /** Why an EXPIRED trade-in expired: a quote nobody accepted, or a device never shipped. */
  readonly expiredReason: 'QUOTE_EXPIRED' | 'SHIP_BY_PASSED' | null;
  /** The state to go back to when a quarantine or suspension is released to grading. */
  readonly resumeState: TradeInState | null;
  readonly received: boolean;
  /** A grade that arrived while the device was held: repriced when it is released. */
  readonly pendingGradeId: string | null;
  readonly paid: boolean;
  readonly stocked: boolean;
}
