import { type AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { context, propagation, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { type OtlpCollector, startOtlpCollector, waitFor } from '@tradein/testing';
import { flushTracing, otlpTracesUrl, startTracing, stopTracing, tracingConfigFromEnv, tracingRecords } from '@tradein/observability';
import { tracingEnabled } from '@tradein/messaging';

// Inside Jest's module registry http and pg cannot be hooked (instrument: false); the services' own
// instrumentation is tested with real processes in tracing-across-services.int-spec.ts.
describe('startTracing', () => {
  let collector: OtlpCollector;
  beforeEach(async () => {
    collector = await startOtlpCollector();
  });
  afterEach(async () => {
    await stopTracing();
    await collector.close();
    delete process.env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'];
  });

  it('resolves the traces URL from the settings: the full traces endpoint wins, otherwise <endpoint>/v1/traces, otherwise none', () => {
    expect(otlpTracesUrl({ endpoint: 'http://c:4318/' })).toBe('http://c:4318/v1/traces');
    expect(otlpTracesUrl({ endpoint: 'http://c:4318', tracesEndpoint: 'http://t/custom' })).toBe('http://t/custom');
    expect(otlpTracesUrl({ endpoint: ' ', tracesEndpoint: '' })).toBeUndefined();
    expect(otlpTracesUrl(tracingConfigFromEnv({}))).toBeUndefined();
    expect(tracingConfigFromEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://x:4318', NODE_ENV: 'test' })).toEqual({
      endpoint: 'http://x:4318',
      tracesEndpoint: '',
      environment: 'test',
    });
  });

  it('exports spans over OTLP/HTTP JSON with the service name when an endpoint is configured', async () => {
    const tracing = startTracing('quote-service', { endpoint: collector.url, instrument: false, environment: 'test' });
    expect(tracing.exportUrl).toBe(`${collector.url}/v1/traces`);
    const span = trace.getTracer('test').startSpan('exported work');
    span.end();
    await flushTracing();
    await waitFor(() => collector.spans.some((s) => s.name === 'exported work'), { what: 'the span at the collector' });
    const [got] = collector.spans.filter((s) => s.name === 'exported work');
    expect(got).toMatchObject({ service: 'quote-service', traceId: span.spanContext().traceId, spanId: span.spanContext().spanId });
    expect(collector.requests[0]).toEqual({ path: '/v1/traces', contentType: 'application/json' });
  });

  it('exports nothing without an endpoint, yet still creates spans so trace context propagates', async () => {
    // Bait: an OTLP exporter built anyway would fall back to this variable and reach the collector.
    process.env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'] = `${collector.url}/v1/traces`;
    const memory = new InMemorySpanExporter();
    const tracing = startTracing('quote-service', {
      endpoint: '',
      tracesEndpoint: '',
      instrument: false,
      spanProcessors: [new SimpleSpanProcessor(memory)],
    });
    expect(tracing.exportUrl).toBeUndefined();

    const span = trace.getTracer('test').startSpan('local work');
    const carrier: Record<string, string> = {};
    propagation.inject(trace.setSpan(context.active(), span), carrier);
    span.end();
    await flushTracing();
    await new Promise((r) => setTimeout(r, 300));

    expect(trace.isSpanContextValid(span.spanContext())).toBe(true);
    expect(carrier['traceparent']).toBe(`00-${span.spanContext().traceId}-${span.spanContext().spanId}-01`);
    expect(memory.getFinishedSpans().map((s) => s.name)).toEqual(['local work']);
    expect(collector.requests).toEqual([]);
  });

  it('skips the trade-in trace bookkeeping when spans go nowhere, and does it when they are recorded', async () => {
    await stopTracing();
    startTracing('quote-service', { endpoint: '', tracesEndpoint: '', instrument: false });
    expect(tracingRecords()).toBe(false);
    expect(tracingEnabled()).toBe(false);
    await stopTracing();
    startTracing('quote-service', { endpoint: collector.url, instrument: false });
    expect(tracingRecords()).toBe(true);
    expect(tracingEnabled()).toBe(true);
  });

  it('gives up flushing after its bound when the collector does not answer', async () => {
    const silent = createServer(() => undefined); // accepts, never answers
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const port = (silent.address() as AddressInfo).port;
    try {
      startTracing('quote-service', { endpoint: `http://127.0.0.1:${port}`, instrument: false });
      trace.getTracer('test').startSpan('stuck').end();
      const started = Date.now();
      await flushTracing(300);
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });

  it('starts once per process: a second call returns the running instance', () => {
    const first = startTracing('quote-service', { instrument: false });
    expect(startTracing('intake-service', { endpoint: collector.url, instrument: false })).toBe(first);
  });
});
