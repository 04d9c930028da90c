import { ROOT_CONTEXT, TraceFlags, propagation, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { SIGNATURE_HEADER } from '../signing/webhook-signature';
import { webhookHeaders } from './webhook-request';

const parts = { signature: 't=1,v1=abc', deliveryId: 'd-1', eventType: 'trade-in.state-changed' };
const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
const spanId = '00f067aa0ba902b7';
const inSpan = trace.setSpanContext(ROOT_CONTEXT, { traceId, spanId, traceFlags: TraceFlags.SAMPLED });

describe('webhook request headers', () => {
  afterEach(() => propagation.disable());

  it("carry the delivery span's W3C traceparent when the service traces", () => {
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    expect(webhookHeaders(parts, inSpan)).toEqual({
      'content-type': 'application/json',
      [SIGNATURE_HEADER]: 't=1,v1=abc',
      'x-tradein-delivery': 'd-1',
      'x-tradein-event': 'trade-in.state-changed',
      traceparent: `00-${traceId}-${spanId}-01`,
    });
  });

  it('add no trace header outside a trace', () => {
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    expect(webhookHeaders(parts, ROOT_CONTEXT)).not.toHaveProperty('traceparent');
  });

  it('add no trace header when tracing is off (no propagator), even inside a span context', () => {
    expect(webhookHeaders(parts, inSpan)).not.toHaveProperty('traceparent');
  });
});
