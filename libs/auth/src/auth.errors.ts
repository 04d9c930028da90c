import { HttpException, HttpStatus } from '@nestjs/common';

/** Same response shape as the services' DomainError, so the problem+json filter renders both alike. */
export class UnauthenticatedError extends HttpException {
  constructor(detail: string) {
    super({ code: 'UNAUTHENTICATED', detail }, HttpStatus.UNAUTHORIZED);
    this.message = detail;
  }
}

export class ForbiddenError extends HttpException {
  constructor(detail: string) {
    super({ code: 'FORBIDDEN', detail }, HttpStatus.FORBIDDEN);
    this.message = detail;
  }
}
