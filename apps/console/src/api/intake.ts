import { type Intake } from '@tradein/api-client';
import { api } from './http';
import { answer, intakeApi } from './typed';
import { type Box, type CustodyRecord, type IntakeResult, type Parcel, type Reconciliation, type ShippedBox } from './types';

const store = (storeId: string) => `/v1/stores/${encodeURIComponent(storeId)}`;
const site = (siteId: string) => `/v1/sites/${encodeURIComponent(siteId)}`;

export const STORE_CHECKS = {
  POWERS_ON: ['YES', 'NO'],
  SCREEN: ['INTACT', 'SCRATCHED', 'CRACKED', 'NO_DISPLAY'],
  LOCKS: ['NONE', 'ACTIVATION_LOCK', 'MDM', 'ACTIVATION_LOCK_AND_MDM'],
  ACCESSORIES: ['COMPLETE', 'PARTIAL', 'NONE'],
} as const;
export type StoreCheck = keyof typeof STORE_CHECKS;

export interface StoreIntake {
  tradeInId: string;
  imei?: string;
  serialNumber?: string;
  checks: Record<string, string>;
}
export const storeIntake = (storeId: string, body: StoreIntake, idempotencyKey: string) =>
  api<IntakeResult>('intake', 'POST', `${store(storeId)}/intakes`, { body, idempotencyKey });

export const openBox = (storeId: string, siteId: string, idempotencyKey: string) =>
  api<Box>('intake', 'POST', `${store(storeId)}/boxes`, { body: { siteId }, idempotencyKey });
export type StoreBoxesPage = Intake.components['schemas']['StoreBoxesPageSchema'];
/** The store's boxes from the server, open ones first then newest (the counter's list survives a new tab or PC). */
export const storeBoxes = (storeId: string, limit = 20): Promise<StoreBoxesPage> =>
  answer(intakeApi.GET('/v1/stores/{storeId}/boxes', { params: { path: { storeId }, query: { limit } } }));
export const getBox = (storeId: string, boxId: string) => api<Box>('intake', 'GET', `${store(storeId)}/boxes/${boxId}`);
export const addToBox = (storeId: string, boxId: string, tradeInId: string, idempotencyKey: string) =>
  api<Box>('intake', 'POST', `${store(storeId)}/boxes/${boxId}/items`, { body: { tradeInId }, idempotencyKey });
export const removeFromBox = (storeId: string, boxId: string, tradeInId: string) =>
  api<Box>('intake', 'POST', `${store(storeId)}/boxes/${boxId}/items/${encodeURIComponent(tradeInId)}/removal`);
export const closeBox = (storeId: string, boxId: string) => api<Box>('intake', 'POST', `${store(storeId)}/boxes/${boxId}/close`);
export const shipBox = (storeId: string, boxId: string) => api<ShippedBox>('intake', 'POST', `${store(storeId)}/boxes/${boxId}/ship`);

export const receiveBox = (siteId: string, trackingNumber: string) =>
  api<Box>('intake', 'POST', `${site(siteId)}/boxes/receipts`, { body: { trackingNumber } });
export const scanBoxDevice = (siteId: string, boxId: string, code: { imei?: string; serialNumber?: string }, idempotencyKey: string) =>
  api<{ result: string; tradeInId?: string }>('intake', 'POST', `${site(siteId)}/boxes/${boxId}/scans`, { body: code, idempotencyKey });
export const reconcileBox = (siteId: string, boxId: string) =>
  api<Reconciliation>('intake', 'POST', `${site(siteId)}/boxes/${boxId}/reconciliation`);

/** Intake's TAC → model table (ops maintain it; quote's catalog may not know every TAC). */
export const tacModel = (tac: string) =>
  api<{ tac: string; modelId: string; brand: string; name: string; category: string }>('intake', 'GET', `/v1/tac-models/${tac}`);

export const findParcel = (trackingNumber: string) =>
  api<Parcel>('intake', 'GET', `/v1/dock/parcels/${encodeURIComponent(trackingNumber)}`);
export interface DockReceipt {
  trackingNumber: string;
  parcelWeightGrams: number;
  evidenceRefs: string[];
  emptyParcel?: boolean;
  imei?: string;
  serialNumber?: string;
  activationLock?: boolean;
  mdmEnrolled?: boolean;
}
export const dockReceipt = (body: DockReceipt, idempotencyKey: string) =>
  api<IntakeResult>('intake', 'POST', '/v1/dock/receipts', { body, idempotencyKey });

export const custodyOf = (tradeInId: string) =>
  api<{ records: CustodyRecord[] }>('intake', 'GET', `/v1/trade-ins/${encodeURIComponent(tradeInId)}/custody`);
export const custodyByImei = (imei: string) =>
  api<{ records: Array<CustodyRecord & { tradeInId?: string }> }>('intake', 'GET', '/v1/custody', { query: { imei } });

export const OPS_QUEUES = ['unshipped', 'carrier-exceptions', 'suspended', 'quarantined', 'boxes-in-transit', 'label-failures'] as const;
export type IntakeOpsQueue = (typeof OPS_QUEUES)[number];
export const intakeQueue = (queue: IntakeOpsQueue) =>
  api<{ queue: string; items: Array<Record<string, unknown>> }>('intake', 'GET', `/v1/ops/queues/${queue}`);
export const retryLabel = (shipmentId: string) => api<unknown>('intake', 'POST', `/v1/ops/label-failures/${shipmentId}/retry`);
export const labelOf = (shipmentId: string) => api<string>('intake', 'GET', `/v1/shipments/${shipmentId}/label`, { responseType: 'text' });
