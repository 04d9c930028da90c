import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';

const OTLP_URL = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

/** Settings every service has. A service's own config class extends it with its own settings. */
export class BaseServiceConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT!: number;

  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  @Type(() => Number)
  @IsInt()
  @Min(2)
  @Max(100)
  DATABASE_POOL_SIZE = 10;

  @Matches(/^[\w.-]+:\d{1,5}(,[\w.-]+:\d{1,5})*$/, { message: 'KAFKA_BROKERS must be host:port[,host:port...]' })
  KAFKA_BROKERS!: string;

  @IsOptional()
  @Matches(/^[a-z0-9_-]{0,40}$/, { message: 'KAFKA_TOPIC_NAMESPACE must be lowercase letters, digits, _ or -' })
  KAFKA_TOPIC_NAMESPACE = '';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsString()
  @MinLength(32, { message: 'AUTH_JWT_SECRET must be at least 32 characters' })
  AUTH_JWT_SECRET!: string;

  @IsString() AUTH_JWT_ISSUER = 'tradein-platform';
  @IsString() AUTH_JWT_AUDIENCE = 'tradein-api';

  /** Failed authentications per client address per AUTH_FAILURE_WINDOW_SECONDS before 429 (Retry-After). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  AUTH_FAILURES_PER_ADDRESS = 60;

  /** Failed authentications per API key prefix (its key id, from any address) per window before 429. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  AUTH_FAILURES_PER_KEY = 20;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(86_400)
  AUTH_FAILURE_WINDOW_SECONDS = 60;

  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(30000)
  HEALTH_TIMEOUT_MS = 2000;

  /**
   * Requests in progress per replica before the next is answered 503 OVERLOADED with Retry-After (ADR 0021); 0 turns
   * shedding off. An admitted request then waits at most about this many ÷ the replica's throughput.
   */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100_000)
  HTTP_MAX_IN_FLIGHT = 64;

  /** Requests above this size answer 413 before any handler runs. */
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(10_485_760)
  BODY_LIMIT_BYTES = 262_144;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  RATE_LIMIT_PER_MINUTE = 600;

  /** Attempts to apply an event before it goes to its dead-letter topic; backoff doubles from the base. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  MESSAGING_MAX_ATTEMPTS = 5;

  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(60_000)
  MESSAGING_RETRY_BACKOFF_MS = 500;

  /** How often the outbox relay looks for unpublished events (tests set it lower explicitly; no environment-name switch). */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(60_000)
  MESSAGING_RELAY_POLL_MS = 1000;

  /** Published outbox rows are deleted this many days after they were published (ADR 0022). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3650)
  MESSAGING_OUTBOX_RETENTION_DAYS = 7;

  /**
   * Inbox rows (applied events) are deleted after this many days (ADR 0022). Keep it above the longest a message can
   * still be redelivered: the dead-letter topics keep messages 30 days, and Kafka deletes a segment up to its roll
   * time (7 days) later. A replayed message whose row is gone would be applied again; hence at least 38.
   */
  @Type(() => Number)
  @IsInt()
  @Min(38)
  @Max(3650)
  MESSAGING_INBOX_RETENTION_DAYS = 45;

  /** A trade-in's trace row (ADR 0008) is deleted this many days after its last event (ADR 0022). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3650)
  MESSAGING_TRACE_RETENTION_DAYS = 90;

  /** Between two retention passes, in ms; 0 turns retention off. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(86_400_000)
  MESSAGING_RETENTION_INTERVAL_MS = 600_000;

  /** Run the outbox relay and the consumers in this process (off for a read-only replica). */
  @IsIn(['true', 'false']) MESSAGING_ENABLED: 'true' | 'false' = 'true';

  /**
   * `enabled` runs the service on a clock ops can move forward (POST /v1/ops/clock/advance) so deadlines
   * can be passed in acceptance tests and demos without waiting. Refused with NODE_ENV=production.
   */
  @IsIn(['enabled', 'disabled']) CLOCK_CONTROL: 'enabled' | 'disabled' = 'disabled';

  /** Where a movable clock starts, ahead of the system clock (a restarted process rejoining moved peers); 0 otherwise. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(400 * 86_400_000)
  CLOCK_OFFSET_MS = 0;

  /** `disabled`: no OpenAPI at /docs (production may hide it; the documents are in the repository's openapi/). */
  @IsIn(['enabled', 'disabled']) API_DOCS: 'enabled' | 'disabled' = 'enabled';

  /**
   * 0: Prometheus metrics at /metrics on the service port. Another port: /metrics is served only there (a listener
   * the ingress never routes to; Kubernetes scrapes it) and the service port answers 404 for it.
   */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  METRICS_PORT = 0;

  /**
   * On SIGTERM/SIGINT the service stops within this: requests in flight get the first half, then
   * workers, consumers (current message finished, offset committed), relay and database pool close.
   * Keep it below the orchestrator's kill timeout (Kubernetes terminationGracePeriodSeconds, 30 s by
   * default; compose stop_grace_period).
   */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  @Max(600_000)
  SHUTDOWN_GRACE_MS = 20_000;

  /**
   * OpenTelemetry traces go over OTLP/HTTP (JSON) to `<endpoint>/v1/traces` when this is set (e.g.
   * http://otel-collector:4318); empty: spans are created so trace context propagates, but nothing is
   * exported. Read by the tracing setup before anything else loads (libs/observability); validated here.
   */
  @ValidateIf((c: BaseServiceConfig) => c.OTEL_EXPORTER_OTLP_ENDPOINT !== '')
  @IsUrl(OTLP_URL, { message: 'OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL or empty' })
  OTEL_EXPORTER_OTLP_ENDPOINT = '';

  /** The full traces URL, when the collector's traces path is not `<endpoint>/v1/traces`; wins over the endpoint. */
  @ValidateIf((c: BaseServiceConfig) => c.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT !== '')
  @IsUrl(OTLP_URL, { message: 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT must be an http(s) URL or empty' })
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT = '';
}
