import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The sandbox payment providers' own book (what a real bank rail or gift-card issuer keeps on its side),
 * so they honour idempotency keys across restarts of payout-service:
 *  - (provider, idempotency_key) UNIQUE: a provider executes one payment per key, ever;
 *  - a payment is PROCESSING from receipt until it settles as PAID (with its reference) or DECLINED.
 * Not a payout-service record: no foreign key to payout; `payout_id` is the reference the client sent.
 */
export class SandboxPayments1764420000000 implements MigrationInterface {
  name = 'SandboxPayments1764420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sandbox_payment (
        id bigserial PRIMARY KEY,
        provider text NOT NULL,
        idempotency_key text NOT NULL,
        payout_id text NOT NULL,
        method text NOT NULL,
        amount_minor int8 NOT NULL CHECK (amount_minor >= 0),
        currency char(3) NOT NULL,
        destination_ref text NOT NULL,
        status text NOT NULL CHECK (status IN ('PROCESSING', 'PAID', 'DECLINED')),
        provider_reference text UNIQUE,
        decline_code text,
        created_at timestamptz NOT NULL,
        settled_at timestamptz,
        CONSTRAINT sandbox_payment_one_per_key UNIQUE (provider, idempotency_key),
        CONSTRAINT sandbox_payment_reference_iff_paid CHECK ((status = 'PAID') = (provider_reference IS NOT NULL)),
        CONSTRAINT sandbox_payment_settled_iff_done CHECK ((status = 'PROCESSING') = (settled_at IS NULL))
      )`);
    await q.query(`CREATE INDEX sandbox_payment_payout_idx ON sandbox_payment (payout_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sandbox_payment`);
  }
}
