import { type OpenAPIObject } from '@nestjs/swagger';

type Json = Record<string, unknown>;

/**
 * OpenAPI 3.0 `nullable` as validators read it (OAS 3.0.3): a nullable enum must list null, and
 * `nullable` next to `allOf: [$ref]` (what @ApiProperty({ type: X, nullable: true }) gives) does not
 * let null through the referenced object. The latter becomes `oneOf: [$ref, null]`, which client
 * generators read as `X | null` and example validators and fuzzers accept.
 */
export function normalizeNullable(doc: OpenAPIObject): OpenAPIObject {
  visit(doc);
  return doc;
}

function visit(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(visit);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const s = node as Json;
  if (s['nullable'] === true) {
    const allOf = s['allOf'];
    if (Array.isArray(allOf) && allOf.length === 1) {
      s['oneOf'] = [allOf[0], { type: 'object', nullable: true, enum: [null] }];
      delete s['allOf'];
      delete s['nullable'];
      delete s['type'];
    } else if (Array.isArray(s['enum']) && !s['enum'].includes(null)) {
      s['enum'] = [...(s['enum'] as unknown[]), null];
    }
  }
  for (const [key, value] of Object.entries(s)) {
    // Examples are data, not schemas.
    if (key !== 'example' && key !== 'examples') visit(value);
  }
}
