import { type Intake } from '@tradein/api-client';
import { api } from './http';
import { answer, intakeApi } from './typed';

type S = Intake.components['schemas'];
const idem = (key: string) => ({ 'Idempotency-Key': key });

export const STORE_CHECKS = {
  POWERS_ON: ['YES', 'NO'],
  SCREEN: ['INTACT', 'SCRATCHED', 'CRACKED', 'NO_DISPLAY'],
  LOCKS: ['NONE', 'ACTIVATION_LOCK', 'MDM', 'ACTIVATION_LOCK_AND_MDM'],
  ACCESSORIES: ['COMPLETE', 'PARTIAL', 'NONE'],
} as const;
export type StoreCheck = keyof typeof STORE_CHECKS;

export type StoreIntake = S['StoreIntakeDto'];
export const storeIntake = (storeId: string, body: StoreIntake, idempotencyKey: string) =>
  answer(intakeApi.POST('/v1/stores/{storeId}/intakes', { body, params: { path: { storeId }, header: idem(idempotencyKey) } }));

export const openBox = (storeId: string, siteId: string, idempotencyKey: string) =>
  answer(intakeApi.POST('/v1/stores/{storeId}/boxes', { body: { siteId }, params: { path: { storeId }, header: idem(idempotencyKey) } }));
export type StoreBoxesPage = S['StoreBoxesPageSchema'];
/** The store's boxes from the server, open ones first then newest (the counter's list survives a new tab or PC). */
export const storeBoxes = (storeId: string, limit = 20): Promise<StoreBoxesPage> =>
  answer(intakeApi.GET('/v1/stores/{storeId}/boxes', { params: { path: { storeId }, query: { limit } } }));
export const getBox = (storeId: string, boxId: string) =>
  answer(intakeApi.GET('/v1/stores/{storeId}/boxes/{boxId}', { params: { path: { storeId, boxId } } }));
export const addToBox = (storeId: string, boxId: string, tradeInId: string, idempotencyKey: string) =>
  answer(
    intakeApi.POST('/v1/stores/{storeId}/boxes/{boxId}/items', {
      body: { tradeInId },
      params: { path: { storeId, boxId }, header: idem(idempotencyKey) },
    }),
  );
export const removeFromBox = (storeId: string, boxId: string, tradeInId: string) =>
  answer(
    intakeApi.POST('/v1/stores/{storeId}/boxes/{boxId}/items/{tradeInId}/removal', { params: { path: { storeId, boxId, tradeInId } } }),
  );
export const closeBox = (storeId: string, boxId: string) =>
  answer(intakeApi.POST('/v1/stores/{storeId}/boxes/{boxId}/close', { params: { path: { storeId, boxId } } }));
export const shipBox = (storeId: string, boxId: string) =>
  answer(intakeApi.POST('/v1/stores/{storeId}/boxes/{boxId}/ship', { params: { path: { storeId, boxId } } }));

export const receiveBox = (siteId: string, trackingNumber: string) =>
  answer(intakeApi.POST('/v1/sites/{siteId}/boxes/receipts', { body: { trackingNumber }, params: { path: { siteId } } }));
export const scanBoxDevice = (siteId: string, boxId: string, code: { imei?: string; serialNumber?: string }, idempotencyKey: string) =>
  answer(
    intakeApi.POST('/v1/sites/{siteId}/boxes/{boxId}/scans', {
      body: code,
      params: { path: { siteId, boxId }, header: idem(idempotencyKey) },
    }),
  );
export const reconcileBox = (siteId: string, boxId: string) =>
  answer(intakeApi.POST('/v1/sites/{siteId}/boxes/{boxId}/reconciliation', { params: { path: { siteId, boxId } } }));

/** Intake's TAC → model table (ops maintain it; quote's catalog may not know every TAC). */
export const tacModel = (tac: string) => answer(intakeApi.GET('/v1/tac-models/{tac}', { params: { path: { tac } } }));

export const findParcel = (trackingNumber: string) =>
  answer(intakeApi.GET('/v1/dock/parcels/{trackingNumber}', { params: { path: { trackingNumber } } }));
export type DockReceipt = S['DockReceiptDto'];
export const dockReceipt = (body: DockReceipt, idempotencyKey: string) =>
  answer(intakeApi.POST('/v1/dock/receipts', { body, params: { header: idem(idempotencyKey) } }));

export const custodyOf = (tradeInId: string) =>
  answer(intakeApi.GET('/v1/trade-ins/{tradeInId}/custody', { params: { path: { tradeInId } } }));
export const custodyByImei = (imei: string) => answer(intakeApi.GET('/v1/custody', { params: { query: { imei } } }));

export const OPS_QUEUES = ['unshipped', 'carrier-exceptions', 'suspended', 'quarantined', 'boxes-in-transit', 'label-failures'] as const;
export type IntakeOpsQueue = (typeof OPS_QUEUES)[number];
export const intakeQueue = (queue: IntakeOpsQueue) => answer(intakeApi.GET('/v1/ops/queues/{queue}', { params: { path: { queue } } }));
export const retryLabel = (shipmentId: string) =>
  answer(intakeApi.POST('/v1/ops/label-failures/{shipmentId}/retry', { params: { path: { shipmentId } } }));
/** The label is text (ZPL), not JSON. */
export const labelOf = (shipmentId: string) => api<string>('intake', 'GET', `/v1/shipments/${shipmentId}/label`, { responseType: 'text' });
