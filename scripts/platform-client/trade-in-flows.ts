import { setTimeout as sleep } from 'node:timers/promises';
import { type PlatformClient } from './client';
import { type CustodyView, type Money, type TradeInView } from './types';

export interface FlowActors {
  /** ops staff token (carrier sandbox, custody, payouts). */
  ops: string;
  /** a grader token for the site where inbound parcels arrive. */
  grader: string;
  /** the partner's API key. */
  apiKey: string;
}

export interface Wait { timeoutMs: number; intervalMs: number }

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
    if (Date.now() > deadline) throw new Error(`timed out after ${wait.timeoutMs} ms waiting for ${what}${lastError ? `; last error: ${String(lastError)}` : ''}`);
    await sleep(wait.intervalMs);
  }
}

export interface QuoteRequest {
  modelId: string; variantId: string; market: string;
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

export interface GradeRequest { cosmeticGrade: string; defects: Array<{ code: string }>; battery: number; imei: string }

function fail(what: string, detail: unknown): never {
  throw new Error(`${what}: ${JSON.stringify(detail)}`);
}

/**
 * The steps of a trade-in through the public APIs, as partner, carrier sandbox, grader and ops perform them.
 * Each step waits (by polling, never by sleeping a fixed time) for the services to react.
 */
export class TradeInFlows {
  constructor(readonly client: PlatformClient, readonly actors: FlowActors, readonly wait: Wait = { timeoutMs: 60_000, intervalMs: 300 }) {}

  tradeIn(id: string): Promise<TradeInView> {
    return this.client.req<TradeInView>('quote-service', 'GET', `/v1/trade-ins/${id}`, 200, { apiKey: this.actors.apiKey });
  }

  stateOf(id: string, ...states: string[]): Promise<TradeInView> {
    return until(async () => { const t = await this.tradeIn(id); return states.includes(t.state) ? t : undefined; },
      `trade-in ${id} in ${states.join('|')}`, this.wait);
  }

  custodyOf(id: string): Promise<CustodyView> {
    return this.client.req<CustodyView>('intake-service', 'GET', `/v1/trade-ins/${id}/custody`, 200, { token: this.actors.ops });
  }

  async answersFor(category: string, answers: QuoteRequest['answers']): Promise<Record<string, string>> {
    if (answers && answers !== 'best') return answers;
    const q = await this.client.req<{ questions: Array<{ code: string; options: Array<{ code: string }> }> }>(
      'quote-service', 'GET', `/v1/catalog/categories/${category}/questionnaire`, 200, { apiKey: this.actors.apiKey });
    return Object.fromEntries(q.questions.map((x) => [x.code, x.options[0]!.code]));
  }

  /** Quotes a device and accepts the quote; returns the trade-in. */
  async quoteAndAccept(r: QuoteRequest, category = 'smartphone'): Promise<{ tradeInId: string; quoteId: string; quoted: Money; tradeIn: TradeInView }> {
    const auth = r.token ? { token: r.token } : { apiKey: this.actors.apiKey };
    const answers = await this.answersFor(category, r.answers);
    const quote = await this.client.req<{ id: string }>('quote-service', 'POST', '/v1/quotes', 201,
      { ...auth, body: { modelId: r.modelId, variantId: r.variantId, market: r.market, answers } });
    const accepted = (await this.client.req<{ tradeIn: TradeInView }>('quote-service', 'POST', `/v1/quotes/${quote.id}/accept`, [200, 201], {
      ...auth,
      body: {
        customer: { name: 'Camille Martin', email: r.customerEmail ?? `camille.${Date.now()}.${Math.random().toString(36).slice(2, 7)}@example.com` },
        fulfilment: r.fulfilment ?? 'MAIL_IN', payout: r.payout, revisedOfferPolicy: r.revisedOfferPolicy ?? { policy: 'ASK' }, ...(r.extra ?? {}),
      },
    })).tradeIn;
    if (accepted.state !== 'ACCEPTED') fail('accepting the quote did not give an ACCEPTED trade-in', accepted);
    return { tradeInId: accepted.id, quoteId: quote.id, quoted: accepted.quotedAmount, tradeIn: accepted };
  }

  /** Waits for intake's inbound label; returns its shipment and tracking number. */
  async labelOf(tradeInId: string): Promise<{ shipmentId: string; trackingNumber: string }> {
    const label = await until(async () => (await this.custodyOf(tradeInId)).records.find((r) => r.action === 'LABEL_ISSUED'),
      `intake's label for ${tradeInId}`, this.wait);
    return { shipmentId: String(label.shipmentId), trackingNumber: String(label.detail['trackingNumber']) };
  }

