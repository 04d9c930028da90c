import 'reflect-metadata';
import { type OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApiDocument, loadConfig, OPENAPI_BUILD_ENV, writeOpenApiDocument } from '@tradein/service-runtime';
import { appModule } from './app.module';
import { PayoutConfig } from './config/payout.config';
import { PAYOUT_SERVICE_APP } from './service-app';

/** openapi/payout-service.json: built from the module metadata with fixed settings (no database, no Kafka). */
export function payoutOpenApiDocument(): Promise<OpenAPIObject> {
  const config = loadConfig(PayoutConfig, 'payout-service', { ...OPENAPI_BUILD_ENV });
  return buildOpenApiDocument(appModule(config), PAYOUT_SERVICE_APP);
}

if (require.main === module) void writeOpenApiDocument(payoutOpenApiDocument, process.argv[2]);
