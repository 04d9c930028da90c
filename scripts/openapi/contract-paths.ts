import { join } from 'node:path';

export const ROOT = join(__dirname, '../..');
export const SERVICES = ['quote', 'intake', 'grading', 'payout'] as const;
export type ServiceShort = (typeof SERVICES)[number];

/** Where each service's generated files go, relative to the repository root. */
export function contractPaths(service: ServiceShort): { document: string; types: string } {
  return { document: `openapi/${service}-service.json`, types: `libs/api-client/src/generated/${service}.ts` };
}

/** The committed OpenAPI documents, parsed (the contract tests read these). */
export function documentPaths(): Array<{ service: ServiceShort; path: string }> {
  return SERVICES.map((service) => ({ service, path: join(ROOT, contractPaths(service).document) }));
}
