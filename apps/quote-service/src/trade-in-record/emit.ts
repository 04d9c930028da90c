import { type EventDefinition } from '@tradein/contracts';

/** Appends an outgoing event in the current transaction (the outbox from HTTP, `ctx.emit` in a handler). */
export type Emit = <P extends object>(definition: EventDefinition<P>, payload: P) => Promise<unknown>;

/** Why a trade-in input happened: an event (with its id), an API call, or a deadline. */
export interface Cause {
  readonly cause: string;
  readonly eventId?: string;
  readonly detail?: string;
}
