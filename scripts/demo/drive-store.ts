import { type StoreScenario } from './scenarios';
import { type DemoActors, type Tracked, customerEmail, money } from './tracked';

/**
 * A box of store trade-ins: quoted and accepted at the counter with store credit, taken in with the IMEI and
 * guided checks, packed and shipped to the grading site, scanned out of the box there and graded.
 */
export async function driveStoreBox(a: DemoActors, items: Tracked[]): Promise<void> {
  const { f, store } = a;
  await Promise.all(
    items.map(async (t) => {
      const accepted = await f.quoteAndAccept({
        modelId: t.device.modelId,
        variantId: t.device.variantId,
        market: 'FR',
        fulfilment: 'STORE',
        payout: { method: 'STORE_CREDIT' },
        token: store.token,
        customerEmail: customerEmail(t),
      });
      t.tradeInId = accepted.tradeInId;
      await f.storeIntake(store, accepted.tradeInId, t.imei);
      a.progress(t, `accepted at ${store.storeId} at ${money(accepted.quoted)} store credit, taken in at the counter`);
    }),
  );
  const ids = items.map((t) => t.tradeInId!);
  for (const id of ids) await f.stateOf(id, 'RECEIVED');
  const box = await f.packAndShipBox(store, a.siteId, ids);
  for (const t of items) a.progress(t, `packed in box ${box.id.slice(0, 8)}, shipped (${box.trackingNumber})`);
  const unpacked = await f.unpackBoxAtSite(
    a.siteId,
    box.trackingNumber,
    items.map((t) => t.imei),
  );
  if (unpacked.reconciliation.missing.length || unpacked.reconciliation.unexpected.length) {
    throw new Error(`box ${box.id} did not reconcile: ${JSON.stringify(unpacked.reconciliation)}`);
  }
  for (const t of items) {
    const s = t.scenario as StoreScenario;
    const graded = await f.grade(t.tradeInId!, { ...s.grade, battery: 90, imei: t.imei });
    a.progress(t, `scanned out of the box at ${a.siteId}, graded ${String(graded['cosmeticGrade'])}, ${String(graded['disposition'])}`);
  }
}
