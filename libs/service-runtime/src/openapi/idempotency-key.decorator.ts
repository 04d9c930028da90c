import { ApiHeader } from '@nestjs/swagger';

/** What withIdempotency accepts (the KEY pattern in idempotency.ts; keep the two in step). */
export const IDEMPOTENCY_KEY_PATTERN = '^[A-Za-z0-9_.:-]{8,128}$';

/**
 * Documents the Idempotency-Key header with its rules. `required` only where the handler refuses a
 * request without one; elsewhere a missing key means the request simply runs.
 */
export function ApiIdempotencyKey(o: { required?: boolean } = {}): MethodDecorator & ClassDecorator {
  return ApiHeader({
    name: 'Idempotency-Key',
    required: o.required ?? false,
    description: '8-128 characters of letters, digits and `_ . : -`. The same key with the same body answers the stored '
      + 'result of the first request; the same key with another body answers 422 IDEMPOTENCY_KEY_REUSED.',
    schema: { type: 'string', pattern: IDEMPOTENCY_KEY_PATTERN, minLength: 8, maxLength: 128, example: 'order-4711:accept' },
  });
}
