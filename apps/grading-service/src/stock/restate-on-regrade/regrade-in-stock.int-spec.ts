import { DeviceGraded, StockAdded } from '@tradein/contracts';
import {
  events,
  gradeThrough,
  imeiFor,
  jobIdOf,
  outboxEvents,
  phoneInspection,
  startGrading,
  type GradingTestService,
  openJob,
} from '../../testing/grading-test-kit';

interface StockItemView {
  tradeInId: string;
  sku: string;
  marketplaceGrade: string;
  cosmeticGrade: string;
  disposition: string;
  partsNeeded: string[];
  status: string;
  regradedAt: string | null;
  previousSku: string | null;
  removedAt: string | null;
  removalReason: string | null;
}
interface StockAnswer {
  total: number;
  items: StockItemView[];
}
interface PassportStock {
  stock:
    | (StockItemView & {
        gradeId: string;
        history: Array<{
          change: string;
          previousGradeId: string;
          gradeId: string;
          previous: Record<string, unknown>;
          current: Record<string, unknown>;
        }>;
      })
    | null;
}

const PREMIUM = 'IPHONE-13--128GB-MIDNIGHT--PREMIUM';
const GOOD = 'IPHONE-13--128GB-MIDNIGHT--GOOD';

describe('a regrade of a device already in stock restates or removes its stock item (real PostgreSQL)', () => {
  let t: GradingTestService;
  let alice: string;
  let bob: string;
  let ops: string;
  beforeAll(async () => {
    t = await startGrading();
    alice = t.token({ sub: 'alice', role: 'grader', siteId: 'SITE-A' });
    bob = t.token({ sub: 'bob', role: 'grader', siteId: 'SITE-A' });
    ops = t.token({ sub: 'olga', role: 'ops' });
  });
  afterAll(async () => {
    await t.close();
  });

  /** Received, graded A by alice, finalized: in stock as Premium. */
  async function stockedPremium(tradeInId: string, n: number): Promise<Record<string, unknown>> {
    const first = await gradeThrough(
      t,
      alice,
      await openJob(t, tradeInId, n),
      imeiFor(n),
      phoneInspection(imeiFor(n), { cosmeticGrade: 'A', defects: [] }),
    );
    await events.finalized(t, tradeInId);
    expect(await outboxEvents(t, StockAdded.type, tradeInId)).toHaveLength(1);
    return first;
  }

  async function stockItem(tradeInId: string, query = ''): Promise<StockItemView | undefined> {
    const answer = await t.request<StockAnswer>('GET', `/v1/stock${query}`, { token: ops });
    expect(answer.status).toBe(200);
    return answer.body.items.find((i) => i.tradeInId === tradeInId);
  }

  it('moves the stock item to the worse grade and SKU of the regrade, keeping the old one traceable', async () => {
    const first = await stockedPremium('ti-worse', 1);
    expect(await stockItem('ti-worse', `?sku=${PREMIUM}`)).toMatchObject({
      sku: PREMIUM,
      cosmeticGrade: 'A',
      regradedAt: null,
      previousSku: null,
    });

    await events.appeal(t, 'ti-worse', 'ap-worse', { requestedBy: 'OPS' });
    const second = await gradeThrough(
      t,
      bob,
      await jobIdOf(t, 'ti-worse', 'REGRADE'),
      imeiFor(1),
      phoneInspection(imeiFor(1), { cosmeticGrade: 'C', defects: [] }),
      {},
    );
    expect(second).toMatchObject({ regrade: true, cosmeticGrade: 'C', marketplaceGrade: 'Good' });

    // Sold under the new grade only: gone from the Premium SKU, present under Good, the old SKU kept on the item.
    expect(await stockItem('ti-worse', `?sku=${PREMIUM}`)).toBeUndefined();
    expect(await stockItem('ti-worse', `?sku=${GOOD}`)).toMatchObject({
      sku: GOOD,
      marketplaceGrade: 'Good',
      cosmeticGrade: 'C',
      disposition: 'REFURBISH',
      status: 'IN_STOCK',
      previousSku: PREMIUM,
      regradedAt: t.clock.now().toISOString(),
      removedAt: null,
    });
    expect(await stockItem('ti-worse', '?regraded=true')).toBeDefined();
    expect(await stockItem('ti-worse', '?regraded=false')).toBeUndefined();

    const passport = await t.request<PassportStock>('GET', '/v1/devices/ti-worse/passport', { token: ops });
    expect(passport.body.stock).toMatchObject({ gradeId: second['gradeId'], sku: GOOD, previousSku: PREMIUM });
    expect(passport.body.stock!.history).toEqual([
      expect.objectContaining({
        change: 'REGRADED',
        previousGradeId: first['gradeId'],
        gradeId: second['gradeId'],
        previous: expect.objectContaining({ sku: PREMIUM, marketplaceGrade: 'Premium', cosmeticGrade: 'A', status: 'IN_STOCK' }),
        current: expect.objectContaining({ sku: GOOD, marketplaceGrade: 'Good', cosmeticGrade: 'C', status: 'IN_STOCK' }),
      }),
    ]);
    // Still one stock entry: the device entered stock once (no second tradein.stock.added).
    expect(await outboxEvents(t, StockAdded.type, 'ti-worse')).toHaveLength(1);
    const [row]: Array<{ n: number }> = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM stock_items WHERE trade_in_id = 'ti-worse'`,
    );
    expect(row!.n).toBe(1);
  });

  it('takes the device out of sellable stock when the regrade says RECYCLE', async () => {
    await stockedPremium('ti-recycle', 2);
    await events.appeal(t, 'ti-recycle', 'ap-recycle', { requestedBy: 'OPS' });
    const second = await gradeThrough(
      t,
      bob,
      await jobIdOf(t, 'ti-recycle', 'REGRADE'),
      imeiFor(2),
      phoneInspection(imeiFor(2), { checks: { POWER: 'FAIL' } }),
      {},
    );
    expect(second).toMatchObject({ regrade: true, disposition: 'RECYCLE' });

    expect(await stockItem('ti-recycle')).toBeUndefined();
    expect(await stockItem('ti-recycle', `?sku=${PREMIUM}`)).toBeUndefined();
    expect(await stockItem('ti-recycle', '?status=REMOVED')).toMatchObject({
      status: 'REMOVED',
      disposition: 'RECYCLE',
      removalReason: 'REGRADED_RECYCLE',
      removedAt: t.clock.now().toISOString(),
      previousSku: PREMIUM,
    });
    const passport = await t.request<PassportStock>('GET', '/v1/devices/ti-recycle/passport', { token: ops });
    expect(passport.body.stock!.history).toEqual([
      expect.objectContaining({
        change: 'REMOVED',
        previous: expect.objectContaining({ status: 'IN_STOCK', disposition: 'REFURBISH' }),
        current: expect.objectContaining({ status: 'REMOVED', disposition: 'RECYCLE' }),
      }),
    ]);
    // A redelivered finalization does not put it back.
    await events.finalized(t, 'ti-recycle');
    expect(await stockItem('ti-recycle')).toBeUndefined();
    expect(await outboxEvents(t, StockAdded.type, 'ti-recycle')).toHaveLength(1);
    expect((await t.request('GET', '/v1/stock?status=SOLD', { token: ops })).status).toBe(400);
  });

  it('removes a device quarantined by a regrade and restocks it after a reinspection clears it', async () => {
    await stockedPremium('ti-locked', 3);
    await events.appeal(t, 'ti-locked', 'ap-locked', { requestedBy: 'OPS' });
    await gradeThrough(
      t,
      bob,
      await jobIdOf(t, 'ti-locked', 'REGRADE'),
      imeiFor(3),
      phoneInspection(imeiFor(3), { cosmeticGrade: 'A', defects: [], locks: { activationLock: true, mdmEnrolled: false } }),
      {},
    );
    expect(await stockItem('ti-locked', '?status=REMOVED')).toMatchObject({
      removalReason: 'REGRADED_QUARANTINE',
      disposition: 'QUARANTINE',
    });

    const reopened = await t.request<{ jobId: string }>('POST', '/v1/devices/ti-locked/reinspections', {
      token: ops,
      body: { reason: 'lock removed' },
    });
    expect(reopened.status).toBe(201);
    await gradeThrough(t, alice, reopened.body.jobId, imeiFor(3), phoneInspection(imeiFor(3), { cosmeticGrade: 'A', defects: [] }), {});
    expect(await stockItem('ti-locked')).toMatchObject({ status: 'IN_STOCK', sku: PREMIUM, removedAt: null, removalReason: null });
    expect(await outboxEvents(t, StockAdded.type, 'ti-locked')).toHaveLength(2);
    const passport = await t.request<PassportStock>('GET', '/v1/devices/ti-locked/passport', { token: ops });
    expect(passport.body.stock!.history.map((h) => h.change)).toEqual(['REMOVED', 'RESTOCKED']);
  });

  it('a regrade before the device is stocked behaves as before: stocked once, on the regrade, with no stock history', async () => {
    await gradeThrough(
      t,
      alice,
      await openJob(t, 'ti-before', 4),
      imeiFor(4),
      phoneInspection(imeiFor(4), { cosmeticGrade: 'A', defects: [] }),
    );
    await events.appeal(t, 'ti-before', 'ap-before');
    await gradeThrough(
      t,
      bob,
      await jobIdOf(t, 'ti-before', 'REGRADE'),
      imeiFor(4),
      phoneInspection(imeiFor(4), { cosmeticGrade: 'C', defects: [] }),
      {},
    );
    expect(await stockItem('ti-before')).toBeUndefined();
    await events.finalized(t, 'ti-before');

    expect(await stockItem('ti-before')).toMatchObject({
      sku: GOOD,
      cosmeticGrade: 'C',
      status: 'IN_STOCK',
      regradedAt: null,
      previousSku: null,
    });
    expect(await outboxEvents(t, StockAdded.type, 'ti-before')).toEqual([
      expect.objectContaining({ payload: expect.objectContaining({ sku: GOOD }) }),
    ]);
    expect((await outboxEvents(t, DeviceGraded.type, 'ti-before')).map((e) => e.payload['regrade'])).toEqual([false, true]);
    const passport = await t.request<PassportStock>('GET', '/v1/devices/ti-before/passport', { token: ops });
    expect(passport.body.stock!.history).toEqual([]);
  });
});
