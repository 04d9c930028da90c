import { type HandlerFailure } from '@tradein/messaging';
import { DomainError, type ErrorKind } from './domain-error';

/**
 * Kinds that no retry can change: the event itself is refused by the rules. A `conflict` or `not-found` is
 * not among them: events of one trade-in arrive out of causal order across topics, so the state or row
 * the handler needs may simply not be there yet.
 */
export const PERMANENT_FAILURE_KINDS: ReadonlySet<ErrorKind> = new Set(['invalid', 'unprocessable']);

/**
 * The one place that decides, for event consumers, what a handler's failure is: permanent (dead-lettered
 * at once, its code in the `dlt-code` header) or transient (retried up to the consumer's attempts). Errors
 * that are not domain errors (a database or broker hiccup, a bug) are transient.
 */
export function consumerFailureOf(error: unknown): HandlerFailure {
  if (!(error instanceof DomainError)) return { permanent: false };
  return { permanent: PERMANENT_FAILURE_KINDS.has(error.kind), code: error.code };
}
