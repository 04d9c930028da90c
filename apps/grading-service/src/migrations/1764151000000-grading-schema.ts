import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The grading database: devices, the job queue, inspections, erasure certificates, grades, appeals, stock. */
export class GradingSchema1764151000000 implements MigrationInterface {
  name = 'GradingSchema1764151000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE devices (
        trade_in_id varchar(64) PRIMARY KEY,
        partner_id varchar(64),
        model_id varchar(80),
        variant_id varchar(80),
        category varchar(20),
        imei varchar(15),
        serial_number varchar(40),
        block_list_status varchar(20),
        activation_lock boolean,
        mdm_enrolled boolean,
        store_id varchar(64),
        site_id varchar(64),
        received_at timestamptz,
        store_checks jsonb,
        declared_condition jsonb,
        current_grade_id uuid,
        finalized_at timestamptz,
        finalized_quote_id varchar(64),
        declined_at timestamptz,
        correlation_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX devices_store_idx ON devices (store_id) WHERE store_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE grading_jobs (
        id uuid PRIMARY KEY,
        trade_in_id varchar(64) NOT NULL,
        site_id varchar(64) NOT NULL,
        kind varchar(10) NOT NULL CHECK (kind IN ('INITIAL', 'REGRADE')),
        status varchar(10) NOT NULL CHECK (status IN ('OPEN', 'DONE', 'CANCELLED')),
        claimed_by varchar(128),
        claimed_at timestamptz,
        lease_expires_at timestamptz,
        excluded_technicians text[] NOT NULL DEFAULT '{}',
        appeal_id varchar(64),
        opened_at timestamptz NOT NULL,
        deadline_at timestamptz NOT NULL,
        completed_at timestamptz,
        grade_id uuid,
        CHECK ((claimed_by IS NULL) = (lease_expires_at IS NULL))
      )`);
    await q.query(`CREATE INDEX grading_jobs_queue_idx ON grading_jobs (site_id, status, opened_at)`);
    // At most one open job per device, and one initial job ever: a redelivered receipt cannot open a second.
    await q.query(`CREATE UNIQUE INDEX grading_jobs_one_open_idx ON grading_jobs (trade_in_id) WHERE status = 'OPEN'`);
    await q.query(`CREATE UNIQUE INDEX grading_jobs_one_initial_idx ON grading_jobs (trade_in_id) WHERE kind = 'INITIAL'`);

    await q.query(`
      CREATE TABLE inspections (
        job_id uuid PRIMARY KEY REFERENCES grading_jobs (id),
        trade_in_id varchar(64) NOT NULL,
        technician_id varchar(128) NOT NULL,
        category varchar(20) NOT NULL,
        checklist_version varchar(40) NOT NULL,
        checks jsonb NOT NULL,
        cosmetic_grade varchar(1) NOT NULL CHECK (cosmetic_grade IN ('A', 'B', 'C', 'D', 'E')),
        defects jsonb NOT NULL,
        missing_accessories jsonb NOT NULL,
        evidence jsonb NOT NULL,
        imei_read varchar(15),
        serial_read varchar(40),
        activation_lock boolean NOT NULL,
        mdm_enrolled boolean NOT NULL,
        inspected_at timestamptz NOT NULL
      )`);

    await q.query(`
      CREATE TABLE erasure_certificates (
        id uuid PRIMARY KEY,
        trade_in_id varchar(64) NOT NULL,
        job_id uuid NOT NULL REFERENCES grading_jobs (id),
        medium_id varchar(64) NOT NULL,
        medium_type varchar(20) NOT NULL,
        method varchar(8) NOT NULL CHECK (method IN ('CLEAR', 'PURGE', 'DESTROY')),
        technique varchar(40),
        tool varchar(80) NOT NULL,
        tool_version varchar(40) NOT NULL,
        operator_id varchar(128) NOT NULL,
        verification varchar(8) NOT NULL CHECK (verification IN ('PASSED', 'FAILED')),
        performed_at timestamptz NOT NULL,
        report_sha256 char(64) NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX erasure_certificates_trade_in_idx ON erasure_certificates (trade_in_id)`);

    await q.query(`
      CREATE TABLE grades (
        id uuid PRIMARY KEY,
        trade_in_id varchar(64) NOT NULL,
        job_id uuid NOT NULL UNIQUE REFERENCES grading_jobs (id),
        site_id varchar(64) NOT NULL,
        technician_id varchar(128) NOT NULL,
        regrade boolean NOT NULL,
        supersedes_grade_id uuid REFERENCES grades (id),
        appeal_id varchar(64),
        category varchar(20) NOT NULL,
        model_id varchar(80) NOT NULL,
        variant_id varchar(80),
        cosmetic_grade varchar(1) NOT NULL CHECK (cosmetic_grade IN ('A', 'B', 'C', 'D', 'E')),
        functional_grade smallint NOT NULL CHECK (functional_grade BETWEEN 0 AND 9),
        r2_functional varchar(2) NOT NULL,
        r2_cosmetic varchar(2) NOT NULL,
        battery_health_percent smallint CHECK (battery_health_percent BETWEEN 0 AND 100),
        locked boolean NOT NULL,
        missing_accessories jsonb NOT NULL,
        defects jsonb NOT NULL,
        evidence jsonb NOT NULL,
        checks jsonb NOT NULL,
        failed_checks jsonb NOT NULL,
        disposition varchar(24) NOT NULL,
        parts_needed jsonb NOT NULL,
        disposition_reasons jsonb NOT NULL,
        marketplace_grade varchar(40) NOT NULL,
        marketplace_mapping_version integer NOT NULL,
        grading_standard_version varchar(40) NOT NULL,
        checklist_version varchar(40) NOT NULL,
        disposition_policy_version varchar(40) NOT NULL,
        erasure_outcome varchar(16) NOT NULL,
        identifier varchar(64) NOT NULL,
        graded_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX grades_trade_in_idx ON grades (trade_in_id, graded_at)`);
    await q.query(`CREATE INDEX grades_technician_idx ON grades (technician_id, graded_at)`);

    await q.query(`
      CREATE TABLE appeals (
        appeal_id varchar(64) PRIMARY KEY,
        trade_in_id varchar(64) NOT NULL,
        requested_by varchar(10) NOT NULL,
        reason varchar(1000) NOT NULL,
        status varchar(10) NOT NULL CHECK (status IN ('PENDING', 'OPEN', 'REGRADED')),
        job_id uuid REFERENCES grading_jobs (id),
        requested_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX appeals_trade_in_idx ON appeals (trade_in_id)`);

    await q.query(`
      CREATE TABLE marketplace_grade_mappings (
        version integer PRIMARY KEY,
        grades jsonb NOT NULL,
        published_by varchar(128) NOT NULL,
        published_at timestamptz NOT NULL
      )`);
    await q.query(
      `INSERT INTO marketplace_grade_mappings (version, grades, published_by, published_at) VALUES (1, $1, 'migration', now())`,
      [JSON.stringify({ A: 'Premium', B: 'Excellent', C: 'Good', D: 'Fair', E: 'Parts only' })],
    );

    await q.query(`
      CREATE TABLE stock_items (
        id uuid PRIMARY KEY,
        trade_in_id varchar(64) NOT NULL UNIQUE,
        grade_id uuid NOT NULL REFERENCES grades (id),
        sku varchar(120) NOT NULL,
        model_id varchar(80) NOT NULL,
        variant_id varchar(80),
        category varchar(20) NOT NULL,
        marketplace_grade varchar(40) NOT NULL,
        cosmetic_grade varchar(1) NOT NULL,
        site_id varchar(64) NOT NULL,
        disposition varchar(24) NOT NULL,
        parts_needed jsonb NOT NULL,
        added_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX stock_items_query_idx ON stock_items (site_id, sku, added_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'stock_items',
      'marketplace_grade_mappings',
      'appeals',
      'grades',
      'erasure_certificates',
      'inspections',
      'grading_jobs',
      'devices',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
