import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { type ValidationError, type ValidatorOptions } from 'class-validator';
import { describeValidationErrors } from '@tradein/contracts';
import { ValidationFailedError } from './domain-error';
import { missingNestedObjects } from './required-nested';
import { validatedQuery } from './validated-query-memo';

/** Whitelisted DTOs: unknown fields are rejected, every problem names its field and reason. */
/**
 * Nest's pipe, plus: a nested object without @IsOptional() is required (see required-nested.ts); the valid queries
 * of a @PureQueryValidation() class are kept per query string (validated-query-memo.ts).
 */
class RuntimeValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'query' || metadata.data) return super.transform(value, metadata);
    return validatedQuery(metadata.metatype, value, () => super.transform(value, metadata));
  }

  protected override async validate(object: object, options?: ValidatorOptions): Promise<ValidationError[]> {
    const errors = await super.validate(object, options);
    const seen = new Set(errors.map((e) => e.property));
    return [...errors, ...missingNestedObjects(object).filter((e) => !seen.has(e.property))];
  }
}

export function createValidationPipe(): ValidationPipe {
  return new RuntimeValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors: ValidationError[]) =>
      new ValidationFailedError(
        describeValidationErrors(errors).map((line) => {
          const i = line.indexOf(': ');
          return { field: line.slice(0, i), reason: line.slice(i + 2) };
        }),
      ),
  });
}
