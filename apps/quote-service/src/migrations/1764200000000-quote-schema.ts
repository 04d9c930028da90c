import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** quote-service's own tables (the outbox, inbox and idempotency tables come from the shared libraries). */
export class QuoteSchema1764200000000 implements MigrationInterface {
  name = 'QuoteSchema1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE partner (
        id text PRIMARY KEY,
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE partner_program (
        id text PRIMARY KEY,
        partner_id text NOT NULL REFERENCES partner(id),
        name text NOT NULL,
        bonus jsonb,
        quote_valid_days int CHECK (quote_valid_days BETWEEN 1 AND 90),
        ship_by_days int CHECK (ship_by_days BETWEEN 1 AND 90),
        answer_window_days int CHECK (answer_window_days BETWEEN 1 AND 60),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX partner_program_partner ON partner_program (partner_id)');
    await q.query(`
      CREATE TABLE partner_api_key (
        id text PRIMARY KEY,
        partner_id text NOT NULL REFERENCES partner(id),
        program_id text REFERENCES partner_program(id),
        prefix text NOT NULL,
        key_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        revoked_at timestamptz,
        replaced_by text
      )`);
    await q.query(`
      CREATE TABLE tac_code (
        tac char(8) PRIMARY KEY CHECK (tac ~ '^[0-9]{8}$'),
        model_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE price_table (
        version serial PRIMARY KEY,
        source text NOT NULL,
        row_count int NOT NULL,
        uploaded_by text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE price_table_row (
        version int NOT NULL REFERENCES price_table(version),
        model_id text NOT NULL,
        variant_id text NOT NULL,
        market text NOT NULL,
        currency text NOT NULL,
        amount_minor bigint NOT NULL CHECK (amount_minor > 0),
        PRIMARY KEY (version, model_id, variant_id, market)
      )`);
    // Price tables are immutable once written: a new table is a new version.
    await q.query(`
      CREATE FUNCTION price_table_row_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'price tables are immutable: upload a new version'; END $$`);
    await q.query(`
      CREATE TRIGGER price_table_row_no_change BEFORE UPDATE OR DELETE ON price_table_row
      FOR EACH ROW EXECUTE FUNCTION price_table_row_immutable()`);
    await q.query(`
      CREATE TABLE quote (
        id uuid PRIMARY KEY,
        trade_in_id uuid NOT NULL UNIQUE,
        partner_id text NOT NULL,
        program_id text,
        store_id text,
        created_by text NOT NULL,
        model_id text NOT NULL,
        variant_id text NOT NULL,
        category text NOT NULL,
        market text NOT NULL,
        currency text NOT NULL,
        imei text,
        price_table_version int NOT NULL REFERENCES price_table(version),
        questionnaire_version int NOT NULL,
        answers jsonb NOT NULL,
        base_minor bigint NOT NULL,
        device_value_minor bigint NOT NULL,
        bonus_minor bigint NOT NULL,
        total_minor bigint NOT NULL,
        outcome text NOT NULL,
        breakdown jsonb NOT NULL,
        program_snapshot jsonb,
        priced_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE trade_in (
        id uuid PRIMARY KEY,
        quote_id uuid NOT NULL UNIQUE REFERENCES quote(id),
        partner_id text NOT NULL,
        store_id text,
        state text NOT NULL,
        fulfilment text,
        expired_reason text,
        resume_state text,
        received boolean NOT NULL DEFAULT false,
        pending_grade_id text,
        paid boolean NOT NULL DEFAULT false,
        stocked boolean NOT NULL DEFAULT false,
        quote_expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        ship_by timestamptz,
        payout_method text,
        payout_destination_ref text,
        revised_offer_policy text,
        auto_accept_within_percent int,
        customer jsonb,
        seller_ref text,
        correlation_id uuid NOT NULL,
        grade_id text,
        graded_condition jsonb,
        offer jsonb,
        respond_by timestamptz,
        store_discrepancy_minor bigint,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query('CREATE INDEX trade_in_partner_created ON trade_in (partner_id, created_at DESC, id DESC)');
    await q.query('CREATE INDEX trade_in_created ON trade_in (created_at DESC, id DESC)');
    // Deadlines are read from these partial indexes: durable, restart-safe, shared by replicas with SKIP LOCKED.
    await q.query(`CREATE INDEX trade_in_quote_due ON trade_in (quote_expires_at) WHERE state = 'QUOTED'`);
    await q.query(`CREATE INDEX trade_in_ship_by_due ON trade_in (ship_by) WHERE state = 'ACCEPTED'`);
    await q.query(`CREATE INDEX trade_in_answer_due ON trade_in (respond_by) WHERE state = 'COUNTER_OFFERED'`);
    await q.query(`
      CREATE TABLE trade_in_timeline (
        id bigserial PRIMARY KEY,
        trade_in_id uuid NOT NULL REFERENCES trade_in(id),
        at timestamptz NOT NULL,
        from_state text,
        to_state text NOT NULL,
        outcome text NOT NULL,
        cause text NOT NULL,
        event_id uuid,
        detail text
      )`);
    await q.query('CREATE INDEX trade_in_timeline_trade_in ON trade_in_timeline (trade_in_id, id)');
    await q.query(`
      CREATE TABLE webhook_endpoint (
        partner_id text PRIMARY KEY REFERENCES partner(id),
        url text NOT NULL,
        secret_encrypted text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE webhook_delivery (
        id uuid PRIMARY KEY,
        partner_id text NOT NULL,
        trade_in_id uuid NOT NULL,
        event_type text NOT NULL,
        body text NOT NULL,
        status text NOT NULL,
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        last_status_code int,
        last_error text,
        delivered_at timestamptz,
        replay_of uuid,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING'`);
    await q.query('CREATE INDEX webhook_delivery_partner ON webhook_delivery (partner_id, created_at DESC)');
    await q.query(`
      CREATE TABLE webhook_attempt (
        id bigserial PRIMARY KEY,
        delivery_id uuid NOT NULL REFERENCES webhook_delivery(id),
        at timestamptz NOT NULL,
        status_code int,
        error text,
        duration_ms int NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'webhook_attempt',
      'webhook_delivery',
      'webhook_endpoint',
      'trade_in_timeline',
      'trade_in',
      'quote',
      'price_table_row',
      'price_table',
      'tac_code',
      'partner_api_key',
      'partner_program',
      'partner',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
    await q.query('DROP FUNCTION IF EXISTS price_table_row_immutable()');
  }
}
