import { type Context, type Link, ROOT_CONTEXT, type Span, type SpanOptions, type Tracer, context, trace } from '@opentelemetry/api';
import { type EntityManager } from 'typeorm';
import {
  contextFromHeaders,
  hasTrace,
  injectTraceHeaders,
  loadTradeInTraces,
  markSpanFailed,
  placeInTradeInTrace,
  tracingEnabled,
} from '@tradein/messaging';

/**
 * Job tracing is observability of the leased job runner (jobs/leased-job-runner.ts), not of the event
 * backbone: it only reads the trade-in's stored trace (messaging_trade_in_trace) to place a job's span.
 */
export function jobTracer(): Tracer {
  return trace.getTracer('@tradein/jobs');
}

/**
 * Trace context of a DB-queued job (ADR 0008): a label request, a payout, a webhook delivery. Stored with
 * the job row when it is enqueued, so the worker that runs it later (another process, minutes later) can
 * run it in a span of the trade-in's trace. `link` is the enqueuing span when that was in another trace
 * (an HTTP request on an existing trade-in): the job span points back at it.
 */
export interface JobTraceContext {
  traceparent: string;
  tracestate?: string;
  link?: string;
}

/** A job row as the worker sees it: its trade-in and the context stored with it (null: enqueued untraced). */
export interface TracedJob {
  tradeInId: string;
  traceContext: JobTraceContext | null;
}

/**
 * The context to store with each trade-in's job enqueued now, in the caller's transaction: the trade-in's
 * latest step (messaging_trade_in_trace, one primary-key query for all of them) or, for a trade-in without
 * one, the active span. Empty when tracing is off (no query) or there is no trace to continue.
 */
export async function jobTraceContexts(manager: EntityManager, tradeInIds: Iterable<string>): Promise<Map<string, JobTraceContext>> {
  const found = new Map<string, JobTraceContext>();
  if (!tracingEnabled()) return found;
  const ids = [...new Set(tradeInIds)];
  const stored = await loadTradeInTraces(manager, ids);
  const active = context.active();
  for (const id of ids) {
    const placement = placeInTradeInTrace(stored.get(id), active);
    const headers = injectTraceHeaders(placement.parent);
    if (!headers['traceparent']) continue;
    const link = placement.links[0]
      ? injectTraceHeaders(trace.setSpanContext(ROOT_CONTEXT, placement.links[0].context))['traceparent']
      : undefined;
    found.set(id, {
      traceparent: headers['traceparent'],
      ...(headers['tracestate'] ? { tracestate: headers['tracestate'] } : {}),
      ...(link ? { link } : {}),
    });
  }
  return found;
}

/** One trade-in's job context (see jobTraceContexts); null when tracing is off or there is no trace. */
export async function jobTraceContext(manager: EntityManager, tradeInId: string): Promise<JobTraceContext | null> {
  return (await jobTraceContexts(manager, [tradeInId])).get(tradeInId) ?? null;
}

/** A running job's span and the context its work runs in (`context.with(job.context, ...)`). */
export interface JobSpan {
  readonly span: Span;
  readonly context: Context;
  /** Marks the span as failed: an exception is recorded, a plain reason becomes the status message. */
  fail(error: unknown): void;
  end(): void;
}

/** How a job's span is named and where its stored context is. */
export interface JobSpanSpec extends TracedJob {
  name: string;
  options: SpanOptions;
}

/**
 * Starts one span per job, each a child of its stored context. Jobs stored without one (enqueued before the
 * column existed or with tracing off) fall back to the trade-in's stored trace (one query for all of them,
 * only when tracing is on), else the span is a root. With tracing off the spans are non-recording no-ops.
 */
export async function startJobSpans<J>(
  manager: EntityManager,
  jobs: readonly J[],
  spanFor: (job: J) => JobSpanSpec,
): Promise<Array<{ job: J; span: JobSpan }>> {
  const specs = jobs.map((job) => ({ job, spec: spanFor(job) }));
  const missing = tracingEnabled() ? specs.filter(({ spec }) => !spec.traceContext?.traceparent).map(({ spec }) => spec.tradeInId) : [];
  const fallback = missing.length ? await loadTradeInTraces(manager, missing) : new Map<string, Context>();
  return specs.map(({ job, spec }) => {
    const stored = spec.traceContext?.traceparent ? contextFromHeaders(storedHeaders(spec.traceContext)) : fallback.get(spec.tradeInId);
    const parent = stored && hasTrace(stored) ? stored : ROOT_CONTEXT;
    const links = [...(spec.options.links ?? []), ...linkOf(spec.traceContext)];
    const span = jobTracer().startSpan(spec.name, { ...spec.options, links, root: parent === ROOT_CONTEXT }, parent);
    return { job, span: jobSpan(span, trace.setSpan(parent, span)) };
  });
}

function jobSpan(span: Span, ctx: Context): JobSpan {
  return {
    span,
    context: ctx,
    fail(error: unknown) {
      markSpanFailed(span, error);
    },
    end() {
      span.end();
    },
  };
}

function storedHeaders(stored: JobTraceContext): Record<string, string> {
  return { traceparent: stored.traceparent, ...(stored.tracestate ? { tracestate: stored.tracestate } : {}) };
}

function linkOf(stored: JobTraceContext | null): Link[] {
  if (!stored?.link) return [];
  const linked = trace.getSpanContext(contextFromHeaders({ traceparent: stored.link }));
  return linked && trace.isSpanContextValid(linked) ? [{ context: linked }] : [];
}
