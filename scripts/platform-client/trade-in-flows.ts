import { setTimeout as sleep } from 'node:timers/promises';
import { samplePhoto } from '@tradein/evidence';
import { answered, type PlatformClient } from './client';
import { type Quote } from '@tradein/api-client';
import { type BoxView, type CustodyView, type Money, type PayoutView, type StockItemView, type TradeInView } from './types';

type Market = Quote.components['schemas']['CreateQuoteDto']['market'];
type AcceptQuoteBody = Quote.components['schemas']['AcceptQuoteDto'];

export interface FlowActors {
  /** ops staff token (carrier sandbox, custody, payouts). */
  ops: string;
  /** a grader token for the site where inbound parcels arrive. */
  grader: string;
  /** the partner's API key. */
  apiKey: string;
}

export interface Wait {
  timeoutMs: number;
  intervalMs: number;
}

/** Polls until the check returns something truthy; throws naming what it waited for. */
export async function until<T>(check: () => Promise<T | undefined | null | false>, what: string, wait: Wait): Promise<T> {
  const deadline = Date.now() + wait.timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v) return v;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out after ${wait.timeoutMs} ms waiting for ${what}${lastError ? `; last error: ${String(lastError)}` : ''}`);
    await sleep(wait.intervalMs);
  }
}

/** The states a trade-in went through, in order (its APPLIED transitions). */
export function appliedStates(t: Pick<TradeInView, 'timeline'>): Array<string | null> {
  return t.timeline.filter((e) => e.outcome === 'APPLIED').map((e) => e.to);
}

export interface QuoteRequest {
  modelId: string;
  variantId: string;
  market: string;
  /** 'best' answers every question with its first (best) option. */
  answers?: 'best' | Record<string, string>;
  payout: Record<string, unknown>;
  fulfilment?: 'MAIL_IN' | 'STORE';
  revisedOfferPolicy?: Record<string, unknown>;
  customerEmail?: string;
  /** store_staff token instead of the API key (store trade-ins). */
  token?: string;
  extra?: Record<string, unknown>;
}

export interface GradeRequest {
  cosmeticGrade: string;
  defects: Array<{ code: string }>;
  battery: number;
  imei: string;
}

function fail(what: string, detail: unknown): never {
  throw new Error(`${what}: ${JSON.stringify(detail)}`);
}

/**
 * The steps of a trade-in through the public APIs, as partner, carrier sandbox, grader and ops perform them.
 * Each step waits (by polling, never by sleeping a fixed time) for the services to react.
 */
export class TradeInFlows {
  constructor(
    readonly client: PlatformClient,
    readonly actors: FlowActors,
    readonly wait: Wait = { timeoutMs: 60_000, intervalMs: 300 },
  ) {}

  tradeIn(id: string): Promise<TradeInView> {
    return answered(
      this.client.quote({ apiKey: this.actors.apiKey }).GET('/v1/trade-ins/{tradeInId}', { params: { path: { tradeInId: id } } }),
      200,
      `GET quote-service /v1/trade-ins/${id}`,
    );
  }

  stateOf(id: string, ...states: string[]): Promise<TradeInView> {
    return until(
      async () => {
        const t = await this.tradeIn(id);
        return states.includes(t.state) ? t : undefined;
      },
      `trade-in ${id} in ${states.join('|')}`,
      this.wait,
    );
  }

  custodyOf(id: string): Promise<CustodyView> {
    return answered(
      this.client.intake({ token: this.actors.ops }).GET('/v1/trade-ins/{tradeInId}/custody', { params: { path: { tradeInId: id } } }),
      200,
      `GET intake-service /v1/trade-ins/${id}/custody`,
    );
  }

  async answersFor(category: string, answers: QuoteRequest['answers']): Promise<Record<string, string>> {
    if (answers && answers !== 'best') return answers;
    const q = await this.client.req<{ questions: Array<{ code: string; options: Array<{ code: string }> }> }>(
      'quote-service',
      'GET',
      `/v1/catalog/categories/${category}/questionnaire`,
      200,
      { apiKey: this.actors.apiKey },
    );
    return Object.fromEntries(q.questions.map((x) => [x.code, x.options[0]!.code]));
  }

  /** Quotes a device and accepts the quote; returns the trade-in. */
  async quoteAndAccept(
    r: QuoteRequest,
    category = 'smartphone',
  ): Promise<{ tradeInId: string; quoteId: string; quoted: Money; tradeIn: TradeInView }> {
    const quoteApi = this.client.quote(r.token ? { token: r.token } : { apiKey: this.actors.apiKey });
    const answers = await this.answersFor(category, r.answers);
    const quote = await answered(
      quoteApi.POST('/v1/quotes', { body: { modelId: r.modelId, variantId: r.variantId, market: r.market as Market, answers } }),
      201,
      'POST quote-service /v1/quotes',
    );
    const acceptBody = {
      customer: {
        name: 'Camille Martin',
        email: r.customerEmail ?? `camille.${Date.now()}.${Math.random().toString(36).slice(2, 7)}@example.com`,
      },
      fulfilment: r.fulfilment ?? 'MAIL_IN',
      payout: r.payout,
      revisedOfferPolicy: r.revisedOfferPolicy ?? { policy: 'ASK' },
      ...(r.extra ?? {}),
    };
    // The flows' callers pass payout and policy objects of every shape (including wrong ones on purpose): the body is sent as given.
    const accepted = (
      await answered(
        quoteApi.POST('/v1/quotes/{quoteId}/accept', {
          params: { path: { quoteId: quote.id } },
          body: acceptBody as unknown as AcceptQuoteBody,
        }),
        [200, 201],
        `POST quote-service /v1/quotes/${quote.id}/accept`,
      )
    ).tradeIn;
    if (accepted.state !== 'ACCEPTED') fail('accepting the quote did not give an ACCEPTED trade-in', accepted);
    return { tradeInId: accepted.id, quoteId: quote.id, quoted: accepted.quotedAmount, tradeIn: accepted };
  }

  /** Waits for intake's inbound label; returns its shipment and tracking number. */
  async labelOf(tradeInId: string): Promise<{ shipmentId: string; trackingNumber: string }> {
    const label = await until(
      async () => (await this.custodyOf(tradeInId)).records.find((r) => r.action === 'LABEL_ISSUED'),
      `intake's label for ${tradeInId}`,
      this.wait,
    );
    return { shipmentId: String(label.shipmentId), trackingNumber: String(label.detail['trackingNumber']) };
  }

  /** The sandbox carrier scans a parcel (PICKED_UP, DELIVERED, ...). */
  async scan(trackingNumber: string, code: string): Promise<void> {
    await this.client.req('intake-service', 'POST', '/v1/sandbox-carrier/scans', 202, {
      token: this.actors.ops,
      body: { trackingNumber, code },
    });
  }

  /** Label, then the carrier picks the parcel up and delivers it at the site. */
  async shipToSite(tradeInId: string): Promise<string> {
    const { trackingNumber } = await this.labelOf(tradeInId);
    await this.scan(trackingNumber, 'PICKED_UP');
    await this.stateOf(tradeInId, 'IN_TRANSIT');
    await this.scan(trackingNumber, 'DELIVERED');
    return trackingNumber;
  }

  /** Waits until the dock sees the parcel as delivered. */
  async parcelAtDock(trackingNumber: string): Promise<{ tradeInId: string; quoted: { modelId: string } }> {
    return until(
      async () => {
        const r = await this.client.call<{ tradeInId: string; shipmentStatus: string; quoted: { modelId: string } }>(
          'intake-service',
          'GET',
          `/v1/dock/parcels/${trackingNumber}`,
          { token: this.actors.grader },
        );
        return r.status === 200 && r.body.shipmentStatus === 'DELIVERED' ? r.body : undefined;
      },
      `parcel ${trackingNumber} at the dock`,
      this.wait,
    );
  }

  /** The grader receives the parcel at the dock; returns intake's answer (outcome RECEIVED, QUARANTINED, SUSPENDED...). */
  async dockReceipt(
    trackingNumber: string,
    body: { imei?: string; empty?: boolean; weightGrams?: number },
  ): Promise<{ outcome: string; reasonCodes?: string[]; identity?: Record<string, unknown> }> {
    await this.parcelAtDock(trackingNumber);
    const unboxing = await this.client.uploadEvidence('intake-service', this.actors.grader, samplePhoto(`unboxing ${trackingNumber}`));
    return this.client.req('intake-service', 'POST', '/v1/dock/receipts', 201, {
      token: this.actors.grader,
      body: {
        trackingNumber,
        parcelWeightGrams: body.weightGrams ?? 380,
        evidenceRefs: [unboxing.ref],
        ...(body.empty ? { emptyParcel: true } : { imei: body.imei, activationLock: false, mdmEnrolled: false }),
      },
    });
  }

  /** Claims the trade-in's job in the grader's site queue, inspects, records an erasure and grades. */
  async grade(tradeInId: string, g: GradeRequest, grader = this.actors.grader): Promise<Record<string, unknown>> {
    const job = await until(
      async () => {
        const q = await this.client.req<{ jobs: Array<{ jobId: string; tradeInId: string }> }>('grading-service', 'GET', '/v1/queue', 200, {
          token: grader,
        });
        return q.jobs.find((j) => j.tradeInId === tradeInId);
      },
      `a grading job for ${tradeInId}`,
      this.wait,
    );
    await this.client.req('grading-service', 'POST', `/v1/jobs/${job.jobId}/claim`, 200, { token: grader });
    const detail = await this.client.req<{ checklist: { checks: Array<{ code: string; kind: string }> } }>(
      'grading-service',
      'GET',
      `/v1/jobs/${job.jobId}`,
      200,
      { token: grader },
    );
    const checks = Object.fromEntries(detail.checklist.checks.map((c) => [c.code, c.kind === 'PERCENT' ? g.battery : 'PASS']));
    const front = await this.client.uploadEvidence('grading-service', grader, samplePhoto(`front of ${g.imei} for ${tradeInId}`));
    await this.client.req('grading-service', 'PUT', `/v1/jobs/${job.jobId}/inspection`, 200, {
      token: grader,
      body: {
        identityRead: { imei: g.imei },
        checks,
        cosmeticGrade: g.cosmeticGrade,
        defects: g.defects,
        missingAccessories: [],
        locks: { activationLock: false, mdmEnrolled: false },
        evidence: [{ ref: front.ref, sha256: front.sha256, kind: 'PHOTO' }],
      },
    });
    await this.client.req('grading-service', 'POST', `/v1/jobs/${job.jobId}/erasures`, 201, {
      token: grader,
      headers: { 'idempotency-key': `erase-${tradeInId}` },
      body: {
        mediumId: 'internal-nand',
        mediumType: 'INTERNAL_FLASH',
        method: 'PURGE',
        technique: 'CRYPTOGRAPHIC_ERASE',
        tool: 'Blancco Mobile',
        toolVersion: '7.2',
        verification: 'PASSED',
        performedAt: new Date().toISOString(),
        report: `erasure report for ${g.imei}: crypto erase verified`,
      },
    });
    return this.client.req<Record<string, unknown>>('grading-service', 'POST', `/v1/jobs/${job.jobId}/grade`, 201, { token: grader });
  }

  /** The partner relays the customer's answer to a revised offer. */
  async answerRevisedOffer(tradeInId: string, answer: 'accept' | 'decline'): Promise<TradeInView> {
    return answered(
      this.client.quote({ apiKey: this.actors.apiKey }).POST(`/v1/trade-ins/{tradeInId}/revised-offer/${answer}`, {
        params: { path: { tradeInId } },
      }),
      [200, 201],
      `POST quote-service /v1/trade-ins/${tradeInId}/revised-offer/${answer}`,
    );
  }

  /** Ops put an IMEI on the block list (reported STOLEN or LOST). */
  async blockImei(imei: string, status: 'STOLEN' | 'LOST' = 'STOLEN', reason = 'reported stolen'): Promise<void> {
    await this.client.req('intake-service', 'POST', '/v1/block-list/entries', 201, {
      token: this.actors.ops,
      body: { imei, status, reason },
    });
  }

  /** Waits for intake's return label after a decline, then the carrier takes the device back to its owner. */
  async returnToOwner(tradeInId: string): Promise<string> {
    const shipped = await until(
      async () => (await this.custodyOf(tradeInId)).records.find((r) => r.action === 'RETURN_SHIPPED'),
      `the return of ${tradeInId} shipped by intake`,
      this.wait,
    );
    const trackingNumber = String(shipped.detail['trackingNumber']);
    await this.scan(trackingNumber, 'PICKED_UP');
    await this.scan(trackingNumber, 'DELIVERED');
    return trackingNumber;
  }

  /** The partner registers a seller's bank account at payout-service (with a partner token exchanged for its API key). */
  async bankDestination(iban: string, holderName: string, currency = 'EUR'): Promise<{ destinationRef: string; masked: string }> {
    const { token } = await this.client.req<{ token: string }>('quote-service', 'POST', '/v1/partner-tokens', 201, {
      apiKey: this.actors.apiKey,
    });
    return this.client.req('payout-service', 'POST', '/v1/payout-destinations', 201, {
      token,
      headers: { 'idempotency-key': `dest-${iban}` },
      body: { scheme: 'IBAN', currency, holderName, iban },
    });
  }

  /** The payouts of a trade-in (ops view). */
  payoutsOf(tradeInId: string): Promise<PayoutView[]> {
    return answered(
      this.client.payout({ token: this.actors.ops }).GET('/v1/payouts', { params: { query: { tradeInId } } }),
      200,
      `GET payout-service /v1/payouts?tradeInId=${tradeInId}`,
    );
  }

  /**
   * Store intake at the counter (store_staff token): IMEI, model from TAC, the mandatory guided checks. Waits while
   * intake answers 404 (it has not yet consumed the acceptance); any other refusal is thrown with intake's answer.
   */
  async storeIntake(
    store: StoreActor,
    tradeInId: string,
    imei: string,
    checks: Record<string, string> = BEST_GUIDED_CHECKS,
  ): Promise<{ outcome: string; reasonCodes?: string[]; identity?: Record<string, unknown> }> {
    const answer = await until(
      async () => {
        const r = await this.client.call<{ outcome: string; reasonCodes?: string[]; identity?: Record<string, unknown> }>(
          'intake-service',
          'POST',
          `/v1/stores/${store.storeId}/intakes`,
          {
            token: store.token,
            headers: { 'idempotency-key': `store-intake-${tradeInId}` },
            body: { tradeInId, imei, checks, evidenceRefs: [`photo:counter-${tradeInId}`] },
          },
        );
        return r.status === 404 ? undefined : r;
      },
      `store intake of ${tradeInId} (intake's case open)`,
      this.wait,
    );
    if (answer.status !== 201) fail(`store intake of ${tradeInId} answered ${answer.status}`, answer.body);
    return answer.body;
  }

  /** The store opens a box for a grading site, packs the trade-ins, closes and ships it (manifest frozen, label issued). */
  async packAndShipBox(store: StoreActor, siteId: string, tradeInIds: string[]): Promise<BoxView & { trackingNumber: string }> {
    const boxes = this.client.intake({ token: store.token });
    const box = await answered(
      boxes.POST('/v1/stores/{storeId}/boxes', { params: { path: { storeId: store.storeId } }, body: { siteId } }),
      201,
      `POST intake-service /v1/stores/${store.storeId}/boxes`,
    );
    for (const tradeInId of tradeInIds) {
      await this.client.req('intake-service', 'POST', `/v1/stores/${store.storeId}/boxes/${box.id}/items`, 200, {
        token: store.token,
        body: { tradeInId },
      });
    }
    await this.client.req('intake-service', 'POST', `/v1/stores/${store.storeId}/boxes/${box.id}/close`, 200, { token: store.token });
    const shipped = await answered(
      boxes.POST('/v1/stores/{storeId}/boxes/{boxId}/ship', { params: { path: { storeId: store.storeId, boxId: box.id } } }),
      200,
      `POST intake-service /v1/stores/${store.storeId}/boxes/${box.id}/ship`,
    );
    if (!shipped.trackingNumber) fail('a shipped box has no tracking number', shipped);
    return { ...shipped, trackingNumber: shipped.trackingNumber };
  }

  /** At the grading site: receive the box by its tracking number, scan each device out of it, reconcile it with its manifest. */
  async unpackBoxAtSite(
    siteId: string,
    trackingNumber: string,
    imeis: string[],
    grader = this.actors.grader,
  ): Promise<{
    boxId: string;
    scans: Array<{ result: string }>;
    reconciliation: { arrived: string[]; missing: string[]; unexpected: string[] };
  }> {
    const box = await answered(
      this.client
        .intake({ token: grader })
        .POST('/v1/sites/{siteId}/boxes/receipts', { params: { path: { siteId } }, body: { trackingNumber } }),
      200,
      `POST intake-service /v1/sites/${siteId}/boxes/receipts`,
    );
    const scans: Array<{ result: string }> = [];
    for (const imei of imeis) {
      scans.push(
        await this.client.req('intake-service', 'POST', `/v1/sites/${siteId}/boxes/${box.id}/scans`, 200, {
          token: grader,
          body: { imei },
        }),
      );
    }
    const reconciliation = await this.client.req<{ arrived: string[]; missing: string[]; unexpected: string[] }>(
      'intake-service',
      'POST',
      `/v1/sites/${siteId}/boxes/${box.id}/reconciliation`,
      200,
      { token: grader },
    );
    return { boxId: box.id, scans, reconciliation };
  }

  /** Waits until the trade-in's one payout is PAID. */
  paidPayout(tradeInId: string): Promise<PayoutView> {
    return until(
      async () => (await this.payoutsOf(tradeInId)).find((x) => x.status === 'PAID'),
      `the payout of ${tradeInId} PAID`,
      this.wait,
    );
  }

  /** payout-service's double-entry check: every entry and every currency sums to zero. */
  ledgerInvariant(): Promise<{ balanced: boolean; unbalancedEntryIds: string[] }> {
    return answered(
      this.client.payout({ token: this.actors.ops }).GET('/v1/ledger/invariant'),
      200,
      'GET payout-service /v1/ledger/invariant',
    );
  }

  /** The trade-in's item in grading's stock (sellable IN_STOCK items by default), if any. */
  async stockItemOf(tradeInId: string, query = ''): Promise<StockItemView | undefined> {
    // `query` is a raw query-string tail (&siteId=…, &status=REMOVED) some callers build: kept on the untyped call.
    const stock = await this.client.req<{ items: StockItemView[] }>('grading-service', 'GET', `/v1/stock?limit=500${query}`, 200, {
      token: this.actors.ops,
    });
    return stock.items.find((i) => i.tradeInId === tradeInId);
  }

  /** One of intake's ops work queues (unshipped, carrier-exceptions, suspended, quarantined, boxes-in-transit, label-failures). */
  async intakeQueue(queue: string): Promise<Array<Record<string, unknown> & { tradeInId?: string }>> {
    return (
      await this.client.req<{ items: Array<Record<string, unknown> & { tradeInId?: string }> }>(
        'intake-service',
        'GET',
        `/v1/ops/queues/${queue}`,
        200,
        { token: this.actors.ops },
      )
    ).items;
  }
}

/** A store clerk: a store_staff token bound to the store (and its partner). */
export interface StoreActor {
  storeId: string;
  token: string;
}

/** The guided checks of a device in top condition, as the clerk records them. */
export const BEST_GUIDED_CHECKS: Record<string, string> = { POWERS_ON: 'YES', SCREEN: 'INTACT', LOCKS: 'NONE', ACCESSORIES: 'COMPLETE' };
