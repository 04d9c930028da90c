import { type CurrencyCode, type PayoutMethod } from '@tradein/contracts';
import { type DataSource } from 'typeorm';
import { type SandboxPayment, type SandboxPaymentStatus, type SandboxPaymentTerms } from './sandbox-payment';

interface Row {
  id: string;
  provider: string;
  idempotency_key: string;
  payout_id: string;
  method: string;
  amount_minor: string;
  currency: string;
  destination_ref: string;
  status: string;
  provider_reference: string | null;
  decline_code: string | null;
  created_at: Date;
  settled_at: Date | null;
}

export type Settlement = { status: 'PAID' } | { status: 'DECLINED'; declineCode: string };

export interface SandboxPaymentFilter {
  provider?: string;
  idempotencyKey?: string;
  payoutIds?: readonly string[];
  limit: number;
}

const toPayment = (r: Row): SandboxPayment => ({
  id: String(r.id),
  provider: r.provider,
  idempotencyKey: r.idempotency_key,
  payoutId: r.payout_id,
  method: r.method as PayoutMethod,
  amountMinor: BigInt(r.amount_minor),
  currency: r.currency as CurrencyCode,
  destinationRef: r.destination_ref,
  status: r.status as SandboxPaymentStatus,
  providerReference: r.provider_reference,
  declineCode: r.decline_code,
  createdAt: new Date(r.created_at),
  settledAt: r.settled_at ? new Date(r.settled_at) : null,
});

/**
 * The sandbox providers' book in payout-service's database (table sandbox_payment), so a key outlives the
 * process: what a real provider would keep on its side. Every write is one statement, safe between replicas.
 */
export class SandboxPaymentStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Takes the key (PROCESSING), or finds what the provider already holds under it. */
  async receive(t: SandboxPaymentTerms, now: Date): Promise<{ payment: SandboxPayment; created: boolean }> {
    const inserted: Row[] = await this.dataSource.query(
      `INSERT INTO sandbox_payment (provider, idempotency_key, payout_id, method, amount_minor, currency, destination_ref, status, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'PROCESSING', $8)
       ON CONFLICT ON CONSTRAINT sandbox_payment_one_per_key DO NOTHING RETURNING *`,
      [t.provider, t.idempotencyKey, t.payoutId, t.method, t.amountMinor.toString(), t.currency, t.destinationRef, now.toISOString()],
    );
    if (inserted.length) return { payment: toPayment(inserted[0]), created: true };
    const existing = await this.find(t.provider, t.idempotencyKey);
    if (!existing) throw new Error(`sandbox payment ${t.provider}/${t.idempotencyKey} conflicted but cannot be read`);
    return { payment: existing, created: false };
  }

  /** Settles a PROCESSING payment once; whoever comes second (another replica, a lookup) reads the first result. */
  async settle(p: SandboxPayment, s: Settlement, now: Date): Promise<SandboxPayment> {
    const updated: [Row[], number] = await this.dataSource.query(
      `UPDATE sandbox_payment SET status = $2, provider_reference = CASE WHEN $2 = 'PAID' THEN provider || '-' || id END,
         decline_code = $3, settled_at = $4
       WHERE id = $1 AND status = 'PROCESSING' RETURNING *`,
      [p.id, s.status, s.status === 'DECLINED' ? s.declineCode : null, now.toISOString()],
    );
    if (updated[0].length) return toPayment(updated[0][0]);
    const settled = await this.find(p.provider, p.idempotencyKey);
    if (!settled) throw new Error(`sandbox payment ${p.id} vanished`);
    return settled;
  }

  async find(provider: string, idempotencyKey: string): Promise<SandboxPayment | undefined> {
    const rows: Row[] = await this.dataSource.query('SELECT * FROM sandbox_payment WHERE provider = $1 AND idempotency_key = $2', [
      provider,
      idempotencyKey,
    ]);
    return rows.length ? toPayment(rows[0]) : undefined;
  }

  /** Read-only, oldest first: the ops view and the tests' "paid exactly once" checks. */
  async list(f: SandboxPaymentFilter): Promise<SandboxPayment[]> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT * FROM sandbox_payment
       WHERE ($1::text IS NULL OR provider = $1) AND ($2::text IS NULL OR idempotency_key = $2) AND ($3::text[] IS NULL OR payout_id = ANY($3))
       ORDER BY id LIMIT $4`,
      [f.provider ?? null, f.idempotencyKey ?? null, f.payoutIds ? [...f.payoutIds] : null, f.limit],
    );
    return rows.map(toPayment);
  }
}
