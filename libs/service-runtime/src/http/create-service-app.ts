import { type DynamicModule, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { type BaseServiceConfig } from '../config/base-service.config';
import { recordHttpMetrics } from './http-metrics';

export interface ServiceAppOptions {
  serviceName: string;
  description: string;
  version?: string;
  /** Extra OpenAPI text, e.g. published policy values. */
  docsNote?: string;
}

/** Builds (not starts) a service app: fastify with body limits, JSON logs, OpenAPI at /docs. */
export async function createServiceApp(
  module: Type<unknown> | DynamicModule, config: BaseServiceConfig, o: ServiceAppOptions,
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: config.BODY_LIMIT_BYTES, trustProxy: true, requestIdHeader: 'x-request-id' });
  // rawBody: signed callbacks (carrier scans) verify the exact bytes sent, which re-serialising would not give.
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, { bufferLogs: true, abortOnError: false, rawBody: true });
  app.useLogger(app.get(Logger));
  recordHttpMetrics(app.getHttpAdapter().getInstance());
  // No enableShutdownHooks(): a service process stops through installGracefulShutdown (bootstrapService),
  // which closes HTTP first and exits 0; tests and tools close the app themselves.
  const doc = new DocumentBuilder()
    .setTitle(o.serviceName)
    .setDescription(`${o.description}${o.docsNote ? `\n\n${o.docsNote}` : ''}\n\nErrors are application/problem+json with a stable \`code\`, and \`errors[]\` naming each field and reason.`)
    .setVersion(o.version ?? '1')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }, 'partner-api-key')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'staff-token')
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, doc), { jsonDocumentUrl: 'docs/openapi.json' });
  return app;
}
