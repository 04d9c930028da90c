export interface FieldProblem {
  field: string;
  reason: string;
}

/**
 * What kind of refusal a domain error is, in the domain's words. It says nothing about HTTP: one mapping
 * (errors/http-status.ts, used by ProblemDetailsFilter) turns a kind into a problem+json status, another
 * (errors/consumer-failure.ts) decides whether an event consumer retries it or dead-letters it at once.
 */
export type ErrorKind =
  /** The input is malformed or breaks a field's rule. */
  | 'invalid'
  /** The caller's credentials or signature were not accepted. */
  | 'unauthenticated'
  /** The caller may not do this. */
  | 'forbidden'
  /** The thing does not exist (or belongs to someone else: existence cannot be probed). */
  | 'not-found'
  /** The thing's current state refuses it; it may succeed later or after another step. */
  | 'conflict'
  /** Well-formed but the rules refuse it for good. */
  | 'unprocessable'
  /** The content is larger than allowed. */
  | 'too-large'
  /** The content is of a type not accepted. */
  | 'unsupported-media-type'
  /** Something the request needs (e.g. the object store) is not answering: nothing was written, retry later. */
  | 'unavailable';

/**
 * A refusal with a stable code (listed with its meaning in each service's `<svc>.error-codes.ts` or the
 * runtime's errors/runtime-error-codes.ts, and in docs/error-codes.md) and a kind; no HTTP status.
 */
export class DomainError extends Error {
  constructor(
    public readonly code: string,
    detail: string,
    public readonly kind: ErrorKind,
    public readonly errors?: FieldProblem[],
  ) {
    super(detail);
    this.name = new.target.name;
  }
}

export class ValidationFailedError extends DomainError {
  constructor(errors: FieldProblem[], detail = errors.map((e) => `${e.field}: ${e.reason}`).join('; ')) {
    super('VALIDATION_FAILED', detail, 'invalid', errors);
  }
}

/** A single bad field, e.g. `new InvalidFieldError('imei', 'check digit does not match')`. */
export class InvalidFieldError extends DomainError {
  constructor(field: string, reason: string, code = 'INVALID_FIELD') {
    super(code, `${field}: ${reason}`, 'invalid', [{ field, reason }]);
  }
}

/** Also used for other partners' ids, so existence cannot be probed. */
export class NotFoundError extends DomainError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `${what} ${id} not found`, 'not-found');
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, detail: string) {
    super(code, detail, 'conflict');
  }
}

export class UnprocessableError extends DomainError {
  constructor(code: string, detail: string, errors?: FieldProblem[]) {
    super(code, detail, 'unprocessable', errors);
  }
}
