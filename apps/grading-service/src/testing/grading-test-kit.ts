import { createHash, randomUUID } from 'node:crypto';
import {
  AppealRequested,
  type AppealRequestedPayload,
  DeviceReceived,
  type DeviceReceivedPayload,
  type EventDefinition,
  type EventEnvelope,
  OfferDeclined,
  type OfferDeclinedPayload,
  OfferFinalized,
  type OfferFinalizedPayload,
  QuoteAccepted,
  type QuoteAcceptedPayload,
  StoreDeviceArrived,
} from '@tradein/contracts';
import { type HandlerContext, newEvent, OutboxWriter } from '@tradein/messaging';
import { startTestService, testPhoto, type TestService, uploadEvidence } from '@tradein/testing';
import { AppealRequestedHandler } from '../appeals/open-regrade/appeal-requested.handler';
import { appModule } from '../app.module';
import { GradingConfig } from '../config/grading.config';
import { QuoteAcceptedHandler } from '../devices/record-declared-condition/quote-accepted.handler';
import { DeviceReceivedHandler } from '../queue/open-job/device-received.handler';
import { CHECKLISTS } from '../inspection/checklists/checklists';
import { StoreDeviceArrivedHandler } from '../queue/open-job/store-device-arrived.handler';
import { OfferDeclinedHandler } from '../stock/release-to-stock/offer-declined.handler';
import { OfferFinalizedHandler } from '../stock/release-to-stock/offer-finalized.handler';

export type GradingTestService = TestService<GradingConfig>;

