import { DiagLogLevel, type DiagLogger, context, diag, propagation, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { defaultResource, detectResources, envDetector, hostDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { childLogger } from '../logger';
import { serviceInstrumentations } from './instrumentations';
import { type TracingConfig, otlpTracesUrl, tracingConfigFromEnv } from './tracing-config';

export interface TracingOptions extends TracingConfig {
  /** More span processors, e.g. a SimpleSpanProcessor over an InMemorySpanExporter in tests. */
  spanProcessors?: SpanProcessor[];
}

export interface Tracing {
  serviceName: string;
  /** Where spans are posted (OTLP/HTTP, JSON); undefined when no endpoint is configured: nothing is exported. */
  exportUrl?: string;
  provider: NodeTracerProvider;
}

let current: { tracing: Tracing; uninstrument: () => void; recording: boolean } | undefined;

/** OpenTelemetry's own warnings (an unreachable collector, a module loaded before its hook) go to the JSON log. */
const diagToPino: DiagLogger = {
  error: (message, ...args) => childLogger('opentelemetry').error({ args }, message),
  warn: (message, ...args) => childLogger('opentelemetry').warn({ args }, message),
  info: () => undefined,
  debug: () => undefined,
  verbose: () => undefined,
};

/**
 * Starts tracing for this process, once (later calls return the running instance):
 * - a tracer provider registered globally with the AsyncLocalStorage context manager and the W3C
 *   trace-context + baggage propagators, so the active span follows async calls and can be injected
 *   into outbox rows and Kafka headers (libs/messaging) and extracted from incoming requests;
 * - an OTLP/HTTP exporter behind a batch processor only when an endpoint is configured;
 * - HTTP server and PostgreSQL instrumentation (see instrumentations.ts) only when spans are recorded (an
 *   exporter or a test's processor): instrumented, every request and query made non-recording spans even
 *   when nothing was exported, ≈ 6 % of a quote’s CPU (issue 15, ADR 0008 amended). Without it the
 *   backbone's own spans (libs/messaging) still carry each trade-in's trace through the outbox and Kafka.
 *
 * Must run before `http`, `fastify` or `pg` are first required: each service's main.ts imports its
 * `tracing.ts` first.
 */
export function startTracing(serviceName: string, options: TracingOptions = tracingConfigFromEnv()): Tracing {
  if (current) return current.tracing;
  const exportUrl = otlpTracesUrl(options);
  const spanProcessors = [...(options.spanProcessors ?? [])];
  if (exportUrl) spanProcessors.push(new BatchSpanProcessor(new OTLPTraceExporter({ url: exportUrl })));
  diag.setLogger(diagToPino, { logLevel: DiagLogLevel.WARN, suppressOverrideMessage: true });

  const resource = defaultResource()
    .merge(detectResources({ detectors: [hostDetector, envDetector] }))
    .merge(
      resourceFromAttributes({
        [ATTR_SERVICE_NAME]: serviceName,
        'service.namespace': 'tradein',
        ...(options.environment ? { 'deployment.environment.name': options.environment } : {}),
      }),
    );
  const provider = new NodeTracerProvider({ resource, spanProcessors });
  provider.register();
  const instrument = options.instrument ?? spanProcessors.length > 0;
  const uninstrument = instrument
    ? registerInstrumentations({ tracerProvider: provider, instrumentations: serviceInstrumentations() })
    : () => undefined;
  const tracing: Tracing = { serviceName, exportUrl, provider };
  current = { tracing, uninstrument, recording: spanProcessors.length > 0 };
  return tracing;
}

export function activeTracing(): Tracing | undefined {
  return current?.tracing;
}

/**
 * True when tracing runs and its spans go somewhere (an OTLP endpoint, or a test's processor). Work
 * that only serves the recorded traces (the trade-in trace bookkeeping of libs/messaging) is skipped
 * otherwise; context still propagates either way.
 */
export function tracingRecords(): boolean {
  return current?.recording ?? false;
}

/**
 * Exports what is buffered (on shutdown, so the last requests' spans are not lost); no-op when not started.
 * Gives up after `withinMs` so an unreachable collector cannot hold a shutdown past its grace period.
 */
export async function flushTracing(withinMs = 3000): Promise<void> {
  if (!current) return;
  let timer: NodeJS.Timeout | undefined;
  const giveUp = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, withinMs);
  });
  try {
    await Promise.race([current.tracing.provider.forceFlush().catch(() => undefined), giveUp]);
  } finally {
    clearTimeout(timer);
  }
}

/** Flushes, then unregisters everything startTracing registered (tests start it again with other options). */
export async function stopTracing(): Promise<void> {
  if (!current) return;
  const { tracing, uninstrument } = current;
  current = undefined;
  uninstrument();
  await tracing.provider.shutdown();
  trace.disable();
  context.disable();
  propagation.disable();
  diag.disable();
}
