import { ApiHeader, type OpenAPIObject, type ParameterObject } from '@nestjs/swagger';

/** What withIdempotency accepts (the KEY pattern in idempotency.ts; keep the two in step). */
export const IDEMPOTENCY_KEY_PATTERN = '^[A-Za-z0-9_.:-]{8,128}$';

/**
 * Documents the Idempotency-Key header with its rules. `required` only where the handler refuses a
 * request without one; elsewhere a missing key means the request simply runs.
 */
export function ApiIdempotencyKey(o: { required?: boolean } = {}): MethodDecorator & ClassDecorator {
  return ApiHeader({ name: IDEMPOTENCY_HEADER, required: o.required ?? false, description: DESCRIPTION, schema: SCHEMA });
}

const IDEMPOTENCY_HEADER = 'Idempotency-Key';
const DESCRIPTION = '8-128 characters of letters, digits and `_ . : -`. The same key with the same body answers the stored '
  + 'result of the first request; the same key with another body answers 422 IDEMPOTENCY_KEY_REUSED.';
const SCHEMA = { type: 'string' as const, pattern: IDEMPOTENCY_KEY_PATTERN, minLength: 8, maxLength: 128, example: 'order-4711:accept' };

/**
 * One Idempotency-Key parameter per operation, with its rules. Nest also lists a handler's
 * `@Headers('idempotency-key')` argument as a required header of that exact spelling; the handlers
 * treat a missing key as "just run it" (withIdempotency), so it is optional unless an operation says
 * otherwise with @ApiIdempotencyKey({ required: true }).
 */
export function normalizeIdempotencyHeaders(doc: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(doc.paths)) {
    for (const op of [item.get, item.put, item.post, item.delete, item.patch]) {
      const params = (op?.parameters ?? []).filter((p): p is ParameterObject => 'name' in p);
      const keys = params.filter((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key');
      if (!op || !keys.length) continue;
      const declared = keys.find((p) => p.name === IDEMPOTENCY_HEADER);
      const rest = (op?.parameters ?? []).filter((p) => !('name' in p) || !keys.includes(p));
      op.parameters = [...rest, { name: IDEMPOTENCY_HEADER, in: 'header', required: declared?.required ?? false, description: DESCRIPTION, schema: SCHEMA }];
    }
  }
  return doc;
}
