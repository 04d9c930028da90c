import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The partner widget (issue 13): the shop origins each partner registers (CORS answers only for these,
 * and widget sessions are minted only for them), and the mail-in label as intake announced it, so the
 * customer's tracking view can show the carrier, tracking number and label without a call to intake.
 */
export class WidgetOriginsAndLabels1764460000000 implements MigrationInterface {
  name = 'WidgetOriginsAndLabels1764460000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE partner_widget_origin (
      partner_id text NOT NULL REFERENCES partner(id),
      origin text NOT NULL,
      created_at timestamptz NOT NULL,
      PRIMARY KEY (partner_id, origin))`);
    await q.query(`CREATE INDEX partner_widget_origin_origin ON partner_widget_origin (origin)`);
    await q.query(`CREATE TABLE trade_in_label (
      trade_in_id uuid PRIMARY KEY,
      shipment_id text NOT NULL,
      carrier text NOT NULL,
      tracking_number text NOT NULL,
      label_format text,
      label text,
      issued_at timestamptz NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE trade_in_label`);
    await q.query(`DROP TABLE partner_widget_origin`);
  }
}
