import { randomUUID } from 'node:crypto';
import { type EventDefinition, type OfferFinalizedPayload, QuoteAccepted, type QuoteAcceptedPayload } from '@tradein/contracts';
import { type TestService, envelopeFor, publishRaw, startTestService, waitFor } from '@tradein/testing';
import { appModule } from '../app.module';
import { IntakeConfig } from '../config/intake.config';
import { luhnCheckDigit } from '@tradein/device-identity';
import { IntakeCase } from '../intake-cases/intake-case.entity';
import { type SandboxScanInput, SandboxCarrierAdapter } from '../shipments/carrier/sandbox-carrier.adapter';

export const TEST_CARRIER_SECRET = 'intake-test-carrier-secret-0123456789';

export type IntakeTestService = TestService<IntakeConfig>;

/** Starts intake-service on a fresh database and topic namespace. */
export function startIntake(env: Record<string, string> = {}): Promise<IntakeTestService> {
  return startTestService({
    serviceName: 'intake-service',
    configClass: IntakeConfig,
    module: (config, clock) => appModule(config, clock),
    env: { CARRIER_WEBHOOK_SECRET: TEST_CARRIER_SECRET, INTAKE_DEFAULT_SITE_ID: 'SITE-1', ...env },
  });
}

export function acceptedPayload(over: Partial<QuoteAcceptedPayload> = {}): QuoteAcceptedPayload {
  return {
    quoteId: `q-${randomUUID().slice(0, 8)}`,
    device: { modelId: 'apple-iphone-5s', category: 'smartphone' },
    market: 'FR',
    quotedAmount: { amountMinor: '12345', currency: 'EUR' },
    priceTableVersion: 1,
    fulfilment: 'MAIL_IN',
    shipBy: '2026-02-05T09:00:00.000Z',
    payoutMethod: 'BANK_TRANSFER',
    revisedOfferPolicy: 'ASK',
    sellerRef: 'seller-1',
    declaredCondition: { SCREEN: 'INTACT' },
    ...over,
  };
}

export function newTradeInId(): string {
  return `ti-${randomUUID().slice(0, 12)}`;
}

/** Publishes an event as its producing service would. */
export async function publish<P extends object>(
  svc: IntakeTestService,
  def: EventDefinition<P>,
  tradeInId: string,
  payload: P,
  partnerId = 'partner-1',
): Promise<void> {
  await publishRaw(svc.kafka, def.topic, tradeInId, envelopeFor(def, { tradeInId, partnerId }, payload), svc.namespace);
}

/** Publishes quote.accepted and waits until intake opened the case. */
export async function accept(svc: IntakeTestService, tradeInId: string, over: Partial<QuoteAcceptedPayload> = {}): Promise<IntakeCase> {
  await publish(svc, QuoteAccepted, tradeInId, acceptedPayload(over));
  return waitFor(() => svc.dataSource.getRepository(IntakeCase).findOneBy({ tradeInId }), {
    what: `intake case ${tradeInId}`,
  }) as Promise<IntakeCase>;
}

let scanSeq = 0;

/** Posts a signed sandbox-carrier webhook to POST /v1/carrier-events. */
export async function carrierScan(
  svc: IntakeTestService,
  trackingNumber: string,
  code: string,
  occurredAt: Date,
  o: { eventId?: string; secret?: string; detail?: string } = {},
): Promise<{ status: number; body: unknown }> {
  const carrier = new SandboxCarrierAdapter(o.secret ?? TEST_CARRIER_SECRET);
  const scan: SandboxScanInput = {
    eventId: o.eventId ?? `scan-${++scanSeq}-${randomUUID().slice(0, 8)}`,
    trackingNumber,
    code,
    occurredAt: occurredAt.toISOString(),
    ...(o.detail ? { detail: o.detail } : {}),
  };
  const hook = carrier.signedWebhook([scan], svc.clock.now());
  return svc.request('POST', '/v1/carrier-events', { headers: { ...hook.headers, 'content-type': 'application/json' }, body: hook.body });
}

/** waitFor that returns the found value without its "not found yet" cases. */
export async function until<T>(
  check: () => Promise<T | null | undefined | false> | T | null | undefined | false,
  what = 'condition',
): Promise<T> {
  return (await waitFor(check, { what })) as T;
}

/** A valid IMEI for a TAC and a 6-digit serial (check digit computed). */
export function imeiFor(tac: string, serial: string): string {
  return `${tac}${serial}${luhnCheckDigit(`${tac}${serial}`)}`;
}

export function finalizedPayload(over: Partial<OfferFinalizedPayload> = {}): OfferFinalizedPayload {
  return {
    quoteId: 'q-1',
    device: { modelId: 'apple-iphone-5s', category: 'smartphone' },
    market: 'FR',
    fulfilment: 'MAIL_IN',
    quotedAmount: { amountMinor: '12345', currency: 'EUR' },
    finalAmount: { amountMinor: '12345', currency: 'EUR' },
    bonusAmount: { amountMinor: '0', currency: 'EUR' },
    payoutMethod: 'BANK_TRANSFER',
    sellerRef: 'seller-1',
    basis: 'AS_QUOTED',
    ...over,
  };
}
