import {
  type Context,
  ROOT_CONTEXT,
  type Span,
  SpanStatusCode,
  type TextMapGetter,
  type Tracer,
  context,
  propagation,
  trace,
} from '@opentelemetry/api';
import { type IHeaders } from 'kafkajs';

/** The tracer of the backbone's own spans (create, send, process); a no-op until a service starts tracing. */
export function messagingTracer(): Tracer {
  return trace.getTracer('@tradein/messaging');
}

/** Marks a span as failed: the exception as an event, ERROR status with a bounded message. */
export function markSpanFailed(span: Span, error: unknown): void {
  if (error instanceof Error) span.recordException(error);
  const message = error instanceof Error ? error.message : String(error);
  span.setStatus({ code: SpanStatusCode.ERROR, message: message.slice(0, 500) });
}

/** Runs work with `ctx` (the span's context) active; a failure marks the span, which always ends. */
export async function runInSpan<T>(span: Span, ctx: Context, work: () => Promise<T>): Promise<T> {
  try {
    return await context.with(ctx, work);
  } catch (err) {
    markSpanFailed(span, err);
    throw err;
  } finally {
    span.end();
  }
}

/** W3C `traceparent` / `tracestate` (and baggage) of a context, as plain string headers; empty when there is no trace. */
export function injectTraceHeaders(ctx: Context = context.active()): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(ctx, carrier);
  return carrier;
}

/** The context a stored carrier (outbox row headers) describes; the root context when it holds none. */
export function contextFromHeaders(headers: Record<string, string> | null | undefined): Context {
  return propagation.extract(ROOT_CONTEXT, headers ?? {});
}

const kafkaHeaderGetter: TextMapGetter<IHeaders> = {
  keys: (carrier) => Object.keys(carrier),
  get: (carrier, key) => {
    const value = carrier[key];
    const first = Array.isArray(value) ? value[0] : value;
    return first === undefined ? undefined : first.toString();
  },
};

/** The producer's context carried in a Kafka message's headers (Buffers as kafkajs delivers them). */
export function contextFromKafkaHeaders(headers: IHeaders | undefined): Context {
  return propagation.extract(ROOT_CONTEXT, headers ?? {}, kafkaHeaderGetter);
}

/** True when the context carries a valid (possibly remote) span: there is a trace to continue. */
export function hasTrace(ctx: Context): boolean {
  const span = trace.getSpanContext(ctx);
  return !!span && trace.isSpanContextValid(span);
}
