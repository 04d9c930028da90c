import { jobTraceContexts } from '@tradein/service-runtime';
import { type EntityManager } from 'typeorm';
import { type HoldReason } from '../../holds/hold-rules';
import { type PayoutStatus } from '../payout-status';
import { type FinalizedOfferCommand } from './finalized-offer.command';

/** One payout about to be inserted, with everything decided. */
export interface PlannedPayout {
  id: string;
  cmd: FinalizedOfferCommand;
  fingerprint: string | null;
  eurMinor: bigint;
  status: PayoutStatus;
  reasons: HoldReason[];
  provider: string | null;
  providerReference: string | null;
}

/** One multi-row insert; the UNIQUE (trade_in_id) constraint, not a read before it, makes duplicates no-ops. */
export async function insertPayouts(
  manager: EntityManager,
  planned: readonly PlannedPayout[],
  now: Date,
  dueAt: (finalizedAt: Date) => Date,
): Promise<Set<string>> {
  if (!planned.length) return new Set();
  const col = <T>(f: (p: PlannedPayout) => T) => planned.map(f);
  const iso = now.toISOString();
  // The trade-in's trace (ADR 0008), kept with the payout for the worker's attempt spans; none when tracing is off.
  const traces = await jobTraceContexts(
    manager,
    planned.map((p) => p.cmd.tradeInId),
  );
  const rows: Array<{ id: string }> = await manager.query(
    `INSERT INTO payout (id, trade_in_id, partner_id, seller_ref, store_id, program_id, method, destination_ref,
       destination_fingerprint, currency, amount_minor, bonus_minor, eur_minor, status, hold_reasons, next_attempt_at,
       provider, provider_reference, correlation_id, finalized_at, due_at, paid_at, created_at, updated_at, trace_context)
     SELECT c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15::text[], c16, c17, c18, c19, c20, c21, c22,
            $22::timestamptz, $22::timestamptz, c23::jsonb
     FROM unnest(
       $1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
       $11::int8[], $12::int8[], $13::int8[], $14::text[], $15::text[], $16::timestamptz[], $17::text[], $18::text[], $19::uuid[],
       $20::timestamptz[], $21::timestamptz[], $23::timestamptz[], $24::text[])
       AS t(c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20, c21, c22, c23)
     ON CONFLICT ON CONSTRAINT payout_one_per_trade_in DO NOTHING
     RETURNING id`,
    [
      col((p) => p.id),
      col((p) => p.cmd.tradeInId),
      col((p) => p.cmd.partnerId),
      col((p) => p.cmd.sellerRef),
      col((p) => p.cmd.storeId),
      col((p) => p.cmd.programId),
      col((p) => p.cmd.method),
      col((p) => p.cmd.destinationRef),
      col((p) => p.fingerprint),
      col((p) => p.cmd.currency),
      col((p) => p.cmd.amountMinor.toString()),
      col((p) => p.cmd.bonusMinor.toString()),
      col((p) => p.eurMinor.toString()),
      col((p) => p.status),
      col((p) => `{${p.reasons.join(',')}}`),
      col((p) => (p.status === 'PENDING' ? iso : null)),
      col((p) => p.provider),
      col((p) => p.providerReference),
      col((p) => p.cmd.correlationId),
      col((p) => p.cmd.finalizedAt.toISOString()),
      col((p) => dueAt(p.cmd.finalizedAt).toISOString()),
      iso,
      col((p) => (p.status === 'PAID' ? iso : null)),
      col((p) => {
        const t = traces.get(p.cmd.tradeInId);
        return t ? JSON.stringify(t) : null;
      }),
    ],
  );
  return new Set(rows.map((r) => r.id));
}
