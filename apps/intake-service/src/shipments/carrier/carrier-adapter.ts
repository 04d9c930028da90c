import { type CarrierEventStatus } from '../shipment-status';
import { type LabelAddress } from './zpl-label';

export type ShipmentPurpose = 'INBOUND' | 'RETURN' | 'BOX';

export interface LabelRequest {
  readonly shipmentId: string;
  readonly purpose: ShipmentPurpose;
  /** The trade-in (or box) the parcel is for: printed on the label, and the carrier's idempotency key. */
  readonly reference: string;
  readonly from: LabelAddress;
  readonly to: LabelAddress;
  readonly insuredValue: { readonly amountMinor: string; readonly currency: string };
}

export interface IssuedLabel {
  readonly carrier: string;
  readonly trackingNumber: string;
  readonly labelFormat: 'ZPL' | 'PDF';
  /** ZPL text, or a PDF as base64. */
  readonly label: string;
}

/** One carrier scan, normalised. `carrierEventId` is the carrier's own id: repeats are recognised by it. */
export interface CarrierScan {
  readonly carrierEventId: string;
  readonly trackingNumber: string;
  readonly status: CarrierEventStatus;
  readonly carrierCode: string;
  readonly occurredAt: Date;
  readonly detail?: string;
}

export type WebhookParse =
  | { ok: true; scans: CarrierScan[] }
  | { ok: false; kind: 'SIGNATURE'; reason: string }
  | { ok: false; kind: 'PAYLOAD'; field: string; reason: string };

/**
 * What intake needs from a carrier. The sandbox implements it locally; a real carrier (DHL, La Poste, UPS)
 * implements the same four calls over its API, mapping its own scan codes onto CarrierEventStatus.
 */
export interface CarrierAdapter {
  readonly code: string;
  issueLabel(request: LabelRequest): Promise<IssuedLabel>;
  voidLabel(trackingNumber: string): Promise<void>;
  /** Verifies the webhook's signature, then parses and normalises its scans. */
  parseWebhook(rawBody: string, headers: Readonly<Record<string, string | undefined>>, now: Date): WebhookParse;
}

export const CARRIER_ADAPTER = Symbol('CARRIER_ADAPTER');
