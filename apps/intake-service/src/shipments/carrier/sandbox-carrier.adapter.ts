import { type CarrierEventStatus } from '../shipment-status';
import { type CarrierAdapter, type CarrierScan, type IssuedLabel, type LabelRequest, type WebhookParse } from './carrier-adapter';
import { signCarrierPayload, verifyCarrierSignature } from './carrier-signature';
import { sandboxTrackingNumber } from './tracking-number';
import { renderZplLabel } from './zpl-label';

export const SANDBOX_CARRIER = 'SANDBOX';
export const SIGNATURE_HEADER = 'x-carrier-signature';
export const TIMESTAMP_HEADER = 'x-carrier-timestamp';

/** The sandbox carrier's own scan codes, mapped the way a real adapter maps its carrier's codes. */
export const SANDBOX_SCAN_CODES: Readonly<Record<string, CarrierEventStatus>> = {
  MANIFESTED: 'LABEL_CREATED',
  PICKED_UP: 'IN_TRANSIT',
  IN_TRANSIT: 'IN_TRANSIT',
  OUT_FOR_DELIVERY: 'IN_TRANSIT',
  DELIVERED: 'DELIVERED_TO_SITE',
  DAMAGED: 'EXCEPTION',
  DELAYED: 'EXCEPTION',
  LOST: 'EXCEPTION',
  EXCEPTION: 'EXCEPTION',
};

export interface SandboxScanInput {
  readonly eventId: string;
  readonly trackingNumber: string;
  readonly code: string;
  readonly occurredAt: string;
  readonly detail?: string;
}

/**
 * A carrier that runs inside the service: deterministic tracking numbers derived from the shipment's
 * purpose and reference (trade-in or box id), ZPL labels rendered locally, and signed webhooks (built with `signedWebhook`) posted to
 * POST /v1/carrier-events exactly as a real carrier would post them.
 */
export class SandboxCarrierAdapter implements CarrierAdapter {
  readonly code = SANDBOX_CARRIER;

  constructor(
    private readonly secret: string,
    private readonly toleranceSeconds = 300,
    private readonly trackingPrefix = 'SBX',
  ) {}

  async issueLabel(request: LabelRequest): Promise<IssuedLabel> {
    // Derived from what the parcel is for (the trade-in or box), so the same request always gets the same number.
    const trackingNumber = sandboxTrackingNumber(this.trackingPrefix, `${request.purpose}:${request.reference}`);
    const label = renderZplLabel({
      carrier: 'SANDBOX CARRIER',
      service: request.purpose === 'RETURN' ? 'INSURED RETURN' : 'INSURED PREPAID',
      trackingNumber,
      from: request.from,
      to: request.to,
      insuredValue: request.insuredValue,
      reference: request.reference,
    });
    return { carrier: this.code, trackingNumber, labelFormat: 'ZPL', label };
  }

  async voidLabel(_trackingNumber: string): Promise<void> {
    // Nothing to call: a sandbox label costs nothing until used.
  }

  parseWebhook(rawBody: string, headers: Readonly<Record<string, string | undefined>>, now: Date): WebhookParse {
    const check = verifyCarrierSignature({
      secret: this.secret,
      timestamp: headers[TIMESTAMP_HEADER],
      signature: headers[SIGNATURE_HEADER],
      rawBody,
      now,
      toleranceSeconds: this.toleranceSeconds,
    });
    if (!check.ok) return { ok: false, kind: 'SIGNATURE', reason: check.reason };
    let body: unknown;
    try {
      body = JSON.parse(rawBody);
    } catch {
      return { ok: false, kind: 'PAYLOAD', field: 'body', reason: 'must be JSON' };
    }
    const events = (body as { events?: unknown } | null)?.events;
    if (!Array.isArray(events) || events.length === 0 || events.length > 100) {
      return { ok: false, kind: 'PAYLOAD', field: 'events', reason: 'must be an array of 1 to 100 scans' };
    }
    const scans: CarrierScan[] = [];
    for (const [i, e] of events.entries()) {
      const parsed = parseScan(e, `events[${i}]`);
      if ('field' in parsed) return { ok: false, kind: 'PAYLOAD', ...parsed };
      scans.push(parsed);
    }
    return { ok: true, scans };
  }

  /** Builds a webhook the way the sandbox carrier sends it: body, timestamp and signature headers. */
  signedWebhook(scans: readonly SandboxScanInput[], now: Date): { body: string; headers: Record<string, string> } {
    const body = JSON.stringify({ events: scans });
    const timestamp = String(Math.floor(now.getTime() / 1000));
    return { body, headers: { [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: signCarrierPayload(this.secret, timestamp, body) } };
  }
}

function parseScan(raw: unknown, path: string): CarrierScan | { field: string; reason: string } {
  if (typeof raw !== 'object' || raw === null) return { field: path, reason: 'must be an object' };
  const e = raw as Record<string, unknown>;
  if (typeof e.eventId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(e.eventId))
    return { field: `${path}.eventId`, reason: 'must be an identifier' };
  if (typeof e.trackingNumber !== 'string' || !/^[A-Z0-9]{6,40}$/.test(e.trackingNumber))
    return { field: `${path}.trackingNumber`, reason: 'must be a tracking number' };
  if (typeof e.code !== 'string' || !(e.code in SANDBOX_SCAN_CODES)) {
    return { field: `${path}.code`, reason: `must be one of ${Object.keys(SANDBOX_SCAN_CODES).join(', ')}` };
  }
  const at = typeof e.occurredAt === 'string' ? new Date(e.occurredAt) : undefined;
  if (!at || Number.isNaN(at.getTime())) return { field: `${path}.occurredAt`, reason: 'must be an ISO 8601 date' };
  if (e.detail !== undefined && (typeof e.detail !== 'string' || e.detail.length > 200))
    return { field: `${path}.detail`, reason: 'must be text of at most 200 characters' };
  return {
    carrierEventId: e.eventId,
    trackingNumber: e.trackingNumber,
    status: SANDBOX_SCAN_CODES[e.code],
    carrierCode: e.code,
    occurredAt: at,
    ...(typeof e.detail === 'string' ? { detail: e.detail } : {}),
  };
}
