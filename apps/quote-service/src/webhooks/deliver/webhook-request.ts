import { type Context, context, propagation } from '@opentelemetry/api';
import { SIGNATURE_HEADER } from '../signing/webhook-signature';

export interface WebhookRequestParts {
  signature: string;
  deliveryId: string;
  eventType: string;
}

/**
 * The headers of one webhook POST. When the delivery is sent in a trace (its `webhook.deliver` span, ADR
 * 0008) the W3C `traceparent` (and `tracestate`) of that span is added: partners may use it to join the
 * trade-in's trace; without a trace (tracing off, no propagator) nothing is added.
 */
export function webhookHeaders(parts: WebhookRequestParts, ctx: Context = context.active()): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    [SIGNATURE_HEADER]: parts.signature,
    'x-tradein-delivery': parts.deliveryId,
    'x-tradein-event': parts.eventType,
  };
  const trace: Record<string, string> = {};
  propagation.inject(ctx, trace);
  if (trace['traceparent']) {
    headers['traceparent'] = trace['traceparent'];
    if (trace['tracestate']) headers['tracestate'] = trace['tracestate'];
  }
  return headers;
}
