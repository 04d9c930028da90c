import 'reflect-metadata';
import { type OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApiDocument, loadConfig, OPENAPI_BUILD_ENV, writeOpenApiDocument } from '@tradein/service-runtime';
import { appModule } from './app.module';
import { GradingConfig } from './config/grading.config';
import { GRADING_SERVICE_APP } from './service-app';

/** openapi/grading-service.json: built from the module metadata with fixed settings (no database, no Kafka). */
export function gradingOpenApiDocument(): Promise<OpenAPIObject> {
  const config = loadConfig(GradingConfig, 'grading-service', { ...OPENAPI_BUILD_ENV });
  return buildOpenApiDocument(appModule(config), GRADING_SERVICE_APP);
}

if (require.main === module) void writeOpenApiDocument(gradingOpenApiDocument, process.argv[2]);
