import { type Disposition } from '@tradein/contracts';
import { type ErasureOutcome, isSanitized } from '../erasure/erasure-outcome';

/** Dispositions that become refurbishable stock; RECYCLE goes to a recycler and QUARANTINE stays held. */
export const STOCKABLE_DISPOSITIONS: readonly Disposition[] = ['REFURBISH', 'REFURBISH_WITH_PARTS', 'PARTS_HARVEST'];

export type StockVerdict =
  | { release: true }
  | {
      release: false;
      wait: boolean;
      reason: 'NOT_FINALIZED' | 'NOT_GRADED' | 'ERASURE_NOT_VERIFIED' | 'DECLINED' | 'NOT_STOCKABLE' | 'ALREADY_STOCKED';
    };

export interface StockFacts {
  finalized: boolean;
  declined: boolean;
  graded: boolean;
  /** A regrade is open: the device waits for its final grade before it is stocked. */
  regradePending: boolean;
  disposition: Disposition | null;
  erasure: ErasureOutcome;
  stocked: boolean;
}

/**
 * Whether a device enters stock now. Events arrive out of order (offer.finalized can come before our own
 * grade is processed), so a missing prerequisite means "wait" (stored and re-evaluated), never "drop".
 * No device reaches sellable stock without verified sanitization (NIST SP 800-88) and declined trade-ins never do.
 */
export function stockVerdict(f: StockFacts): StockVerdict {
  if (f.stocked) return { release: false, wait: false, reason: 'ALREADY_STOCKED' };
  if (f.declined) return { release: false, wait: false, reason: 'DECLINED' };
  if (!f.finalized) return { release: false, wait: true, reason: 'NOT_FINALIZED' };
  if (!f.graded || f.regradePending || !f.disposition) return { release: false, wait: true, reason: 'NOT_GRADED' };
  if (!STOCKABLE_DISPOSITIONS.includes(f.disposition))
    return { release: false, wait: f.disposition === 'QUARANTINE', reason: 'NOT_STOCKABLE' };
  if (!isSanitized(f.erasure)) return { release: false, wait: true, reason: 'ERASURE_NOT_VERIFIED' };
  return { release: true };
}
