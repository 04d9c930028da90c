import { type DynamicModule, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { KafkaEventTransport, MessagingRuntime } from '@tradein/messaging';
import { type BaseServiceConfig } from '../config/base-service.config';
import { createServiceDocument } from '../openapi/complete-responses';
import { type ServiceAppOptions } from '../openapi/openapi-config';
import { livenessServerFactory } from '../health/liveness-probe';
import { MAX_PATH_PARAM_LENGTH, clientErrorHandler, frameworkErrors } from './framework-errors';
import { recordHttpMetrics } from './http-metrics';
import { installAdmissionLimit } from './admission-limit';
import { installInputGuards } from './input-guards';
import { installRequestLogging } from './request-logging';
import { installSecurityHeaders } from './security-headers';
import { installRouteNaming } from '../tracing/http-route-naming';

export type { ServiceAppOptions } from '../openapi/openapi-config';

/** Builds (not starts) a service app: fastify with body limits, JSON logs, OpenAPI at /docs. */
export async function createServiceApp(
  module: Type<unknown> | DynamicModule,
  config: BaseServiceConfig,
  o: ServiceAppOptions,
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: true,
    requestIdHeader: 'x-request-id',
    clientErrorHandler,
    frameworkErrors,
    // Router options under routerOptions: at the top level fastify warns (FSTDEP022) on every start, a non-JSON stderr line.
    routerOptions: { maxParamLength: MAX_PATH_PARAM_LENGTH },
    // GET /health/live is answered by the node:http server before fastify and Nest (ADR 0019).
    serverFactory: livenessServerFactory,
  });
  // rawBody: signed callbacks (carrier scans) verify the exact bytes sent, which re-serialising would not give.
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, { bufferLogs: true, abortOnError: false, rawBody: true });
  app.useLogger(app.get(Logger));
  // Events arrive through Nest's own microservice layer: libs/messaging as a custom transport, whose consumers
  // start with app.startAllMicroservices() once the app is bootstrapped (bootstrapService, the test kit).
  app.connectMicroservice({ strategy: new KafkaEventTransport(app.get(MessagingRuntime)) });
  // First: a request refused by any later hook or guard is still named by its route in its trace.
  installRouteNaming(app.getHttpAdapter().getInstance());
  recordHttpMetrics(app.getHttpAdapter().getInstance());
  installRequestLogging(app.getHttpAdapter().getInstance());
  await installSecurityHeaders(app);
  // After the security headers (a refusal carries them too), before anything that reads the body or the database.
  installAdmissionLimit(app.getHttpAdapter().getInstance(), config.HTTP_MAX_IN_FLIGHT);
  installInputGuards(app.getHttpAdapter().getInstance());
  // No enableShutdownHooks(): a service process stops through installGracefulShutdown (bootstrapService),
  // which closes HTTP first and exits 0; tests and tools close the app themselves.
  // API_DOCS=disabled (production may choose it): no /docs at all, the documents live in the repository.
  if (config.API_DOCS === 'enabled')
    SwaggerModule.setup('docs', app, () => createServiceDocument(app, o), { jsonDocumentUrl: 'docs/openapi.json' });
  return app;
}
