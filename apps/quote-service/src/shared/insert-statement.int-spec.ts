import { randomUUID } from 'node:crypto';
import { QuoteEntity } from '../trade-in-record/quote.entity';
import { TradeInEntity } from '../trade-in-record/trade-in.entity';
import { TradeInTimelineEntity } from '../trade-in-record/trade-in-timeline.entity';
import { openTradeIn } from '../trade-in-record/open-trade-in';
import { type QuoteService, createPartner, startQuoteService } from '../testing/quote-test-kit';
import { type RowToInsert, buildWithTypeorm, clearInsertTemplates, insertStatement } from '@tradein/service-runtime';

describe('insertStatement (the quote, its trade-in and timeline row in one statement; the text kept per shape)', () => {
  let svc: QuoteService;
  beforeAll(async () => {
    svc = await startQuoteService();
    await createPartner(svc, 'insert-partner');
  });
  afterAll(() => svc.close());
  beforeEach(() => clearInsertTemplates());

  const now = new Date('2026-12-04T10:00:00.123Z');
  function rowsFor(o: Partial<QuoteEntity> = {}, detail?: string | null): RowToInsert[] {
    const quote = svc.dataSource.manager.create(QuoteEntity, {
      id: randomUUID(),
      tradeInId: randomUUID(),
      partnerId: 'insert-partner',
      programId: null,
      storeId: null,
      createdBy: 'test',
      modelId: 'sony-playstation-5-slim',
      variantId: 'disc',
      category: 'console',
      market: 'FR',
      currency: 'EUR',
      imei: null,
      priceTableVersion: 1,
      questionnaireVersion: 1,
      answers: { body: 'light_wear' },
      baseMinor: 40000n,
      deviceValueMinor: 36000n,
      bonusMinor: 0n,
      totalMinor: 36000n,
      outcome: 'OFFER',
      breakdown: [{ code: 'base', deltaMinor: '40000' }],
      programSnapshot: null,
      pricedAt: now,
      expiresAt: new Date(now.getTime() + 7 * 86_400_000),
      ...o,
    });
    const { tradeIn, timeline } = openTradeIn(quote, now, 'test');
    return [
      { target: QuoteEntity, values: quote },
      { target: TradeInEntity, values: tradeIn },
      { target: TradeInTimelineEntity, values: { ...timeline, detail } },
    ];
  }
  const m = () => svc.dataSource.manager;

  it("gives TypeORM's own text and values, on the first call of a shape and on later ones (without its query builder)", () => {
    const first = rowsFor();
    expect(insertStatement(m(), first)).toEqual(buildWithTypeorm(m(), first));
    const builder = jest.spyOn(m(), 'createQueryBuilder');
    try {
      const later = rowsFor({ imei: '490154203237518', totalMinor: 9_007_199_254_740_993n, storeId: 'store-1' }, null);
      expect(insertStatement(m(), later)).toEqual(buildWithTypeorm(m(), later));
      builder.mockClear();
      const again = rowsFor({ programSnapshot: { programId: 'p', bonusMinor: '500' } as never });
      const statement = insertStatement(m(), again);
      expect(builder).not.toHaveBeenCalled();
      expect(statement).toEqual(buildWithTypeorm(m(), again));
    } finally {
      builder.mockRestore();
    }
  });

  it('keeps one text per set of DEFAULT columns: an omitted value is DEFAULT, null is bound', () => {
    const omitted = rowsFor({}, undefined);
    const bound = rowsFor({}, 'a note');
    const [omittedSql, omittedParams] = insertStatement(m(), omitted)!;
    const [boundSql, boundParams] = insertStatement(m(), bound)!;
    expect(omittedSql).not.toBe(boundSql);
    expect(boundParams.length).toBe(omittedParams.length + 1);
    expect([omittedSql, omittedParams]).toEqual(buildWithTypeorm(m(), omitted));
    expect([boundSql, boundParams]).toEqual(buildWithTypeorm(m(), bound));
    // And the first shape's kept text serves it again.
    const omittedAgain = rowsFor({ market: 'DE' }, undefined);
    expect(insertStatement(m(), omittedAgain)).toEqual(buildWithTypeorm(m(), omittedAgain));
  });

  it('writes the rows: bigint amounts exactly, JSON, timestamps, DEFAULT and NULL', async () => {
    insertStatement(m(), rowsFor()); // the shape is kept; the next call uses the kept text
    const rows = rowsFor({ totalMinor: 9_007_199_254_740_993n, answers: { body: 'cracked' } }, 'a note');
    const quote = rows[0]!.values as QuoteEntity;
    await svc.dataSource.query(...insertStatement(m(), rows)!);
    const saved = await svc.dataSource.getRepository(QuoteEntity).findOneByOrFail({ id: quote.id });
    expect(saved).toMatchObject({ totalMinor: 9_007_199_254_740_993n, answers: { body: 'cracked' }, pricedAt: now, imei: null });
    const timeline: Array<{ id: string; detail: string | null; to_state: string }> = await svc.dataSource.query(
      'SELECT id::text, detail, to_state FROM trade_in_timeline WHERE trade_in_id = $1',
      [quote.tradeInId],
    );
    expect(timeline).toEqual([{ id: expect.stringMatching(/^\d+$/), detail: 'a note', to_state: 'QUOTED' }]);
  });

  it("leaves a shape to TypeORM when its values are not TypeORM's (checked the first time the shape is seen)", () => {
    const driver = m().connection.driver;
    const real = driver.preparePersistentValue.bind(driver);
    let n = 0;
    const prepare = jest
      .spyOn(driver, 'preparePersistentValue')
      .mockImplementation((value: unknown, column) => (column.propertyName === 'market' ? `market-${n++}` : real(value, column)));
    const builder = jest.spyOn(m(), 'createQueryBuilder');
    try {
      const [, params] = insertStatement(m(), rowsFor())!;
      expect(params).toContain('market-1'); // TypeORM's answer (the check's own values had market-0)
      builder.mockClear();
      const [, again] = insertStatement(m(), rowsFor())!;
      expect(builder).toHaveBeenCalled();
      expect(again).toContain('market-3');
    } finally {
      prepare.mockRestore();
      builder.mockRestore();
    }
  });
});
