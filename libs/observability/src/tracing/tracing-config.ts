/**
 * Where spans go. Read from the environment by the service's first import, before any other module
 * loads (instrumentation must hook `http` and `pg` first), so it cannot wait for the validated config:
 * BaseServiceConfig validates the same two settings and refuses to boot on a malformed one.
 */
export interface TracingConfig {
  /** OTEL_EXPORTER_OTLP_ENDPOINT: the collector's base URL; traces are posted to `<endpoint>/v1/traces`. */
  endpoint?: string;
  /** OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: the full traces URL; wins over `endpoint`. */
  tracesEndpoint?: string;
  /**
   * Hook `http` and `pg`. Default: only when spans are recorded (an endpoint or span processors); false where they
   * cannot be hooked, e.g. inside Jest's module registry.
   */
  instrument?: boolean;
  /** `deployment.environment.name` on every span (NODE_ENV). */
  environment?: string;
}

export function tracingConfigFromEnv(env: NodeJS.ProcessEnv = process.env): TracingConfig {
  return {
    endpoint: env['OTEL_EXPORTER_OTLP_ENDPOINT'] ?? '',
    tracesEndpoint: env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'] ?? '',
    environment: env['NODE_ENV'],
  };
}

/** The URL spans are posted to, or undefined when no endpoint is configured (then nothing is exported). */
export function otlpTracesUrl(config: TracingConfig): string | undefined {
  const full = config.tracesEndpoint?.trim();
  if (full) return full;
  const base = config.endpoint?.trim();
  if (!base) return undefined;
  return `${base.replace(/\/+$/, '')}/v1/traces`;
}
