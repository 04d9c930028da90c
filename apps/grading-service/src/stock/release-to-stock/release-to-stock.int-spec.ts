import { StockAdded, validateEvent } from '@tradein/contracts';
import {
  erasure,
  events,
  gradeThrough,
  imeiFor,
  jobIdOf,
  outboxEvents,
  phoneInspection,
  receivedPayload,
  startGrading,
  type GradingTestService,
  openJob,
} from '../../testing/grading-test-kit';

describe('release into refurbishable stock on tradein.offer.finalized (real PostgreSQL)', () => {
  let t: GradingTestService;
  let alice: string;
  beforeAll(async () => {
    t = await startGrading();
    alice = t.token({ sub: 'alice', role: 'grader', siteId: 'SITE-A' });
  });
  afterAll(async () => {
    await t.close();
  });

  async function graded(
    tradeInId: string,
    n: number,
    inspection?: Record<string, unknown>,
    erasureBody?: Record<string, string>,
  ): Promise<Record<string, unknown>> {
    return gradeThrough(t, alice, await openJob(t, tradeInId, n), imeiFor(n), inspection, erasureBody);
  }

  async function stockOf(tradeInId: string): Promise<Array<Record<string, unknown>>> {
    return t.dataSource.query('SELECT sku, site_id, disposition, parts_needed, marketplace_grade FROM stock_items WHERE trade_in_id = $1', [
      tradeInId,
    ]);
  }

  it('stocks a graded, erased device when the offer is finalized, and emits tradein.stock.added', async () => {
    await graded('ti-stock-1', 1);
    expect(await stockOf('ti-stock-1')).toEqual([]);
    await events.finalized(t, 'ti-stock-1');
    expect(await stockOf('ti-stock-1')).toEqual([
      {
        sku: 'IPHONE-13--128GB-MIDNIGHT--EXCELLENT',
        site_id: 'SITE-A',
        disposition: 'REFURBISH',
        parts_needed: [],
        marketplace_grade: 'Excellent',
      },
    ]);
    const [event] = await outboxEvents(t, StockAdded.type, 'ti-stock-1');
    expect(validateEvent(event, StockAdded.topic).ok).toBe(true);
    expect(event!.payload).toMatchObject({
      sku: 'IPHONE-13--128GB-MIDNIGHT--EXCELLENT',
      siteId: 'SITE-A',
      disposition: 'REFURBISH',
      partsNeeded: [],
      marketplaceGrade: 'Excellent',
    });
  });

  it('keeps a finalization that arrives before the grade and stocks the device when it is graded', async () => {
    await events.received(t, 'ti-early', receivedPayload({ site: 'SITE-A', imei: imeiFor(2) }));
    await events.finalized(t, 'ti-early');
    expect(await stockOf('ti-early')).toEqual([]);
    await gradeThrough(t, alice, await jobIdOf(t, 'ti-early'), imeiFor(2), phoneInspection(imeiFor(2), { checks: { BATTERY_HEALTH: 70 } }));
    expect(await stockOf('ti-early')).toEqual([expect.objectContaining({ disposition: 'REFURBISH', parts_needed: ['battery'] })]);
    expect(await outboxEvents(t, StockAdded.type, 'ti-early')).toHaveLength(1);
  });

  it('stocks a device once even when the finalization is delivered twice', async () => {
    await graded('ti-twice', 3);
    await events.finalized(t, 'ti-twice');
    await events.finalized(t, 'ti-twice');
    expect(await stockOf('ti-twice')).toHaveLength(1);
    expect(await outboxEvents(t, StockAdded.type, 'ti-twice')).toHaveLength(1);
  });

  it('never stocks a declined trade-in, and cancels its open job', async () => {
    await events.received(t, 'ti-declined', receivedPayload({ site: 'SITE-A', imei: imeiFor(4) }));
    await events.declined(t, 'ti-declined');
    const [job]: Array<{ status: string }> = await t.dataSource.query(`SELECT status FROM grading_jobs WHERE trade_in_id = 'ti-declined'`);
    expect(job!.status).toBe('CANCELLED');
    await events.finalized(t, 'ti-declined');
    expect(await stockOf('ti-declined')).toEqual([]);

    await graded('ti-declined-after-grade', 5);
    await events.declined(t, 'ti-declined-after-grade');
    await events.finalized(t, 'ti-declined-after-grade');
    expect(await stockOf('ti-declined-after-grade')).toEqual([]);
    expect(await outboxEvents(t, StockAdded.type, 'ti-declined-after-grade')).toEqual([]);
  });

  it('never stocks a device without a verified erasure, nor one for recycling', async () => {
    await graded('ti-unerased', 6, undefined, erasure({ verification: 'FAILED' }));
    await events.finalized(t, 'ti-unerased');
    expect(await stockOf('ti-unerased')).toEqual([]);

    await graded(
      'ti-dead',
      7,
      phoneInspection(imeiFor(7), { checks: { POWER: 'FAIL' } }),
      erasure({ method: 'DESTROY', technique: 'SHRED' }),
    );
    await events.finalized(t, 'ti-dead');
    expect(await stockOf('ti-dead')).toEqual([]);
  });

  it('answers stock queries by SKU, grade, site and age with counts; a grader sees only their site', async () => {
    await graded('ti-q-1', 8, phoneInspection(imeiFor(8), { cosmeticGrade: 'A', defects: [] }));
    await events.finalized(t, 'ti-q-1');
    t.clock.advanceDays(10);
    await graded('ti-q-2', 9, phoneInspection(imeiFor(9), { cosmeticGrade: 'A', defects: [] }));
    await events.finalized(t, 'ti-q-2');
    const ops = t.token({ sub: 'olga', role: 'ops' });

    const premium = await t.request<{ total: number; counts: unknown[]; items: Array<{ tradeInId: string; ageDays: number }> }>(
      'GET',
      '/v1/stock?marketplaceGrade=Premium',
      { token: ops },
    );
    expect(premium.status).toBe(200);
    expect(premium.body.total).toBe(2);
    expect(premium.body.counts).toEqual([
      { sku: 'IPHONE-13--128GB-MIDNIGHT--PREMIUM', marketplaceGrade: 'Premium', siteId: 'SITE-A', count: 2 },
    ]);
    expect(premium.body.items.map((i) => [i.tradeInId, i.ageDays])).toEqual([
      ['ti-q-1', 10],
      ['ti-q-2', 0],
    ]);

    const old = await t.request<{ items: Array<{ tradeInId: string }> }>(
      'GET',
      '/v1/stock?sku=IPHONE-13--128GB-MIDNIGHT--PREMIUM&minAgeDays=5',
      { token: ops },
    );
    expect(old.body.items.map((i) => i.tradeInId)).toEqual(['ti-q-1']);
    const fresh = await t.request<{ items: Array<{ tradeInId: string }> }>('GET', '/v1/stock?cosmeticGrade=A&maxAgeDays=1', { token: ops });
    expect(fresh.body.items.map((i) => i.tradeInId)).toEqual(['ti-q-2']);

    const all = await t.request<{ total: number }>('GET', '/v1/stock', { token: alice });
    expect(all.body.total).toBeGreaterThanOrEqual(4);
    const otherSite = t.token({ sub: 'carol', role: 'grader', siteId: 'SITE-B' });
    expect((await t.request<{ total: number }>('GET', '/v1/stock', { token: otherSite })).body.total).toBe(0);
    expect((await t.request('GET', '/v1/stock?siteId=SITE-A', { token: otherSite })).status).toBe(403);

    const bad = await t.request<{ errors: Array<{ field: string }> }>('GET', '/v1/stock?minAgeDays=9&maxAgeDays=2', { token: ops });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]!.field).toBe('minAgeDays');
    expect((await t.request('GET', '/v1/stock?cosmeticGrade=Z', { token: ops })).status).toBe(400);
  });
});
