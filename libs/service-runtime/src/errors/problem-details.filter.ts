import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { childLogger } from '@tradein/observability';
import { dataExceptionReason, loggableError } from './database-errors';
import { DomainError, type FieldProblem } from './domain-error';
import { HTTP_STATUS_OF_KIND } from './http-status';

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  instance: string;
  errors?: FieldProblem[];
  requestId?: string;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const STATUS_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'RATE_LIMITED',
};

interface FastifyLikeError {
  statusCode?: number;
  code?: string;
  message?: string;
}

/**
 * Every error leaves as application/problem+json (RFC 9457) with a stable `code`; a DomainError's status is
 * its kind's (HTTP_STATUS_OF_KIND), framework and auth errors keep their own.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly log = childLogger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const req = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const problem = this.toProblem(exception, req);
    // The route template, not the URL: paths and query strings can carry personal data or credentials.
    if (problem.status >= 500)
      this.log.error({ error: loggableError(exception), requestId: req.id, route: req.routeOptions.url }, 'unhandled error');
    // The reason of each refusal (the request line says only its status): its code and the fields and reasons named,
    // never `detail`, which quotes what the caller sent (an id that is an e-mail, a tracking number, a key).
    else {
      const reasons = problem.errors?.map((e) => `${e.field}: ${e.reason}`).join('; ');
      this.log.info(
        { requestId: req.id, route: req.routeOptions.url, status: problem.status, code: problem.code },
        `${req.method} ${req.routeOptions.url ?? '(no route)'} ${problem.status} ${problem.code}${reasons ? `: ${reasons}` : ''}`,
      );
    }
    const retryAfter = (exception as { retryAfterSeconds?: unknown } | null)?.retryAfterSeconds;
    if (typeof retryAfter === 'number') void reply.header('retry-after', String(retryAfter));
    void reply.status(problem.status).header('content-type', 'application/problem+json').send(problem);
  }

  toProblem(exception: unknown, req: FastifyRequest): ProblemDocument {
    let status: number = HttpStatus.INTERNAL_SERVER_ERROR;
    let code = 'INTERNAL';
    let detail = 'unexpected error; quote the requestId when reporting it';
    let errors: FieldProblem[] | undefined;
    const dataException = dataExceptionReason(exception);
    if (dataException) {
      status = 400;
      code = 'UNSTORABLE_VALUE';
      detail = `the request carries a value that cannot be stored: ${dataException}`;
      errors = [{ field: 'body', reason: dataException }];
    } else if (exception instanceof DomainError) {
      status = HTTP_STATUS_OF_KIND[exception.kind];
      code = exception.code;
      detail = exception.message;
      errors = exception.errors;
    } else if (exception instanceof ThrottlerException) {
      status = 429;
      code = 'RATE_LIMITED';
      detail = 'rate limit exceeded; retry later';
    } else if (exception instanceof HttpException) {
      status = exception.getStatus();
      const body = exception.getResponse();
      if (typeof body === 'object' && body !== null && 'code' in body) {
        const b = body as { code: string; detail?: string; errors?: FieldProblem[] };
        code = b.code;
        detail = b.detail ?? exception.message;
        errors = b.errors;
      } else {
        code = STATUS_CODES[status] ?? `HTTP_${status}`;
        detail = typeof body === 'string' ? body : exception.message;
        // Fastify's body parser errors reach us already wrapped by Nest as a plain 400.
        if (status === 400 && /JSON|body/i.test(detail)) {
          code = 'MALFORMED_BODY';
          errors = [{ field: 'body', reason: detail }];
        }
      }
    } else if (isFastifyError(exception)) {
      // Fastify rejects malformed JSON, oversized bodies and wrong content types before Nest runs.
      status = exception.statusCode;
      code =
        exception.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
          ? 'PAYLOAD_TOO_LARGE'
          : exception.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
            ? 'UNSUPPORTED_MEDIA_TYPE'
            : status === 400
              ? 'MALFORMED_BODY'
              : (STATUS_CODES[status] ?? `HTTP_${status}`);
      detail = exception.message ?? code;
      if (status === 400) errors = [{ field: 'body', reason: detail }];
    }
    return {
      type: `https://tradein.example/problems/${code.toLowerCase().replace(/_/g, '-')}`,
      title: TITLES[status] ?? 'Error',
      status,
      code,
      detail,
      instance: req.url,
      requestId: String(req.id),
      ...(errors ? { errors } : {}),
    };
  }
}

function isFastifyError(e: unknown): e is FastifyLikeError & { statusCode: number } {
  if (typeof e !== 'object' || e === null) return false;
  const status = (e as FastifyLikeError).statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}
