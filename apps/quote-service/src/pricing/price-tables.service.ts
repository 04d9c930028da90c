import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Market } from '@tradein/contracts';
import { PgChangeListener, type SqlRunner, prepared } from '@tradein/messaging';
import { CLOCK, type Clock } from '@tradein/service-runtime';
import { type PriceTableRow } from './price-table/price-table-row';
import { PriceTableEntity } from './price-table.entity';

/** A quote's price lookup, prepared on each connection (ADR 0024). */
const CURRENT_BASE_PRICE = prepared(
  `SELECT v.version, r.amount_minor FROM (SELECT max(version) AS version FROM price_table) AS v
     LEFT JOIN price_table_row r ON r.version = v.version AND r.model_id = $1 AND r.variant_id = $2 AND r.market = $3`,
);

/** Versioned, immutable price tables: the newest version prices new quotes; a quote keeps its own. */
@Injectable()
export class PriceTablesService implements OnModuleInit, OnApplicationShutdown {
  private readonly pricesByVersion = new Map<string, Map<string, { amountMinor: string; currency: string }>>();
  /**
   * The current version as last read, kept only while this replica LISTENs to `price_table_changed` (migration
   * PriceTableChangeNotify1765200000000), so browsing the catalog costs no query (issue 15). `generation` moves on
   * every change: a read that raced one is not kept. Quotes never use it: they read the version in their own
   * transaction, with the price.
   */
  private cachedVersion?: number;
  private generation = 0;
  private readonly changes: PgChangeListener;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.changes = new PgChangeListener(dataSource, 'price_table_changed', () => this.forgetCurrent());
  }

  async onModuleInit(): Promise<void> {
    await this.changes.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.changes.stop();
  }

  /** The newest version; served from memory while the change listener runs. */
  async currentVersion(): Promise<number> {
    if (this.changes.listening && this.cachedVersion !== undefined) return this.cachedVersion;
    const generation = this.generation;
    const rows: Array<{ version: number | null }> = await this.dataSource.query('SELECT max(version) AS version FROM price_table');
    const v = rows[0]?.version;
    if (!v) throw new Error('no price table: the seed migration has not run');
    if (this.changes.listening && generation === this.generation) this.cachedVersion = v;
    return v;
  }

  /** A table was written (here, after its commit, or anywhere: notified): the next read goes to PostgreSQL. */
  forgetCurrent(): void {
    this.generation++;
    this.cachedVersion = undefined;
  }

  /**
   * The current version and the variant's price in it, in one round trip (a quote's hot path): `base` is
   * undefined when the current table has no row for it.
   */
  async currentBasePrice(m: SqlRunner, modelId: string, variantId: string, market: Market): Promise<{ version: number; base?: bigint }> {
    const rows: Array<{ version: number | null; amount_minor: string | null }> = await m.query(CURRENT_BASE_PRICE, [
      modelId,
      variantId,
      market,
    ]);
    const row = rows[0];
    if (!row?.version) throw new Error('no price table: the seed migration has not run');
    return row.amount_minor === null ? { version: row.version } : { version: row.version, base: BigInt(row.amount_minor) };
  }

  async currentPrices(market: Market): Promise<{ version: number; prices: Map<string, { amountMinor: string; currency: string }> }> {
    const version = await this.currentVersion();
    const key = `${version}|${market}`;
    let prices = this.pricesByVersion.get(key);
    if (!prices) {
      const rows: Array<{ model_id: string; variant_id: string; currency: string; amount_minor: string }> = await this.dataSource.query(
        'SELECT model_id, variant_id, currency, amount_minor FROM price_table_row WHERE version = $1 AND market = $2',
        [version, market],
      );
      prices = new Map(rows.map((r) => [`${r.model_id}|${r.variant_id}`, { amountMinor: r.amount_minor, currency: r.currency }]));
      // A version never changes (the database refuses updates), so its rows can be kept; only the
      // current version's lookup above goes to the database on each call. Bounded: old versions drop out.
      if (this.pricesByVersion.size >= 7 * 3) this.pricesByVersion.delete(this.pricesByVersion.keys().next().value as string);
      this.pricesByVersion.set(key, prices);
    }
    return { version, prices };
  }

  /** Writes a validated table as the next version, in the caller's transaction. */
  async insertVersion(
    m: EntityManager,
    rows: readonly PriceTableRow[],
    source: 'CSV' | 'JSON',
    uploadedBy: string,
  ): Promise<PriceTableEntity> {
    const table = await m.save(
      PriceTableEntity,
      m.create(PriceTableEntity, { source, rowCount: rows.length, uploadedBy, createdAt: this.clock.now() }),
    );
    await m.query(
      `INSERT INTO price_table_row (version, model_id, variant_id, market, currency, amount_minor)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[])`,
      [
        table.version,
        rows.map((r) => r.modelId),
        rows.map((r) => r.variantId),
        rows.map((r) => r.market),
        rows.map((r) => r.currency),
        rows.map((r) => r.amountMinor.toString()),
      ],
    );
    return table;
  }

  async list(): Promise<PriceTableEntity[]> {
    return this.dataSource.getRepository(PriceTableEntity).find({ order: { version: 'DESC' }, take: 100 });
  }
}
