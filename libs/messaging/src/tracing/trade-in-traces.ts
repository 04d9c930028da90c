import { type Context, type Link, type SpanContext, context, propagation, trace } from '@opentelemetry/api';
import { tracingRecords } from '@tradein/observability';
import { type SqlRunner } from '../postgres/pipelined-transaction';
import { contextFromHeaders, hasTrace, injectTraceHeaders } from './trace-context';

/**
 * The trade-in's trace (ADR 0008), kept in `messaging_trade_in_trace` of each service's database: the
 * trace id is the one of the trade-in's first event (it never changes), the span context is the latest
 * backbone span of that trace seen in this service (so later steps nest under the latest one).
 * Every read and write runs in the caller's transaction (outbox write, consumer's inbox transaction).
 */

/**
 * False when the service did not start tracing (no propagator) or its spans go nowhere (no OTLP endpoint):
 * then the trade-in trace bookkeeping costs no query. Context still propagates through headers.
 */
export function tracingEnabled(): boolean {
  return tracingRecords() && propagation.fields().includes('traceparent');
}

/** The stored context of each given trade-in that has one: one indexed query for the whole batch. */
export async function loadTradeInTraces(manager: SqlRunner, tradeInIds: Iterable<string>): Promise<Map<string, Context>> {
  const ids = [...new Set(tradeInIds)].filter(Boolean);
  const found = new Map<string, Context>();
  if (!ids.length) return found;
  const rows: Array<{ trade_in_id: string; traceparent: string; tracestate: string | null }> = await manager.query(
    'SELECT trade_in_id, traceparent, tracestate FROM messaging_trade_in_trace WHERE trade_in_id = ANY($1::text[])',
    [ids],
  );
  for (const row of rows) {
    const stored = contextFromHeaders({ traceparent: row.traceparent, ...(row.tracestate ? { tracestate: row.tracestate } : {}) });
    if (hasTrace(stored)) found.set(row.trade_in_id, stored);
  }
  return found;
}

/**
 * Records each trade-in's latest context (one statement for the batch). A trade-in without a row gets
 * this context's trace as its trace; an existing row moves to the new span only when it belongs to the
 * same trace, so the first trace id stays. Rows are written in key order: concurrent batches lock alike.
 */
export async function rememberTradeInTraces(manager: SqlRunner, latest: Map<string, Context>): Promise<void> {
  const entries = [...latest]
    .filter(([id, ctx]) => id && hasTrace(ctx))
    .map(([id, ctx]) => ({ id, headers: injectTraceHeaders(ctx) }))
    .filter((e) => e.headers['traceparent'])
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (!entries.length) return;
  await manager.query(
    `INSERT INTO messaging_trade_in_trace (trade_in_id, traceparent, tracestate, updated_at)
     SELECT t.id, t.traceparent, t.tracestate, now()
       FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS t(id, traceparent, tracestate, n)
      ORDER BY t.n
     ON CONFLICT (trade_in_id) DO UPDATE
       SET traceparent = EXCLUDED.traceparent, tracestate = EXCLUDED.tracestate, updated_at = EXCLUDED.updated_at
     WHERE split_part(messaging_trade_in_trace.traceparent, '-', 2) = split_part(EXCLUDED.traceparent, '-', 2)`,
    [entries.map((e) => e.id), entries.map((e) => e.headers['traceparent']), entries.map((e) => e.headers['tracestate'] ?? null)],
  );
}

/** Where an event's `create` span starts: its parent context and the links it carries. */
export interface SpanPlacement {
  parent: Context;
  links: Link[];
}

/**
 * Places an event about a trade-in: in the active trace when that is the trade-in's trace or the
 * trade-in has none yet (its first event starts it); otherwise (a worker's new trace, a later HTTP
 * request) under the stored context, linked to the active span so the request's trace still points at it.
 */
export function placeInTradeInTrace(stored: Context | undefined, active: Context = context.active()): SpanPlacement {
  if (!stored) return { parent: active, links: [] };
  const activeSpan = validSpanContext(active);
  if (activeSpan && activeSpan.traceId === trace.getSpanContext(stored)?.traceId) return { parent: active, links: [] };
  return { parent: stored, links: activeSpan ? [{ context: activeSpan }] : [] };
}

function validSpanContext(ctx: Context): SpanContext | undefined {
  const span = trace.getSpanContext(ctx);
  return span && trace.isSpanContextValid(span) ? span : undefined;
}
