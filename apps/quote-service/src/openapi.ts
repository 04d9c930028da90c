import 'reflect-metadata';
import { type OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApiDocument, loadConfig, OPENAPI_BUILD_ENV, writeOpenApiDocument } from '@tradein/service-runtime';
import { appModule } from './app.module';
import { QuoteConfig } from './config/quote.config';
import { offerPolicyFrom } from './policy/offer-policy';
import { quoteServiceApp } from './service-app';

/** openapi/quote-service.json: built from the module metadata with fixed settings (no database, no Kafka). */
export function quoteOpenApiDocument(): Promise<OpenAPIObject> {
  const config = loadConfig(QuoteConfig, 'quote-service', { ...OPENAPI_BUILD_ENV });
  return buildOpenApiDocument(appModule(config), quoteServiceApp(offerPolicyFrom(config)));
}

if (require.main === module) void writeOpenApiDocument(quoteOpenApiDocument, process.argv[2]);
