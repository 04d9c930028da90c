import { type INestApplication } from '@nestjs/common';
import { type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from './api-problems.decorator';
import { normalizeIdempotencyHeaders } from './idempotency-key.decorator';
import { normalizeNullable } from './nullable-schemas';
import { completeQueryParameters } from './query-parameters';
import { completeRequestSchemas } from './validation-schemas';
import { OPENAPI_DOCUMENT_OPTIONS, openApiConfig, type ServiceAppOptions } from './openapi-config';

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const PROBLEM_REF = { $ref: '#/components/schemas/ProblemDetails' };

/**
 * What every operation answers whatever its controller says, because the shared runtime answers it:
 * the global auth guard (401), the global rate limit (429), load shedding (503, ADR 0021), input refused before the handler runs
 * (400 for any parameter or body; 413 and 415 for bodies), all as problem+json from ProblemDetailsFilter.
 * An error response declared with a description only gets the problem+json schema it really has.
 */
export function completeProblemResponses(doc: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (op) completeOperation(op, doc);
    }
  }
  return doc;
}

function completeOperation(op: Operation, doc: OpenAPIObject): void {
  const responses = op.responses;
  const secured = (op.security ?? doc.security ?? []).some((s) => Object.keys(s).length > 0);
  const add = (status: number, description: string): void => {
    if (!responses[String(status)]) responses[String(status)] = { description };
  };
  if (secured) add(401, 'Missing, invalid or expired credentials.');
  add(429, 'Rate limit exceeded; retry later.');
  add(503, 'The replica is at its limit of requests in progress (`OVERLOADED`, nothing was done) or a dependency is not available; retry after `Retry-After` seconds.');
  if (op.parameters?.length || op.requestBody) add(400, 'Invalid input: `errors[]` names each field (body, query, path or header) and the reason.');
  if (op.requestBody) {
    add(413, 'The body is larger than the service accepts.');
    add(415, 'The body is not in a content type this operation accepts.');
  }
  for (const [status, r] of Object.entries(responses)) {
    if (!r || !/^[45]\d\d$/.test(status) || '$ref' in r) continue;
    const problem = r.content?.[PROBLEM_CONTENT_TYPE];
    r.content = { ...(r.content ?? {}), [PROBLEM_CONTENT_TYPE]: { ...(problem ?? {}), schema: problem?.schema ?? PROBLEM_REF } };
    // Errors are never application/json: Nest lists that media type by default for a bare @ApiResponse.
    delete r.content['application/json'];
  }
}

/** The document a running service serves at /docs and the one committed under openapi/: the same function. */
export function createServiceDocument(app: INestApplication, o: ServiceAppOptions): OpenAPIObject {
  const doc = SwaggerModule.createDocument(app, openApiConfig(o), OPENAPI_DOCUMENT_OPTIONS);
  return normalizeNullable(completeProblemResponses(completeRequestSchemas(completeQueryParameters(app, normalizeIdempotencyHeaders(doc)))));
}
