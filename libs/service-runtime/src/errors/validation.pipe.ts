import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { type ValidationError, type ValidatorOptions } from 'class-validator';
import { describeValidationErrors } from '@tradein/contracts';
import { ValidationFailedError } from './domain-error';
import { missingNestedObjects } from './required-nested';
import { queryMemoKey, recallValidatedQuery, rememberValidatedQuery } from './validated-query-memo';

/** Whitelisted DTOs: unknown fields are rejected, every problem names its field and reason. */
/**
 * Nest's pipe, plus: a nested object without @IsOptional() is required (see required-nested.ts); the valid queries
 * of a @PureQueryValidation() class are kept per query string (validated-query-memo.ts).
 */
class RuntimeValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const key = metadata.type === 'query' && !metadata.data ? queryMemoKey(metadata.metatype, value) : undefined;
    if (key === undefined) return super.transform(value, metadata);
    const kept = recallValidatedQuery(metadata.metatype, key);
    if (kept) return kept;
    const query = { ...(value as Record<string, unknown>) };
    const dto: unknown = await super.transform(value, metadata);
    rememberValidatedQuery(metadata.metatype, key, query, dto);
    return dto;
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
