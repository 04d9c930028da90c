import { writeFileSync } from 'node:fs';
import { type DynamicModule, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { type OpenAPIObject } from '@nestjs/swagger';
import { createServiceDocument } from './complete-responses';
import { type ServiceAppOptions } from './openapi-config';

/**
 * The service's OpenAPI document from its module metadata alone: Nest's preview mode wires the module
 * graph without instantiating providers, so nothing connects to PostgreSQL or Kafka.
 */
export async function buildOpenApiDocument(module: Type<unknown> | DynamicModule, o: ServiceAppOptions): Promise<OpenAPIObject> {
  const app = await NestFactory.create(module, new FastifyAdapter(), { preview: true, logger: false, abortOnError: false });
  try {
    return createServiceDocument(app, o);
  } finally {
    await app.close();
  }
}

/** JSON with every object's keys sorted, so a regenerated document differs only where the API did. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return Object.fromEntries(Object.keys(o).sort().filter((k) => o[k] !== undefined).map((k) => [k, sortKeys(o[k])]));
  }
  return v;
}

/**
 * Settings for building a document only: fixed, so the document does not depend on who runs the
 * generator; nothing here is used to connect. The movable clock is on, so its ops routes are documented.
 */
export const OPENAPI_BUILD_ENV: Readonly<Record<string, string>> = {
  NODE_ENV: 'development',
  PORT: '1',
  DATABASE_URL: 'postgres://openapi@127.0.0.1:1/openapi',
  KAFKA_BROKERS: '127.0.0.1:1',
  AUTH_JWT_SECRET: 'openapi-document-build-only-not-a-secret',
  CLOCK_CONTROL: 'enabled',
};

/**
 * An app's src/openapi.ts entry point: `node -r @swc-node/register apps/x/src/openapi.ts OUT.json`
 * writes the document (scripts/openapi/generate.ts runs one per service).
 */
export async function writeOpenApiDocument(build: () => Promise<OpenAPIObject>, target: string | undefined): Promise<void> {
  if (!target) throw new Error('usage: openapi.ts <output.json>');
  writeFileSync(target, stableJson(await build()));
}
