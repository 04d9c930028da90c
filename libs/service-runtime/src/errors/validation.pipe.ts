import { ValidationPipe } from '@nestjs/common';
import { type ValidationError } from 'class-validator';
import { describeValidationErrors } from '@tradein/contracts';
import { ValidationFailedError } from './domain-error';

/** Whitelisted DTOs: unknown fields are rejected, every problem names its field and reason. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors: ValidationError[]) =>
      new ValidationFailedError(describeValidationErrors(errors).map((line) => {
        const i = line.indexOf(': ');
        return { field: line.slice(0, i), reason: line.slice(i + 2) };
      })),
  });
}
