import { MARKETS } from '@tradein/contracts';
import { CATALOG_SEED } from '../catalog/seed/catalog.seed';
import { type QuoteService, startQuoteService } from '../testing/quote-test-kit';

let svc: QuoteService;

beforeAll(async () => {
  svc = await startQuoteService();
});
afterAll(() => svc.close());

const tables = async (): Promise<string[]> =>
  (
    (await svc.dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)) as Array<{
      tablename: string;
    }>
  ).map((r) => r.tablename);

describe('migrations on the real PostgreSQL', () => {
  it('create every table and seed price table v1 for every model, variant and market', async () => {
    expect(await tables()).toEqual(
      expect.arrayContaining([
        'partner',
        'partner_program',
        'partner_api_key',
        'tac_code',
        'price_table',
        'price_table_row',
        'quote',
        'trade_in',
        'trade_in_timeline',
        'webhook_endpoint',
        'webhook_delivery',
        'webhook_attempt',
        'outbox_event',
        'inbox_event',
        'idempotency_record',
      ]),
    );
    const variants = CATALOG_SEED.reduce((n, m) => n + m.variants.length, 0);
    const [row] = await svc.dataSource.query(
      'SELECT count(*)::int AS n, count(DISTINCT market)::int AS markets FROM price_table_row WHERE version = 1',
    );
    expect(row).toEqual({ n: variants * MARKETS.length, markets: MARKETS.length });
  });

  it('revert cleanly and re-apply', async () => {
    // Undo from the newest (shared migrations may be newer than the service's) down to the quote schema.
    const undone: string[] = [];
    while (!undone.includes('QuoteSchema1764200000000')) {
      const [last] = (await svc.dataSource.query('SELECT name FROM typeorm_migrations ORDER BY "timestamp" DESC LIMIT 1')) as Array<{
        name: string;
      }>;
      expect(last).toBeDefined();
      await svc.dataSource.undoLastMigration({ transaction: 'each' });
      undone.push(last!.name);
    }
    const after = await tables();
    expect(after).not.toContain('trade_in');
    expect(after).not.toContain('price_table');
    expect(after).toContain('outbox_event');
    const ran = await svc.dataSource.runMigrations({ transaction: 'each' });
    expect(ran.map((m) => m.name)).toEqual([...undone].reverse());
    expect(ran.map((m) => m.name)).toEqual(expect.arrayContaining(['QuoteSchema1764200000000', 'SeedPriceTable1764200000001']));
    expect(await tables()).toContain('trade_in');
  });

  it('the database enforces what the code assumes', async () => {
    await expect(svc.dataSource.query(`INSERT INTO tac_code (tac, model_id) VALUES ('12ab', 'x')`)).rejects.toThrow();
    await expect(
      svc.dataSource.query(
        `INSERT INTO price_table_row (version, model_id, variant_id, market, currency, amount_minor) VALUES (1, 'a', 'b', 'FR', 'EUR', -1)`,
      ),
    ).rejects.toThrow();
    await expect(svc.dataSource.query(`DELETE FROM price_table_row WHERE version = 1`)).rejects.toThrow(/immutable/);
  });
});
