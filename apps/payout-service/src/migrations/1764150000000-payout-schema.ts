import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The payout-service schema. The important guarantees live here, not in code:
 *  - payout.trade_in_id UNIQUE: one payout per trade-in however many finalized events arrive;
 *  - payout_attempt.idempotency_key UNIQUE and (payout_id, attempt_no) UNIQUE: an attempt is one key;
 *  - journal_entry (payout_id, kind) UNIQUE: a payout's finalization, payment or reversal posts once;
 *  - amounts are int8 minor units with CHECKs against negatives.
 */
export class PayoutSchema1764150000000 implements MigrationInterface {
  name = 'PayoutSchema1764150000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE payout_destination (
        id text PRIMARY KEY,
        partner_id text,
        store_id text,
        seller_ref text,
        registered_by text NOT NULL,
        scheme text NOT NULL CHECK (scheme IN ('IBAN', 'US_ACH', 'GB_FPS')),
        currency char(3) NOT NULL,
        sealed_details text NOT NULL,
        masked text NOT NULL,
        fingerprint char(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX payout_destination_fingerprint_idx ON payout_destination (fingerprint)`);
    await q.query(`
      CREATE TABLE payout (
        id uuid PRIMARY KEY,
        trade_in_id text NOT NULL,
        partner_id text NOT NULL,
        seller_ref text NOT NULL,
        store_id text,
        program_id text,
        method text NOT NULL,
        destination_ref text,
        destination_fingerprint char(64),
        currency char(3) NOT NULL,
        amount_minor int8 NOT NULL CHECK (amount_minor >= 0),
        bonus_minor int8 NOT NULL CHECK (bonus_minor >= 0 AND bonus_minor <= amount_minor),
        eur_minor int8 NOT NULL CHECK (eur_minor >= 0),
        status text NOT NULL CHECK (status IN ('PENDING', 'HELD', 'SUBMITTED', 'PAID', 'FAILED', 'CANCELLED')),
        hold_reasons text[] NOT NULL DEFAULT '{}',
        attempt_count int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz,
        provider text,
        provider_reference text,
        last_failure_code text,
        correlation_id uuid NOT NULL,
        finalized_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        paid_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT payout_one_per_trade_in UNIQUE (trade_in_id)
      )`);
    await q.query(`CREATE INDEX payout_due_work_idx ON payout (next_attempt_at) WHERE status IN ('PENDING', 'SUBMITTED')`);
    await q.query(`CREATE INDEX payout_status_idx ON payout (status, due_at)`);
    await q.query(`CREATE INDEX payout_seller_idx ON payout (seller_ref, finalized_at)`);
    await q.query(`CREATE INDEX payout_destination_idx ON payout (destination_fingerprint, finalized_at)`);
    await q.query(`CREATE INDEX payout_settlement_idx ON payout (partner_id, paid_at) WHERE status = 'PAID'`);
    await q.query(`
      CREATE TABLE payout_attempt (
        id bigserial PRIMARY KEY,
        payout_id uuid NOT NULL REFERENCES payout (id),
        attempt_no int NOT NULL,
        idempotency_key text NOT NULL UNIQUE,
        provider text NOT NULL,
        status text NOT NULL CHECK (status IN ('SUBMITTED', 'PAID', 'FAILED')),
        outcome_code text,
        provider_reference text,
        submitted_at timestamptz NOT NULL,
        resolved_at timestamptz,
        UNIQUE (payout_id, attempt_no)
      )`);
    await q.query(`
      CREATE TABLE journal_entry (
        id bigserial PRIMARY KEY,
        payout_id uuid NOT NULL REFERENCES payout (id),
        kind text NOT NULL CHECK (kind IN ('OFFER_FINALIZED', 'PAYOUT_PAID', 'PAYOUT_CANCELLED')),
        currency char(3) NOT NULL,
        posted_at timestamptz NOT NULL,
        UNIQUE (payout_id, kind)
      )`);
    await q.query(`
      CREATE TABLE ledger_line (
        id bigserial PRIMARY KEY,
        entry_id bigint NOT NULL REFERENCES journal_entry (id),
        account text NOT NULL,
        currency char(3) NOT NULL,
        amount_minor int8 NOT NULL CHECK (amount_minor <> 0)
      )`);
    await q.query(`CREATE INDEX ledger_line_entry_idx ON ledger_line (entry_id)`);
    await q.query(`CREATE INDEX ledger_line_account_idx ON ledger_line (account, currency)`);
    await q.query(`
      CREATE TABLE payout_audit (
        id bigserial PRIMARY KEY,
        payout_id uuid NOT NULL REFERENCES payout (id),
        action text NOT NULL,
        actor text NOT NULL,
        reason text,
        from_status text NOT NULL,
        to_status text NOT NULL,
        at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX payout_audit_payout_idx ON payout_audit (payout_id, id)`);
    await q.query(`
      CREATE TABLE seller_verification (
        seller_ref text NOT NULL,
        year int NOT NULL,
        verified_by text NOT NULL,
        verified_at timestamptz NOT NULL,
        PRIMARY KEY (seller_ref, year)
      )`);
    await q.query(`
      CREATE TABLE trade_in_flag (
        trade_in_id text NOT NULL,
        flag text NOT NULL,
        source_event_id uuid NOT NULL,
        flagged_at timestamptz NOT NULL,
        PRIMARY KEY (trade_in_id, flag)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'trade_in_flag',
      'seller_verification',
      'payout_audit',
      'ledger_line',
      'journal_entry',
      'payout_attempt',
      'payout',
      'payout_destination',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