/** A valid IMEI (Luhn) for device n, so each test device has its own. */
export function imeiFor(n: number): string {
  const body = `35693803${String(n).padStart(6, '0')}`;
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    let d = Number(body[13 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return `${body}${(10 - (sum % 10)) % 10}`;
}

/** The inspection photo phoneInspection cites: uploaded to every grading-service startGrading starts. */
export const INSPECTION_PHOTO = testPhoto('inspection front');
export const INSPECTION_PHOTO_SHA256 = createHash('sha256').update(INSPECTION_PHOTO).digest('hex');

/** Starts grading-service on a fresh database; Kafka consumers and relay only when a test needs them. */
export async function startGrading(o: { messaging?: boolean; env?: Record<string, string> } = {}): Promise<GradingTestService> {
  const t = await startTestService({
    serviceName: 'grading-service',
    configClass: GradingConfig,
    module: (config, clock) => appModule(config, clock),
    env: { MESSAGING_ENABLED: o.messaging ? 'true' : 'false', ...(o.env ?? {}) },
  });
  const uploaded = await uploadEvidence(t.app, t.token({ sub: 'kit-ops', role: 'ops' }), INSPECTION_PHOTO);
  if (uploaded.status !== 201) throw new Error(`inspection photo upload failed: ${uploaded.status} ${JSON.stringify(uploaded.body)}`);
  return t;
}

export function envelope<P extends object>(
  def: EventDefinition<P>,
  tradeInId: string,
  payload: P,
  occurredAt = '2026-01-15T09:00:00.000Z',
): EventEnvelope<P> {
  return {
    eventId: randomUUID(),
    type: def.type,
    version: def.version,
    occurredAt,
    tradeInId,
    partnerId: 'partner-1',
    correlationId: randomUUID(),
    causationId: null,
    producer: def.producer,
    payload,
  };
}

/**
 * Runs a handler as the messaging backbone would (in a transaction, with emit through the outbox), without
 * Kafka: the consumer path itself is covered by grading-events.int-spec.ts.
 */
async function deliver<P extends object>(
  t: GradingTestService,
  event: EventEnvelope<P>,
  run: (e: EventEnvelope<P>, ctx: HandlerContext) => Promise<void>,
): Promise<void> {
  const outbox = t.app.get(OutboxWriter);
  await t.dataSource.transaction(async (manager) => {
    const ctx: HandlerContext = {
      manager,
      attempt: 1,
      async emit(definition, payload, ids) {
        const [written] = await outbox.append(
          manager,
          newEvent(
            definition,
            {
              tradeInId: ids?.tradeInId ?? event.tradeInId,
              partnerId: ids?.partnerId ?? event.partnerId,
              correlationId: event.correlationId,
              causationId: event.eventId,
            },
            payload,
          ),
        );
        if (!written) throw new Error('outbox wrote nothing');
        return written;
      },
    };
    await run(event, ctx);
  });
}

export function receivedPayload(
  o: {
    site?: string;
    store?: string;
    imei?: string;
    category?: 'smartphone' | 'console';
    storeChecks?: Record<string, string>;
    receivedAt?: string;
  } = {},
): DeviceReceivedPayload {
  const category = o.category ?? 'smartphone';
  return {
    location: o.store ? { type: 'STORE', id: o.store } : { type: 'SITE', id: o.site ?? 'SITE-A' },
    device: {
      modelId: category === 'console' ? 'ps5-disc' : 'iphone-13',
      variantId: category === 'console' ? '825gb' : '128gb-midnight',
      category,
    },
    identity: {
      ...(category === 'console' ? { serialNumber: 'E12345678901' } : { imei: o.imei ?? imeiFor(1) }),
      blockListStatus: 'CLEAR',
      activationLock: false,
      mdmEnrolled: false,
      duplicateOpenTradeIn: false,
    },
    receivedAt: o.receivedAt ?? '2026-01-15T08:00:00.000Z',
    receivedBy: 'dock-1',
    evidenceRefs: [],
    ...(o.storeChecks ? { storeChecks: o.storeChecks } : {}),
  };
}

export const events = {
  received: (t: GradingTestService, tradeInId: string, payload: DeviceReceivedPayload) =>
    deliver(t, envelope(DeviceReceived, tradeInId, payload), (e, c) => t.app.get(DeviceReceivedHandler).handle(e, c)),
  arrived: (t: GradingTestService, tradeInId: string, storeId: string, siteId: string) =>
    deliver(
      t,
      envelope(StoreDeviceArrived, tradeInId, {
        boxId: 'box-1',
        storeId,
        siteId,
        receivedAt: '2026-01-15T08:30:00.000Z',
        receivedBy: 'dock-2',
      }),
      (e, c) => t.app.get(StoreDeviceArrivedHandler).handle(e, c),
    ),
  accepted: (t: GradingTestService, tradeInId: string, declaredCondition: Record<string, string>, storeId?: string) =>
    deliver(t, envelope(QuoteAccepted, tradeInId, acceptedPayload(declaredCondition, storeId)), (e, c) =>
      t.app.get(QuoteAcceptedHandler).handle(e, c),
    ),
  appeal: (
    t: GradingTestService,
    tradeInId: string,
    appealId = `ap-${randomUUID().slice(0, 8)}`,
    payload: Partial<AppealRequestedPayload> = {},
  ) =>
    deliver(
      t,
      envelope<AppealRequestedPayload>(AppealRequested, tradeInId, {
        appealId,
        requestedBy: 'PARTNER',
        reason: 'customer disputes the screen grade',
        ...payload,
      }),
      (e, c) => t.app.get(AppealRequestedHandler).handle(e, c),
    ),
  finalized: (t: GradingTestService, tradeInId: string) =>
    deliver(t, envelope(OfferFinalized, tradeInId, finalizedPayload()), (e, c) => t.app.get(OfferFinalizedHandler).handle(e, c)),
  declined: (t: GradingTestService, tradeInId: string) =>
    deliver(t, envelope<OfferDeclinedPayload>(OfferDeclined, tradeInId, { quoteId: 'q-1', reason: 'CUSTOMER_DECLINED' }), (e, c) =>
      t.app.get(OfferDeclinedHandler).handle(e, c),
    ),
};

export function acceptedPayload(declaredCondition: Record<string, string>, storeId?: string): QuoteAcceptedPayload {
  return {
    quoteId: 'q-1',
    device: { modelId: 'iphone-13', category: 'smartphone' },
    market: 'FR',
    quotedAmount: { amountMinor: '30000', currency: 'EUR' },
    priceTableVersion: 1,
    fulfilment: storeId ? 'STORE' : 'MAIL_IN',
    ...(storeId ? { storeId } : {}),
    shipBy: '2026-02-05T00:00:00.000Z',
    payoutMethod: 'BANK_TRANSFER',
    revisedOfferPolicy: 'ASK',
    sellerRef: 'seller-1',
    declaredCondition,
  };
}

export function finalizedPayload(): OfferFinalizedPayload {
  return {
    quoteId: 'q-1',
    device: { modelId: 'iphone-13', category: 'smartphone' },
    market: 'FR',
    fulfilment: 'MAIL_IN',
    quotedAmount: { amountMinor: '30000', currency: 'EUR' },
    finalAmount: { amountMinor: '30000', currency: 'EUR' },
    bonusAmount: { amountMinor: '0', currency: 'EUR' },
    payoutMethod: 'BANK_TRANSFER',
    sellerRef: 'seller-1',
    basis: 'AS_QUOTED',
  };
}

/** A complete, consistent smartphone inspection; override what a test is about. */
export function phoneInspection(
  imei: string,
  o: {
    checks?: Record<string, unknown>;
    cosmeticGrade?: string;
    defects?: unknown[];
    locks?: { activationLock: boolean; mdmEnrolled: boolean };
  } = {},
): Record<string, unknown> {
  const checks = Object.fromEntries(CHECKLISTS.smartphone.checks.map((c) => [c.code, c.kind === 'PERCENT' ? 91 : 'PASS']));
  return {
    identityRead: { imei },
    checks: { ...checks, ...(o.checks ?? {}) },
    cosmeticGrade: o.cosmeticGrade ?? 'B',
    defects: o.defects ?? [{ code: 'LIGHT_SCRATCHES', note: 'back, lower left' }],
    missingAccessories: [],
    locks: o.locks ?? { activationLock: false, mdmEnrolled: false },
    evidence: [{ ref: `sha256:${INSPECTION_PHOTO_SHA256}`, sha256: INSPECTION_PHOTO_SHA256, kind: 'PHOTO' }],
  };
}

export function erasure(o: Partial<Record<string, string>> = {}): Record<string, string> {
  return {
    mediumId: 'internal-nand',
    mediumType: 'INTERNAL_FLASH',
    method: 'PURGE',
    technique: 'CRYPTOGRAPHIC_ERASE',
    tool: 'Blancco Mobile',
    toolVersion: '7.2',
    verification: 'PASSED',
    performedAt: '2026-01-15T08:55:00.000Z',
    report: 'erasure report: crypto erase verified',
    ...o,
  };
}

export async function jobIdOf(t: GradingTestService, tradeInId: string, kind: 'INITIAL' | 'REGRADE' = 'INITIAL'): Promise<string> {
  const [row]: Array<{ id: string }> = await t.dataSource.query(
    `SELECT id FROM grading_jobs WHERE trade_in_id = $1 AND kind = $2 ORDER BY opened_at DESC LIMIT 1`,
    [tradeInId, kind],
  );
  if (!row) throw new Error(`no ${kind} job for ${tradeInId}`);
  return row.id;
}

/** Device number `n` received at a site: its grading job opens; returns the job's id. */
export async function openJob(t: GradingTestService, tradeInId: string, n: number, site = 'SITE-A'): Promise<string> {
  await events.received(t, tradeInId, receivedPayload({ site, imei: imeiFor(n) }));
  return jobIdOf(t, tradeInId);
}

/** Events grading wrote to its outbox (published or not), oldest first. */
export async function outboxEvents(
  t: GradingTestService,
  type: string,
  tradeInId?: string,
): Promise<Array<EventEnvelope<Record<string, unknown>>>> {
  const rows: Array<{ envelope: EventEnvelope<Record<string, unknown>> }> = await t.dataSource.query(
    `SELECT envelope FROM outbox_event WHERE envelope->>'type' = $1 AND ($2::text IS NULL OR message_key = $2) ORDER BY id`,
    [type, tradeInId ?? null],
  );
  return rows.map((r) => r.envelope);
}

/** Claims, inspects, erases and grades a job as one technician; returns the grade response. */
export async function gradeThrough(
  t: GradingTestService,
  token: string,
  jobId: string,
  imei: string,
  inspection?: Record<string, unknown>,
  erasureBody?: Record<string, string>,
): Promise<Record<string, unknown>> {
  const steps = [
    await t.request('POST', `/v1/jobs/${jobId}/claim`, { token }),
    await t.request('PUT', `/v1/jobs/${jobId}/inspection`, { token, body: inspection ?? phoneInspection(imei) }),
    ...(erasureBody === undefined || Object.keys(erasureBody).length
      ? [await t.request('POST', `/v1/jobs/${jobId}/erasures`, { token, body: erasureBody ?? erasure() })]
      : []),
  ];
  for (const s of steps) if (s.status >= 300) throw new Error(`step failed ${s.status}: ${s.text}`);
  const graded = await t.request<Record<string, unknown>>('POST', `/v1/jobs/${jobId}/grade`, { token });
  if (graded.status !== 201) throw new Error(`grade failed ${graded.status}: ${graded.text}`);
  return graded.body;
}
