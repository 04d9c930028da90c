import 'reflect-metadata';
import { type OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApiDocument, loadConfig, OPENAPI_BUILD_ENV, writeOpenApiDocument } from '@tradein/service-runtime';
import { appModule } from './app.module';
import { IntakeConfig } from './config/intake.config';
import { INTAKE_SERVICE_APP } from './service-app';

/** openapi/intake-service.json: built from the module metadata with fixed settings (no database, no Kafka). */
export function intakeOpenApiDocument(): Promise<OpenAPIObject> {
  const config = loadConfig(IntakeConfig, 'intake-service', { ...OPENAPI_BUILD_ENV });
  return buildOpenApiDocument(appModule(config), INTAKE_SERVICE_APP);
}

if (require.main === module) void writeOpenApiDocument(intakeOpenApiDocument, process.argv[2]);
