import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, ApiSecurity, getSchemaPath } from '@nestjs/swagger';
import { ProblemDetails } from './problem-details.dto';

/** The error statuses the services really answer, each with what it means for the caller. */
export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

const MEANING: Record<ProblemStatus, { description: string; code: string }> = {
  400: { description: 'Invalid input: `errors[]` names each field (body, query, path or header) and the reason.', code: 'VALIDATION_FAILED' },
  401: { description: 'Missing, invalid or expired credentials.', code: 'UNAUTHENTICATED' },
  403: { description: 'Authenticated, but this role or tenant may not do this.', code: 'FORBIDDEN' },
  404: { description: 'Not found, or not visible to this caller (other tenants\' ids answer 404 too).', code: 'NOT_FOUND' },
  409: { description: 'The resource is not in a state that allows this.', code: 'CONFLICT' },
  413: { description: 'The body is larger than the service accepts.', code: 'PAYLOAD_TOO_LARGE' },
  415: { description: 'The body is not in a content type this operation accepts.', code: 'UNSUPPORTED_MEDIA_TYPE' },
  422: { description: 'Well-formed but refused by a business rule, or an Idempotency-Key reused with another body.', code: 'UNPROCESSABLE' },
  429: { description: 'Rate limit exceeded; retry later.', code: 'RATE_LIMITED' },
  503: { description: 'A dependency is not available; retry later.', code: 'NOT_READY' },
};

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * Declares the problem+json answers of an operation, e.g. `@ApiProblems(400, 401, 404)`. List only
 * the statuses the handler (with its guards and pipes) can really answer: the contract test fuzzes
 * against them and flags any status that is not declared.
 */
export function ApiProblems(...statuses: ProblemStatus[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemDetails),
    ...statuses.map((status) => ApiResponse({
      status,
      description: MEANING[status].description,
      content: {
        [PROBLEM_CONTENT_TYPE]: {
          schema: { $ref: getSchemaPath(ProblemDetails) },
          example: problemExample(status),
        },
      },
    })),
  );
}

function problemExample(status: ProblemStatus): Record<string, unknown> {
  const code = MEANING[status].code;
  return {
    type: `https://tradein.example/problems/${code.toLowerCase().replace(/_/g, '-')}`,
    title: TITLES[status],
    status,
    code,
    detail: status === 400 ? 'modelId: must be a string' : MEANING[status].description,
    instance: '/v1/…',
    ...(status === 400 ? { errors: [{ field: 'modelId', reason: 'must be a string' }] } : {}),
    requestId: 'req-1a2b',
  };
}

const TITLES: Record<ProblemStatus, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict', 413: 'Payload Too Large',
  415: 'Unsupported Media Type', 422: 'Unprocessable Entity', 429: 'Too Many Requests', 503: 'Service Unavailable',
};

/**
 * Marks an operation anyone may call (it is @Public for the auth guard, e.g. a signed carrier callback):
 * its security requirement is the empty one, so the document does not claim a token is needed.
 */
export function ApiPublic(): MethodDecorator & ClassDecorator {
  return ApiSecurity({});
}
