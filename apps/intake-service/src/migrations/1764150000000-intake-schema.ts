import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** intake-service's tables. Custody and block-list audit rows are append-only, enforced by the database. */
export class IntakeSchema1764150000000 implements MigrationInterface {
  name = 'IntakeSchema1764150000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE intake_cases (
        trade_in_id varchar(64) PRIMARY KEY,
        partner_id varchar(64) NOT NULL,
        correlation_id uuid NOT NULL,
        quote_id varchar(64) NOT NULL,
        fulfilment varchar(16) NOT NULL CHECK (fulfilment IN ('MAIL_IN','STORE')),
        status varchar(32) NOT NULL,
        market varchar(2) NOT NULL,
        model_id varchar(80) NOT NULL,
        variant_id varchar(80),
        category varchar(32) NOT NULL,
        quoted_tac varchar(8),
        quoted_amount_minor bigint NOT NULL,
        quoted_currency varchar(3) NOT NULL,
        store_id varchar(64),
        destination_site_id varchar(64),
        ship_by timestamptz NOT NULL,
        seller_ref varchar(128) NOT NULL,
        device_key varchar(64),
        imei varchar(15),
        serial_number varchar(40),
        detected_model_id varchar(80),
        block_list_status varchar(20),
        activation_lock boolean,
        mdm_enrolled boolean,
        duplicate_open_trade_in boolean,
        location_type varchar(8),
        location_id varchar(64),
        received_at timestamptz,
        received_by varchar(128),
        hold_reason_codes jsonb,
        hold_until timestamptz,
        suspension_reason_code varchar(64),
        suspension_category varchar(32),
        suspension_detail varchar(500),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX intake_cases_status_idx ON intake_cases (status)`);
    await q.query(`CREATE INDEX intake_cases_device_key_idx ON intake_cases (device_key) WHERE device_key IS NOT NULL`);
    await q.query(`CREATE INDEX intake_cases_ship_by_idx ON intake_cases (ship_by) WHERE status = 'AWAITING_PARCEL'`);

    // A trade-in closed (expired, cancelled) before its acceptance reached us: events cross topics out of order.
    await q.query(`
      CREATE TABLE trade_in_closures (
        trade_in_id varchar(64) PRIMARY KEY,
        reason varchar(16) NOT NULL,
        closed_at timestamptz NOT NULL
      )`);

    await q.query(`
      CREATE TABLE device_receipts (
        id uuid PRIMARY KEY,
        trade_in_id varchar(64) NOT NULL REFERENCES intake_cases(trade_in_id),
        point varchar(8) NOT NULL,
        location_type varchar(8) NOT NULL,
        location_id varchar(64) NOT NULL,
        shipment_id uuid,
        parcel_weight_grams integer CHECK (parcel_weight_grams IS NULL OR parcel_weight_grams >= 0),
        empty_parcel boolean NOT NULL DEFAULT false,
        evidence_refs jsonb NOT NULL,
        device_key varchar(64),
        imei varchar(15),
        serial_number varchar(40),
        detected_model_id varchar(80),
        block_list_status varchar(20) NOT NULL,
        activation_lock boolean NOT NULL,
        mdm_enrolled boolean NOT NULL,
        duplicate_open_trade_in boolean NOT NULL,
        outcome varchar(16) NOT NULL,
        reason_codes jsonb NOT NULL,
        performed_by varchar(128) NOT NULL,
        performed_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX device_receipts_trade_in_idx ON device_receipts (trade_in_id)`);

    await q.query(`
      CREATE TABLE store_checks (
        id uuid PRIMARY KEY,
        receipt_id uuid NOT NULL REFERENCES device_receipts(id),
        trade_in_id varchar(64) NOT NULL,
        code varchar(32) NOT NULL,
        result varchar(32) NOT NULL,
        performed_by varchar(128) NOT NULL,
        performed_at timestamptz NOT NULL,
        UNIQUE (receipt_id, code)
      )`);

    await q.query(`
      CREATE TABLE shipments (
        id uuid PRIMARY KEY,
        purpose varchar(8) NOT NULL CHECK (purpose IN ('INBOUND','RETURN','BOX')),
        trade_in_id varchar(64),
        box_id uuid,
        carrier varchar(64) NOT NULL,
        tracking_number varchar(64) NOT NULL,
        status varchar(16) NOT NULL,
        status_at timestamptz,
        in_transit_announced boolean NOT NULL DEFAULT false,
        insured_amount_minor bigint NOT NULL,
        insured_currency varchar(3) NOT NULL,
        destination_type varchar(8) NOT NULL,
        destination_id varchar(64),
        label_format varchar(8) NOT NULL,
        label text NOT NULL,
        issued_at timestamptz NOT NULL,
        voided_at timestamptz,
        delivered_at timestamptz,
        UNIQUE (carrier, tracking_number)
      )`);
    // One inbound label and one return label per trade-in: a redelivered event cannot issue a second one.
    await q.query(`CREATE UNIQUE INDEX shipments_one_per_purpose ON shipments (trade_in_id, purpose) WHERE trade_in_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX shipments_one_per_box ON shipments (box_id) WHERE box_id IS NOT NULL`);
    await q.query(`CREATE INDEX shipments_tracking_idx ON shipments (tracking_number)`);

    await q.query(`
      CREATE TABLE carrier_events (
        id uuid PRIMARY KEY,
        carrier varchar(64) NOT NULL,
        carrier_event_id varchar(64) NOT NULL,
        tracking_number varchar(64) NOT NULL,
        shipment_id uuid REFERENCES shipments(id),
        status varchar(24) NOT NULL,
        carrier_code varchar(32) NOT NULL,
        occurred_at timestamptz NOT NULL,
        detail varchar(200),
        received_at timestamptz NOT NULL,
        UNIQUE (carrier, carrier_event_id)
      )`);

    await q.query(`
      CREATE TABLE custody_records (
        id bigserial PRIMARY KEY,
        trade_in_id varchar(64) NOT NULL,
        device_key varchar(64),
        action varchar(32) NOT NULL,
        actor varchar(128) NOT NULL,
        location_type varchar(8),
        location_id varchar(64),
        box_id uuid,
        shipment_id uuid,
        occurred_at timestamptz NOT NULL,
        detail jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await q.query(`CREATE INDEX custody_records_trade_in_idx ON custody_records (trade_in_id, id)`);
    await q.query(`CREATE INDEX custody_records_device_idx ON custody_records (device_key, id) WHERE device_key IS NOT NULL`);

    await q.query(`
      CREATE TABLE tac_models (
        tac varchar(8) PRIMARY KEY CHECK (tac ~ '^[0-9]{8}$'),
        model_id varchar(80) NOT NULL,
        brand varchar(64) NOT NULL,
        name varchar(120) NOT NULL,
        category varchar(32) NOT NULL,
        source varchar(8) NOT NULL,
        updated_by varchar(128) NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX tac_models_model_idx ON tac_models (model_id)`);

    await q.query(`
      CREATE TABLE device_status_entries (
        id uuid PRIMARY KEY,
        device_key varchar(64) NOT NULL,
        status varchar(20) NOT NULL CHECK (status IN ('STOLEN','LOST','FINANCED_UNPAID')),
        reason varchar(500) NOT NULL,
        added_by varchar(128) NOT NULL,
        added_at timestamptz NOT NULL,
        removed_by varchar(128),
        removed_at timestamptz,
        removal_reason varchar(500)
      )`);
    await q.query(`CREATE UNIQUE INDEX device_status_one_active ON device_status_entries (device_key, status) WHERE removed_at IS NULL`);

    await q.query(`
      CREATE TABLE device_status_audit (
        id bigserial PRIMARY KEY,
        entry_id uuid NOT NULL,
        device_key varchar(64) NOT NULL,
        action varchar(8) NOT NULL,
        status varchar(20) NOT NULL,
        reason varchar(500) NOT NULL,
        actor varchar(128) NOT NULL,
        at timestamptz NOT NULL
      )`);

    await q.query(`
      CREATE TABLE boxes (
        id uuid PRIMARY KEY,
        store_id varchar(64) NOT NULL,
        site_id varchar(64) NOT NULL,
        status varchar(16) NOT NULL,
        opened_by varchar(128) NOT NULL,
        opened_at timestamptz NOT NULL,
        closed_at timestamptz,
        shipped_at timestamptz,
        shipped_by varchar(128),
        shipment_id uuid,
        manifest jsonb,
        received_at timestamptz,
        received_by varchar(128),
        reconciled_at timestamptz,
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX boxes_status_idx ON boxes (status, shipped_at)`);
    await q.query(`
      CREATE TABLE box_items (
        id uuid PRIMARY KEY,
        box_id uuid NOT NULL REFERENCES boxes(id),
        trade_in_id varchar(64) NOT NULL UNIQUE REFERENCES intake_cases(trade_in_id),
        device_key varchar(64) NOT NULL,
        added_by varchar(128) NOT NULL,
        added_at timestamptz NOT NULL,
        arrived_at timestamptz,
        arrived_by varchar(128)
      )`);
    await q.query(`
      CREATE TABLE box_discrepancies (
        id uuid PRIMARY KEY,
        box_id uuid NOT NULL REFERENCES boxes(id),
        kind varchar(16) NOT NULL,
        trade_in_id varchar(64),
        device_key varchar(64) NOT NULL,
        recorded_by varchar(128) NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);

    // Append-only: history is evidence (an empty-parcel claim, a block-list dispute), so it is never rewritten.
    await q.query(`
      CREATE FUNCTION intake_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(
      `CREATE TRIGGER custody_records_append_only BEFORE UPDATE OR DELETE ON custody_records FOR EACH ROW EXECUTE FUNCTION intake_refuse_change()`,
    );
    await q.query(
      `CREATE TRIGGER device_status_audit_append_only BEFORE UPDATE OR DELETE ON device_status_audit FOR EACH ROW EXECUTE FUNCTION intake_refuse_change()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'box_discrepancies',
      'box_items',
      'boxes',
      'device_status_audit',
      'device_status_entries',
      'tac_models',
      'custody_records',
      'carrier_events',
      'shipments',
      'store_checks',
      'device_receipts',
      'trade_in_closures',
      'intake_cases',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS intake_refuse_change()`);
  }
}