  /** The sandbox carrier scans a parcel (PICKED_UP, DELIVERED, ...). */
  async scan(trackingNumber: string, code: string): Promise<void> {
    await this.client.req('intake-service', 'POST', '/v1/sandbox-carrier/scans', 202, { token: this.actors.ops, body: { trackingNumber, code } });
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
    return until(async () => {
      const r = await this.client.call<{ tradeInId: string; shipmentStatus: string; quoted: { modelId: string } }>(
        'intake-service', 'GET', `/v1/dock/parcels/${trackingNumber}`, { token: this.actors.grader });
      return r.status === 200 && r.body.shipmentStatus === 'DELIVERED' ? r.body : undefined;
    }, `parcel ${trackingNumber} at the dock`, this.wait);
  }

  /** The grader receives the parcel at the dock; returns intake's answer (outcome RECEIVED, QUARANTINED, SUSPENDED...). */
  async dockReceipt(trackingNumber: string, body: { imei?: string; empty?: boolean; weightGrams?: number }): Promise<{ outcome: string; reasonCodes?: string[]; identity?: Record<string, unknown> }> {
    await this.parcelAtDock(trackingNumber);
    return this.client.req('intake-service', 'POST', '/v1/dock/receipts', 201, {
      token: this.actors.grader,
      body: {
        trackingNumber, parcelWeightGrams: body.weightGrams ?? 380, evidenceRefs: [`photo:unbox-${trackingNumber}`],
        ...(body.empty ? { emptyParcel: true } : { imei: body.imei, activationLock: false, mdmEnrolled: false }),
      },
    });
  }

  /** Claims the trade-in's job in the grader's site queue, inspects, records an erasure and grades. */
  async grade(tradeInId: string, g: GradeRequest, grader = this.actors.grader): Promise<Record<string, unknown>> {
    const job = await until(async () => {
      const q = await this.client.req<{ jobs: Array<{ jobId: string; tradeInId: string }> }>('grading-service', 'GET', '/v1/queue', 200, { token: grader });
      return q.jobs.find((j) => j.tradeInId === tradeInId);
    }, `a grading job for ${tradeInId}`, this.wait);
    await this.client.req('grading-service', 'POST', `/v1/jobs/${job.jobId}/claim`, 200, { token: grader });
    const detail = await this.client.req<{ checklist: { checks: Array<{ code: string; kind: string }> } }>('grading-service', 'GET', `/v1/jobs/${job.jobId}`, 200, { token: grader });
    const checks = Object.fromEntries(detail.checklist.checks.map((c) => [c.code, c.kind === 'PERCENT' ? g.battery : 'PASS']));
    await this.client.req('grading-service', 'PUT', `/v1/jobs/${job.jobId}/inspection`, 200, {
      token: grader,
      body: {
        identityRead: { imei: g.imei }, checks, cosmeticGrade: g.cosmeticGrade, defects: g.defects, missingAccessories: [],
        locks: { activationLock: false, mdmEnrolled: false },
        evidence: [{ ref: `evidence/${g.imei}/front.jpg`, sha256: 'ab'.repeat(32), kind: 'PHOTO' }],
      },
    });
    await this.client.req('grading-service', 'POST', `/v1/jobs/${job.jobId}/erasures`, 201, {
      token: grader,
      headers: { 'idempotency-key': `erase-${tradeInId}` },
      body: {
        mediumId: 'internal-nand', mediumType: 'INTERNAL_FLASH', method: 'PURGE', technique: 'CRYPTOGRAPHIC_ERASE', tool: 'Blancco Mobile',
        toolVersion: '7.2', verification: 'PASSED', performedAt: new Date().toISOString(), report: `erasure report for ${g.imei}: crypto erase verified`,
      },
    });
    return this.client.req<Record<string, unknown>>('grading-service', 'POST', `/v1/jobs/${job.jobId}/grade`, 201, { token: grader });
  }

  /** The payouts of a trade-in (ops view). */
  payoutsOf(tradeInId: string): Promise<Array<{ id: string; status: string; amount: Money; method: string; holdReasons: string[] }>> {
    return this.client.req('payout-service', 'GET', `/v1/payouts?tradeInId=${tradeInId}`, 200, { token: this.actors.ops });
  }
}
