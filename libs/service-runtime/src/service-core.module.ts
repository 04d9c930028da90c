import { type DynamicModule, type ExecutionContext, Global, Module, type Provider, type Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { SlidingWindowRateLimitStorage } from './http/rate-limit-storage';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AUTH_OPTIONS, AuthGuard, type Principal } from '@tradein/auth';
import { MessagingModule } from '@tradein/messaging';
import { collectProcessMetrics, logDestination } from '@tradein/observability';
import { CLOCK, type Clock, SystemClock } from './clock/clock';
import { ClockController } from './clock/clock.controller';
import { OffsetClock } from './clock/offset-clock';
import { type BaseServiceConfig } from './config/base-service.config';
import { type ClassRef, typeOrmOptions } from './database/typeorm-options';
import { ProblemDetailsFilter } from './errors/problem-details.filter';
import { createValidationPipe } from './errors/validation.pipe';
import { HealthController } from './health/health.controller';
import { requestLoggerOptions } from './http/request-logger-options';
import { DeadLettersController } from './ops/dead-letters.controller';
import { consumerFailureOf } from './errors/consumer-failure';
import { SERVICE_CONFIG } from './service-core.tokens';
import { TracingLifecycle } from './tracing/tracing-lifecycle';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ServiceCoreOptions {
  serviceName: string;
  config: BaseServiceConfig;
  /** The service's own config class, so handlers can inject it by type. */
  configClass?: Type<BaseServiceConfig>;
  entities: ClassRef[];
  migrations: ClassRef[];
  /** Replaces the system clock (tests). */
  clock?: Clock;
  /** Extra global providers, e.g. the API_KEY_RESOLVER of quote-service. */
  providers?: Provider[];
}

/** Rate limits count per principal (API key or user), falling back to the client address. */
class PrincipalThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const p = req['principal'] as Principal | undefined;
    return p ? `${p.kind}:${p.subject}` : String(req['ip'] ?? 'unknown');
  }

  /** The count's key as text: the library hashes it with SHA-256 on every request, for no gain in a map of our own. */
  protected override generateKey(context: ExecutionContext, tracker: string, name: string): string {
    return `${context.getClass().name}-${context.getHandler().name}-${name}-${tracker}`;
  }
}

/**
 * What every service shares: validated config, its own database with migrations run at boot,
 * the messaging backbone, JSON logs, health and metrics, the global auth guard, rate limits,
 * whitelisting validation and problem+json errors.
 */
@Global()
@Module({})
export class ServiceCoreModule {
  static forRoot(o: ServiceCoreOptions): DynamicModule {
    const c = o.config;
    collectProcessMetrics(o.serviceName);
    const configProviders: Provider[] = [{ provide: SERVICE_CONFIG, useValue: c }];
    if (o.configClass) configProviders.push({ provide: o.configClass, useValue: c });
    return {
      module: ServiceCoreModule,
      imports: [
        // nestjs-pino for Nest's own lines and the request lines' logger, on the libraries' stream (one writer to
        // stdout); its pino-http middleware on no route: the request line is written by a fastify hook
        // (installRequestLogging, ADR 0023).
        LoggerModule.forRoot({ pinoHttp: [requestLoggerOptions(o.serviceName, c.LOG_LEVEL), logDestination()], forRoutes: [] }),
        TypeOrmModule.forRoot(typeOrmOptions(c, o.entities, o.migrations)),
        MessagingModule.forRoot({
          serviceName: o.serviceName,
          brokers: c.KAFKA_BROKERS.split(','),
          topicNamespace: c.KAFKA_TOPIC_NAMESPACE || undefined,
          relay: c.MESSAGING_ENABLED === 'true',
          consumers: c.MESSAGING_ENABLED === 'true',
          relayPollMs: c.MESSAGING_RELAY_POLL_MS,
          maxAttempts: c.MESSAGING_MAX_ATTEMPTS,
          retryBackoffMs: c.MESSAGING_RETRY_BACKOFF_MS,
          classifyFailure: consumerFailureOf,
          retention: {
            outboxRetentionMs: c.MESSAGING_OUTBOX_RETENTION_DAYS * DAY_MS,
            inboxRetentionMs: c.MESSAGING_INBOX_RETENTION_DAYS * DAY_MS,
            traceRetentionMs: c.MESSAGING_TRACE_RETENTION_DAYS * DAY_MS,
            intervalMs: c.MESSAGING_RETENTION_INTERVAL_MS,
          },
        }),
        ThrottlerModule.forRoot({
          throttlers: [{ ttl: 60_000, limit: c.RATE_LIMIT_PER_MINUTE }],
          storage: new SlidingWindowRateLimitStorage(),
        }),
      ],
      controllers:
        c.CLOCK_CONTROL === 'enabled' && !o.clock
          ? [HealthController, DeadLettersController, ClockController]
          : [HealthController, DeadLettersController],
      providers: [
        ...configProviders,
        { provide: CLOCK, useValue: o.clock ?? (c.CLOCK_CONTROL === 'enabled' ? new OffsetClock(c.CLOCK_OFFSET_MS) : new SystemClock()) },
        {
          provide: AUTH_OPTIONS,
          useValue: {
            jwtSecret: c.AUTH_JWT_SECRET,
            issuer: c.AUTH_JWT_ISSUER,
            audience: c.AUTH_JWT_AUDIENCE,
            failedAuth: {
              perAddress: c.AUTH_FAILURES_PER_ADDRESS,
              perKeyPrefix: c.AUTH_FAILURES_PER_KEY,
              windowSeconds: c.AUTH_FAILURE_WINDOW_SECONDS,
            },
          },
        },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: PrincipalThrottlerGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        TracingLifecycle,
        ...(o.providers ?? []),
      ],
      exports: [SERVICE_CONFIG, CLOCK, AUTH_OPTIONS, ...(o.configClass ? [o.configClass] : []), ...(o.providers ?? [])],
    };
  }
}
