import {
  DeviceGraded,
  DeviceReceived,
  PayoutCompleted,
  ReturnDelivered,
  ReturnShipped,
  ShipmentDelivered,
  ShipmentInTransit,
  ShipmentLabelIssued,
  StockAdded,
} from '@tradein/contracts';
import { type CustodyView as Custody, type Money, TradeInFlows, imeiFor as imei, until } from '../platform-client';
import { type OtlpCollector, SERVICES, startOtlpCollector } from '@tradein/testing';
import { type Platform, startPlatform } from './platform';
import { keepLogs, withLogs } from './logs';

/**
 * The platform's acceptance test: one mail-in trade-in through all four services, as separate processes on the
 * real PostgreSQL and Kafka, driven only through their HTTP APIs (the design's "One trade-in, end to end").
 */

const SITE = 'SITE-1'; // intake's INTAKE_DEFAULT_SITE_ID: where inbound labels are addressed
const MODEL = 'apple-iphone-13';
const VARIANT = '128gb';
const TAC = '35390811'; // mapped to MODEL by ops below, so the dock confirms the model (no MODEL_UNVERIFIED)
const WAIT = { timeoutMs: 60_000, intervalMs: 500 };

describe('acceptance: a mail-in trade-in across the four services (processes, PostgreSQL, Kafka)', () => {
  let p: Platform;
  let f: TradeInFlows;
  let ops: string;
  let grader: string;
  let apiKey: string;
  const partnerId = `acc-partner-${Date.now().toString(36)}`;

  const req: Platform['client']['req'] = (...args) => p.client.req(...args);
  const waitFor = <T>(check: () => Promise<T | undefined | null | false>, o: { what: string }) => until(check, o.what, WAIT);
  const tradeIn = (id: string) => f.tradeIn(id);
  const stateOf = (id: string, ...states: string[]) => f.stateOf(id, ...states);
  const custodyOf = (id: string) => f.custodyOf(id);

  let collector: OtlpCollector;

  beforeAll(async () => {
    // The four services export their spans to a collector the test reads (OTLP/HTTP), as they would to a real one.
    collector = await startOtlpCollector();
    const traces = { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_BSP_SCHEDULE_DELAY: '200' };
    p = await startPlatform({
      'quote-service': { ...traces, PARTNER_RATE_LIMIT_PER_MINUTE: '5000' },
      'intake-service': traces,
      'grading-service': traces,
      'payout-service': {
        ...traces,
        SANDBOX_FAILURE_RATE: '0',
        SANDBOX_TIMEOUT_RATE: '0',
        SANDBOX_LATENCY_MS: '10',
        PAYOUT_WORKER_INTERVAL_MS: '500',
      },
    });
    ops = p.token({ sub: 'ops-olga', role: 'ops' });
    grader = p.token({ sub: 'grader-gus', role: 'grader', siteId: SITE });

    // Ops: a partner with an API key; the device's TAC in intake's table.
    await req('quote-service', 'POST', '/v1/partners', 201, { token: ops, body: { id: partnerId, name: 'Acceptance Partner' } });
    apiKey = (await req<{ apiKey: string }>('quote-service', 'POST', `/v1/partners/${partnerId}/api-keys`, 201, { token: ops, body: {} }))
      .apiKey;
    await req('intake-service', 'PUT', `/v1/tac-models/${TAC}`, 200, {
      token: ops,
      body: { modelId: MODEL, brand: 'Apple', name: 'iPhone 13', category: 'smartphone' },
    });
    f = new TradeInFlows(p.client, { ops, grader, apiKey }, WAIT);
  }, 180_000);

  afterAll(async () => {
    keepLogs(p, 'mail-in');
    await p?.close();
    await collector?.close();
  }, 60_000);

  /** Browses the catalog, quotes the iPhone in FR (top condition), accepts it as MAIL_IN; returns the trade-in id. */
  async function quoteAndAccept(payout: Record<string, unknown>): Promise<{ tradeInId: string; quoted: Money }> {
    const models = await req('quote-service', 'GET', '/v1/catalog/models?category=smartphone&q=iphone%2013&market=FR', 200, { apiKey });
    expect(JSON.stringify(models)).toContain(MODEL);
    const model = await req<{ id: string; variants: Array<{ id: string }> }>(
      'quote-service',
      'GET',
      `/v1/catalog/models/${MODEL}?market=FR`,
      200,
      { apiKey },
    );
    expect(model.variants.map((v) => v.id)).toContain(VARIANT);
    const { tradeInId, quoted, tradeIn: accepted } = await f.quoteAndAccept({ modelId: MODEL, variantId: VARIANT, market: 'FR', payout });
    expect(BigInt(accepted.quotedAmount.amountMinor)).toBeGreaterThan(0n);
    return { tradeInId, quoted };
  }

  /** Waits for intake's inbound label (checks its ZPL and quote-service's timeline), then carrier scans to the site. */
  async function shipToSite(tradeInId: string): Promise<string> {
    const { shipmentId, trackingNumber } = await f.labelOf(tradeInId);
    const zpl = await p.call<string>('intake-service', 'GET', `/v1/shipments/${shipmentId}/label`, { token: ops });
    expect(zpl.status).toBe(200);
    expect(zpl.body).toContain(trackingNumber);
    // quote-service records the label without a state change.
    await waitFor(async () => (await tradeIn(tradeInId)).timeline.some((e) => e.cause === ShipmentLabelIssued.type), {
      what: 'label-issued in the timeline',
    });
    return f.shipToSite(tradeInId);
  }

  /** The grader at the site finds the parcel and receives the device with its IMEI. */
  async function dockReceipt(tradeInId: string, trackingNumber: string, deviceImei: string): Promise<void> {
    const parcel = await f.parcelAtDock(trackingNumber);
    expect(parcel).toMatchObject({ tradeInId, quoted: { modelId: MODEL } });
    const receipt = await f.dockReceipt(trackingNumber, { imei: deviceImei });
    expect(receipt).toMatchObject({
      outcome: 'RECEIVED',
      identity: { imei: deviceImei, detectedModelId: MODEL, blockListStatus: 'CLEAR' },
    });
    expect(receipt.reasonCodes ?? []).not.toContain('MODEL_UNVERIFIED');
    await stateOf(tradeInId, 'RECEIVED', 'GRADED', 'FINALIZED', 'COUNTER_OFFERED');
  }

  const grade = (tradeInId: string, deviceImei: string, o: { cosmeticGrade: string; defects: Array<{ code: string }>; battery: number }) =>
    f.grade(tradeInId, { ...o, imei: deviceImei });

  it(
    'quotes, ships, receives, grades as quoted, pays by bank transfer and stocks the device: COMPLETED',
    () =>
      withLogs(p, async () => {
        const deviceImei = imei(TAC, 100_001);

        // The partner registers the seller's bank account at payout-service with a partner token from quote-service.
        const partnerToken = (
          await req<{ token: string; partnerId: string }>('quote-service', 'POST', '/v1/partner-tokens', 201, { apiKey })
        ).token;
        const destination = await req<{ destinationRef: string; masked: string }>(
          'payout-service',
          'POST',
          '/v1/payout-destinations',
          201,
          {
            token: partnerToken,
            headers: { 'idempotency-key': `dest-${partnerId}` },
            body: { scheme: 'IBAN', currency: 'EUR', holderName: 'Camille Martin', iban: 'FR1420041010050500013M02606' },
          },
        );
        expect(destination.masked).toContain('2606');

        const { tradeInId, quoted } = await quoteAndAccept({ method: 'BANK_TRANSFER', destinationRef: destination.destinationRef });
        const trackingNumber = await shipToSite(tradeInId);
        await dockReceipt(tradeInId, trackingNumber, deviceImei);

        const graded = await grade(tradeInId, deviceImei, { cosmeticGrade: 'A', defects: [], battery: 91 });
        expect(graded).toMatchObject({ cosmeticGrade: 'A', functionalGrade: 0, disposition: 'REFURBISH' });

        // quote-service finalizes at the quoted price; payout pays it; grading stocks it.
        const finalized = await stateOf(tradeInId, 'FINALIZED', 'PAID', 'COMPLETED');
        expect(finalized.offer).toMatchObject({ kind: 'FINAL', amount: quoted });

        const payout = await waitFor(
          async () => {
            const list = await f.payoutsOf(tradeInId);
            return list[0]?.status === 'PAID' ? list[0] : undefined;
          },
          { what: 'the payout PAID' },
        );
        expect(payout).toMatchObject({ amount: quoted, method: 'BANK_TRANSFER' });

        const done = await stateOf(tradeInId, 'COMPLETED');
        const causes = done.timeline.map((e) => e.cause);
        for (const step of [
          ShipmentLabelIssued.type,
          ShipmentInTransit.type,
          ShipmentDelivered.type,
          DeviceReceived.type,
          DeviceGraded.type,
          PayoutCompleted.type,
          StockAdded.type,
        ])
          expect(causes).toContain(step);
        // The documented outcomes are APPLIED and RECORDED (a refused input is answered, never recorded): this checks it at runtime.
        expect(done.timeline.filter((e) => (e.outcome as string) === 'REJECTED')).toEqual([]);
        // Every state is a transition of its own, PAID included, whichever of payout and stock came first.
        const states = done.timeline.filter((e) => e.outcome === 'APPLIED').map((e) => e.to);
        expect(states).toEqual(['QUOTED', 'ACCEPTED', 'IN_TRANSIT', 'RECEIVED', 'GRADED', 'FINALIZED', 'PAID', 'COMPLETED']);
        const paidDetail = await req<{ status: string; attempts?: unknown[] }>('payout-service', 'GET', `/v1/payouts/${payout.id}`, 200, {
          token: ops,
        });
        expect(paidDetail.status).toBe('PAID');

        // Ledger balanced; the SKU in stock at the site; the custody chain of the IMEI.
        const invariant = await req<{ balanced: boolean; unbalancedEntryIds: string[] }>(
          'payout-service',
          'GET',
          '/v1/ledger/invariant',
          200,
          { token: ops },
        );
        expect(invariant).toMatchObject({ balanced: true, unbalancedEntryIds: [] });
        const sku = `${MODEL}--${VARIANT}`.toUpperCase();
        const stock = await req<{ items: Array<{ tradeInId: string; sku: string; siteId: string }> }>(
          'grading-service',
          'GET',
          `/v1/stock?siteId=${SITE}`,
          200,
          { token: ops },
        );
        const item = stock.items.find((i) => i.tradeInId === tradeInId);
        expect(item).toMatchObject({ siteId: SITE, cosmeticGrade: 'A', disposition: 'REFURBISH' });
        expect(item!.sku.startsWith(`${sku}--`)).toBe(true);
        const bySku = await req<{ total: number }>('grading-service', 'GET', `/v1/stock?sku=${encodeURIComponent(item!.sku)}`, 200, {
          token: ops,
        });
        expect(bySku.total).toBeGreaterThanOrEqual(1);

        const custody = await waitFor(
          async () => {
            const c = await req<Custody>('intake-service', 'GET', `/v1/custody?imei=${deviceImei}`, 200, { token: ops });
            return c.records.some((r) => r.action === 'CUSTODY_CLOSED') ? c : undefined;
          },
          { what: 'custody closed for the IMEI' },
        ).catch(async () => req<Custody>('intake-service', 'GET', `/v1/custody?imei=${deviceImei}`, 200, { token: ops }));
        const full = await custodyOf(tradeInId);
        expect(full.records.map((r) => r.action)).toEqual([
          'LABEL_ISSUED',
          'CARRIER_IN_TRANSIT',
          'CARRIER_DELIVERED',
          'RECEIVED_AT_SITE',
          'CUSTODY_CLOSED',
        ]);
        expect(full.records.find((r) => r.action === 'RECEIVED_AT_SITE')).toMatchObject({
          actor: 'grader-gus',
          deviceKey: `IMEI:${deviceImei}`,
        });
        // By IMEI: the whole chain, including the inbound trip recorded before the device was identified.
        expect(custody.records.map((r) => r.action)).toEqual(full.records.map((r) => r.action));

        // One trace from quote to stock: every event of this trade-in, written and consumed in any of the four
        // services (HTTP requests, the label and payout workers, consumers), is in the trade-in's trace.
        const KEY = 'messaging.kafka.message.key';
        const steps = [
          'quote.created',
          'quote.accepted',
          'shipment.label-issued',
          'device.received',
          'device.graded',
          'offer.finalized',
          'payout.completed',
          'stock.added',
        ];
        const spans = await waitFor(
          async () => {
            const mine = collector.spans.filter((s) => s.attributes[KEY] === tradeInId);
            const services = new Set(mine.filter((s) => s.kind === 'CONSUMER').map((s) => s.service));
            return services.size === 4 && steps.every((step) => mine.some((s) => s.name.startsWith('create ') && s.name.includes(step)))
              ? mine
              : undefined;
          },
          { what: `spans of ${tradeInId} created and consumed in all four services` },
        );
        expect([...new Set(spans.map((s) => s.traceId))]).toHaveLength(1);
        expect(new Set(spans.map((s) => s.service))).toEqual(new Set(SERVICES));
        // ...and it is the trace the partner's quote request started.
        const created = spans.find((s) => s.name.startsWith('create ') && s.name.includes('quote.created'))!;
        const request = collector.spans.find((s) => s.spanId === created.parentSpanId);
        expect(request).toMatchObject({ service: 'quote-service', kind: 'SERVER', traceId: created.traceId });
      }),
    300_000,
  );

  it(
    'ships the device back when the partner declines a revised offer: RETURNED, no payout, no stock',
    () =>
      withLogs(p, async () => {
        const deviceImei = imei(TAC, 100_002);
        const { tradeInId, quoted } = await quoteAndAccept({ method: 'GIFT_CARD' });
        const trackingNumber = await shipToSite(tradeInId);
        await dockReceipt(tradeInId, trackingNumber, deviceImei);

        // A cracked display cover lens: far below the quoted top condition.
        await grade(tradeInId, deviceImei, { cosmeticGrade: 'D', defects: [{ code: 'DISPLAY_COVER_CRACKED' }], battery: 91 });
        const countered = await stateOf(tradeInId, 'COUNTER_OFFERED', 'FINALIZED');
        expect(countered.state).toBe('COUNTER_OFFERED');
        expect(countered.offer?.kind).toBe('REVISED');
        expect(BigInt(countered.offer!.amount.amountMinor)).toBeLessThan(BigInt(quoted.amountMinor));
        expect(countered.offer!.reasonCodes.length).toBeGreaterThan(0);

        await req('quote-service', 'POST', `/v1/trade-ins/${tradeInId}/revised-offer/decline`, [200, 201], { apiKey, body: {} });
        await stateOf(tradeInId, 'RETURNING', 'RETURNED');

        const shipped = await waitFor(async () => (await custodyOf(tradeInId)).records.find((r) => r.action === 'RETURN_SHIPPED'), {
          what: 'the return shipped by intake',
        });
        const returnTracking = String(shipped.detail['trackingNumber']);
        expect(returnTracking).not.toBe(trackingNumber);
        await req('intake-service', 'POST', '/v1/sandbox-carrier/scans', 202, {
          token: ops,
          body: { trackingNumber: returnTracking, code: 'PICKED_UP' },
        });
        await req('intake-service', 'POST', '/v1/sandbox-carrier/scans', 202, {
          token: ops,
          body: { trackingNumber: returnTracking, code: 'DELIVERED' },
        });
        const returned = await stateOf(tradeInId, 'RETURNED');
        expect(returned.offer).toMatchObject({ kind: 'REVISED', answer: 'DECLINED' });
        expect(returned.timeline.filter((e) => e.outcome === 'APPLIED').map((e) => e.to)).toEqual([
          'QUOTED',
          'ACCEPTED',
          'IN_TRANSIT',
          'RECEIVED',
          'GRADED',
          'COUNTER_OFFERED',
          'RETURNING',
          'RETURNED',
        ]);
        expect((await custodyOf(tradeInId)).records.map((r) => r.action)).toEqual([
          'LABEL_ISSUED',
          'CARRIER_IN_TRANSIT',
          'CARRIER_DELIVERED',
          'RECEIVED_AT_SITE',
          'RETURN_SHIPPED',
          'RETURN_DELIVERED',
        ]);
        const causes = returned.timeline.map((e) => e.cause);
        expect(causes).toEqual(expect.arrayContaining([ReturnShipped.type, ReturnDelivered.type]));

        // Nothing paid and nothing stocked for it, once every event in flight has been consumed.
        await p.settle();
        expect(await req<unknown[]>('payout-service', 'GET', `/v1/payouts?tradeInId=${tradeInId}`, 200, { token: ops })).toEqual([]);
        const stock = await req<{ items: Array<{ tradeInId: string }> }>('grading-service', 'GET', '/v1/stock?limit=500', 200, {
          token: ops,
        });
        expect(stock.items.filter((i) => i.tradeInId === tradeInId)).toEqual([]);
        const invariant = await req<{ balanced: boolean }>('payout-service', 'GET', '/v1/ledger/invariant', 200, { token: ops });
        expect(invariant.balanced).toBe(true);
      }),
    300_000,
  );
});
