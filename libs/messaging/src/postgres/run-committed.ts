import { childLogger } from '@tradein/observability';

/** Runs each callback; one that throws is logged and does not stop the others (the data is committed already). */
export function runCommitted(callbacks: Array<() => void>): void {
  for (const fn of callbacks) {
    try {
      fn();
    } catch (err) {
      childLogger('after-commit').error({ err }, 'an after-commit callback failed');
    }
  }
}
