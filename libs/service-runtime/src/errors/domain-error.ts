import { HttpException, HttpStatus } from '@nestjs/common';

export interface FieldProblem {
  field: string;
  reason: string;
}

/**
 * A domain error with a stable code; one mapping (ProblemDetailsFilter) turns it into
 * application/problem+json. Subclasses fix the HTTP status.
 */
export class DomainError extends HttpException {
  constructor(
    public readonly code: string,
    detail: string,
    status: HttpStatus,
    public readonly errors?: FieldProblem[],
  ) {
    super({ code, detail, errors }, status);
    this.message = detail;
  }
}

export class ValidationFailedError extends DomainError {
  constructor(errors: FieldProblem[], detail = errors.map((e) => `${e.field}: ${e.reason}`).join('; ')) {
    super('VALIDATION_FAILED', detail, HttpStatus.BAD_REQUEST, errors);
  }
}

/** A single bad field, e.g. `new InvalidFieldError('imei', 'check digit does not match')`. */
export class InvalidFieldError extends DomainError {
  constructor(field: string, reason: string, code = 'INVALID_FIELD') {
    super(code, `${field}: ${reason}`, HttpStatus.BAD_REQUEST, [{ field, reason }]);
  }
}

/** Also used for other partners' ids, so existence cannot be probed. */
export class NotFoundError extends DomainError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `${what} ${id} not found`, HttpStatus.NOT_FOUND);
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, detail: string) {
    super(code, detail, HttpStatus.CONFLICT);
  }
}

export class UnprocessableError extends DomainError {
  constructor(code: string, detail: string, errors?: FieldProblem[]) {
    super(code, detail, HttpStatus.UNPROCESSABLE_ENTITY, errors);
  }
}
