import { DeviceQuarantined, DeviceSuspended } from '@tradein/contracts';
import { type Money, appliedStates, until } from '../platform-client';
import { withLogs } from './logs';
import { BEST, DAY_MS, MODEL, type MailInPlatform, SITE, VARIANT, startMailInPlatform } from './mail-in-fixture';

/**
 * Acceptance: trade-ins that must never be paid. A quote nobody accepts and a device nobody ships expire on their
 * deadlines (the clock is moved, never slept on), a block-listed IMEI is quarantined, an empty parcel is suspended.
 * Four processes, PostgreSQL, Kafka, public APIs only.
 */

const HOUR_MS = 3_600_000;

describe('acceptance: quote and ship-by expiry, a block-listed device, an empty parcel', () => {
  let fx: MailInPlatform;

  beforeAll(async () => {
    fx = await startMailInPlatform();
  }, 180_000);
  afterAll(async () => {
    await fx?.close('expiry-and-holds');
  }, 60_000);

  /** Accepts a quote for the iPhone as MAIL_IN (gift card); the parcel is delivered at the site. */
  async function parcelDelivered(): Promise<{ tradeInId: string; trackingNumber: string }> {
    const { tradeInId } = await fx.f.quoteAndAccept({
      modelId: MODEL,
      variantId: VARIANT,
      market: 'FR',
      answers: { ...BEST },
      payout: { method: 'GIFT_CARD' },
    });
    return { tradeInId, trackingNumber: await fx.f.shipToSite(tradeInId) };
  }

  /** Grading never opened a job for the device: not in the site's queue, no grade in its passport. */
  async function expectNoGradingJob(tradeInId: string): Promise<void> {
    const queue = await fx.p.client.req<{ jobs: Array<{ tradeInId: string }> }>(
      'grading-service',
      'GET',
      `/v1/queue?siteId=${SITE}&limit=200`,
      200,
      { token: fx.ops },
    );
    expect(queue.jobs.filter((j) => j.tradeInId === tradeInId)).toEqual([]);
    const passport = await fx.p.client.req<{ grades: unknown[]; device: { receivedAt: string | null } }>(
      'grading-service',
      'GET',
      `/v1/devices/${tradeInId}/passport`,
      200,
      { token: fx.ops },
    );
    expect(passport).toMatchObject({ grades: [], device: { receivedAt: null } });
  }

  it(
    'an empty parcel suspends the trade-in for investigation with its reason: no grading job, no payout',
    () =>
      withLogs(fx.p, async () => {
        const { tradeInId, trackingNumber } = await parcelDelivered();
        const receipt = await fx.f.dockReceipt(trackingNumber, { empty: true, weightGrams: 42 });
        expect(receipt).toMatchObject({ outcome: 'SUSPENDED', reasonCodes: ['EMPTY_PARCEL'] });

        const suspended = await fx.f.stateOf(tradeInId, 'SUSPENDED');
        expect(appliedStates(suspended)).toEqual(['QUOTED', 'ACCEPTED', 'IN_TRANSIT', 'SUSPENDED']);
        expect(suspended.timeline.at(-1)).toMatchObject({ to: 'SUSPENDED', cause: DeviceSuspended.type });
        // In ops' suspended queue with the structured reason (a transport issue, as Back Market files it).
        const queued = (await fx.f.intakeQueue('suspended')).find((i) => i.tradeInId === tradeInId);
        expect(queued).toMatchObject({ reasonCode: 'EMPTY_PARCEL', category: 'TRANSPORT_ISSUE' });
        // The evidence before any charge: the chain of custody ends with the suspension, its weight and unboxing photo.
        const custody = await fx.f.custodyOf(tradeInId);
        expect(custody.records.map((r) => r.action)).toEqual(['LABEL_ISSUED', 'CARRIER_IN_TRANSIT', 'CARRIER_DELIVERED', 'SUSPENDED']);
        expect(custody.records.at(-1)!.detail).toMatchObject({
          parcelWeightGrams: 42,
          evidenceRefs: [expect.stringMatching(/^sha256:[0-9a-f]{64}$/)],
          reasonCodes: ['EMPTY_PARCEL'],
        });

        await expectNoGradingJob(tradeInId);
        await fx.expectNeverPaid(tradeInId);
      }),
    300_000,
  );

  it(
    'a block-listed IMEI is quarantined at the dock and held past its 28 days: never graded, never paid',
    () =>
      withLogs(fx.p, async () => {
        const imei = fx.nextImei();
        await fx.f.blockImei(imei, 'STOLEN', 'police report 2026-4471');
        const listed = await fx.p.client.req<{ status: string }>('intake-service', 'GET', `/v1/block-list/status?imei=${imei}`, 200, {
          token: fx.ops,
        });
        expect(listed.status).toBe('BLOCKED');

        const { tradeInId, trackingNumber } = await parcelDelivered();
        const receipt = (await fx.f.dockReceipt(trackingNumber, { imei })) as {
          outcome: string;
          reasonCodes: string[];
          holdUntil: string;
          identity: Record<string, unknown>;
        };
        expect(receipt).toMatchObject({
          outcome: 'QUARANTINED',
          reasonCodes: ['BLOCKLIST_STOLEN'],
          identity: { imei, blockListStatus: 'BLOCKED' },
        });

        const quarantined = await fx.f.stateOf(tradeInId, 'QUARANTINED');
        expect(appliedStates(quarantined)).toEqual(['QUOTED', 'ACCEPTED', 'IN_TRANSIT', 'QUARANTINED']);
        expect(quarantined.timeline.at(-1)).toMatchObject({ to: 'QUARANTINED', cause: DeviceQuarantined.type });
        expect((await fx.f.custodyOf(tradeInId)).records.map((r) => r.action)).toEqual([
          'LABEL_ISSUED',
          'CARRIER_IN_TRANSIT',
          'CARRIER_DELIVERED',
          'QUARANTINED',
        ]);
        const held = (await fx.f.intakeQueue('quarantined')).find((i) => i.tradeInId === tradeInId);
        expect(held).toMatchObject({ reasonCodes: ['BLOCKLIST_STOLEN'], holdEnded: false });
        expect(new Date(String(held!['holdUntil'])).toISOString()).toBe(receipt.holdUntil);
        await expectNoGradingJob(tradeInId);

        // 28 days later the hold has ended, but nothing releases the device by itself: ops decide (release to its
        // owner or to grading, docs/intake-service.md §9). Until then it is not graded and not paid.
        await fx.p.advanceClock(28 * DAY_MS + HOUR_MS);
        await until(
          async () => (await fx.f.intakeQueue('quarantined')).find((i) => i.tradeInId === tradeInId && i['holdEnded'] === true),
          'the quarantine hold shown as ended',
          fx.f.wait,
        );
        expect((await fx.f.tradeIn(tradeInId)).state).toBe('QUARANTINED');
        await expectNoGradingJob(tradeInId);
        await fx.expectNeverPaid(tradeInId);
      }),
    300_000,
  );

  it(
    'a quote nobody accepts expires: accepting it answers 409 QUOTE_EXPIRED and the quote shows EXPIRED',
    () =>
      withLogs(fx.p, async () => {
        const quote = await fx.p.client.req<{
          id: string;
          tradeInId: string;
          status: string;
          pricedAt: string;
          expiresAt: string;
          amount: Money;
        }>('quote-service', 'POST', '/v1/quotes', 201, {
          apiKey: fx.apiKey,
          body: { modelId: MODEL, variantId: VARIANT, market: 'FR', answers: { ...BEST } },
        });
        expect(quote.status).toBe('OPEN');
        const open = await fx.f.tradeIn(quote.tradeInId);
        expect(open).toMatchObject({ state: 'QUOTED', quoteExpiresAt: quote.expiresAt });

        // 14 days of validity, then one hour more.
        expect(Date.parse(quote.expiresAt) - Date.parse(quote.pricedAt)).toBe(14 * DAY_MS);
        await fx.p.advanceClock(14 * DAY_MS + HOUR_MS);
        const expired = await fx.f.stateOf(quote.tradeInId, 'EXPIRED');
        expect(appliedStates(expired)).toEqual(['QUOTED', 'EXPIRED']);
        expect(expired.timeline.at(-1)).toMatchObject({ from: 'QUOTED', to: 'EXPIRED', cause: 'deadline:quote-expiry' });

        const accept = await fx.p.call<{ code: string }>('quote-service', 'POST', `/v1/quotes/${quote.id}/accept`, {
          apiKey: fx.apiKey,
          body: {
            customer: { name: 'Late Larry', email: 'larry@example.com' },
            fulfilment: 'MAIL_IN',
            payout: { method: 'GIFT_CARD' },
            revisedOfferPolicy: { policy: 'ASK' },
          },
        });
        expect(accept).toMatchObject({ status: 409, body: { code: 'QUOTE_EXPIRED' } });
        const shown = await fx.p.client.req<{ status: string }>('quote-service', 'GET', `/v1/quotes/${quote.id}`, 200, {
          apiKey: fx.apiKey,
        });
        expect(shown.status).toBe('EXPIRED');
        expect((await fx.f.tradeIn(quote.tradeInId)).state).toBe('EXPIRED');
        await fx.expectNeverPaid(quote.tradeInId);
      }),
    300_000,
  );

  it(
    'a device never shipped: listed as unshipped near its ship-by, then EXPIRED with its label voided; later scans change nothing',
    () =>
      withLogs(fx.p, async () => {
        const { tradeInId, tradeIn } = await fx.f.quoteAndAccept({
          modelId: MODEL,
          variantId: VARIANT,
          market: 'FR',
          answers: { ...BEST },
          payout: { method: 'GIFT_CARD' },
        });
        const { trackingNumber } = await fx.f.labelOf(tradeInId);
        const acceptedAt = Date.parse(tradeIn.acceptedAt!);
        const shipBy = Date.parse(tradeIn.shipBy!);
        expect(shipBy - acceptedAt).toBe(21 * DAY_MS);

        // Three days before ship-by the unsent parcel shows in ops' unshipped queue (reminders), still ACCEPTED.
        await fx.p.advanceClock(shipBy - acceptedAt - 2 * DAY_MS);
        expect((await fx.f.intakeQueue('unshipped')).find((i) => i.tradeInId === tradeInId)).toMatchObject({ trackingNumber });
        expect((await fx.f.tradeIn(tradeInId)).state).toBe('ACCEPTED');

        await fx.p.advanceClock(2 * DAY_MS + HOUR_MS);
        const expired = await fx.f.stateOf(tradeInId, 'EXPIRED');
        expect(appliedStates(expired)).toEqual(['QUOTED', 'ACCEPTED', 'EXPIRED']);
        expect(expired.timeline.find((e) => e.to === 'EXPIRED')).toMatchObject({ from: 'ACCEPTED', cause: 'deadline:ship-by' });

        // intake voids the unused label at the carrier (its label worker), and records it in the chain of custody.
        const custody = await until(
          async () => {
            const c = await fx.f.custodyOf(tradeInId);
            return c.records.some((r) => r.action === 'LABEL_VOIDED') ? c : undefined;
          },
          'the label voided',
          fx.f.wait,
        );
        expect(custody.records.map((r) => r.action)).toEqual(['LABEL_ISSUED', 'EXPIRED', 'LABEL_VOIDED']);
        const parcel = () =>
          fx.p.client.req<{ shipmentStatus: string; intakeStatus: string }>(
            'intake-service',
            'GET',
            `/v1/dock/parcels/${trackingNumber}`,
            200,
            { token: fx.ops },
          );
        expect(await parcel()).toMatchObject({ shipmentStatus: 'VOIDED', intakeStatus: 'EXPIRED' });
        expect((await fx.f.intakeQueue('unshipped')).find((i) => i.tradeInId === tradeInId)).toBeUndefined();

        // A scan of the voided label moves nothing: the shipment stays VOIDED, the trade-in EXPIRED, custody unchanged.
        await fx.f.scan(trackingNumber, 'PICKED_UP');
        expect(await parcel()).toMatchObject({ shipmentStatus: 'VOIDED', intakeStatus: 'EXPIRED' });
        expect((await fx.f.custodyOf(tradeInId)).records).toHaveLength(3);
        expect((await fx.f.tradeIn(tradeInId)).state).toBe('EXPIRED');
        await fx.expectNeverPaid(tradeInId);
      }),
    300_000,
  );
});
