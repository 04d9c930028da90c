import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length } from 'class-validator';
import { type ArgumentMetadata, type ValidationPipe } from '@nestjs/common';
import { ValidationFailedError } from './domain-error';
import { createValidationPipe } from './validation.pipe';
import { MEMO_LIMIT, PureQueryValidation } from './validated-query-memo';

@PureQueryValidation()
class ModelsQuery {
  @IsOptional() @IsIn(['console', 'smartphone']) category?: string;
  @IsOptional() @IsString() @Length(1, 40) q?: string;
  @IsOptional() @Type(() => Number) @IsInt() limit?: number;
}

class PlainQuery {
  @IsOptional() @IsString() q?: string;
}

/** A subclass adds rules: it does not share (or inherit) its parent's kept queries. */
class StricterQuery extends ModelsQuery {
  @IsOptional() @IsString() @Length(1, 3) declare q?: string;
}

/** The pipe as services use it, counting how many times class-validator actually ran. */
function pipeCountingValidations(): { pipe: ValidationPipe; validations: () => number } {
  const pipe = createValidationPipe();
  const spy = jest.spyOn(pipe as unknown as { validate: (...a: unknown[]) => unknown }, 'validate');
  return { pipe, validations: () => spy.mock.calls.length };
}

const asQuery = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 'query', metatype });
const query = (o: Record<string, string | string[]>) => Object.assign(Object.create(null) as object, o);

describe('validated queries kept per query string (@PureQueryValidation)', () => {
  it('validates a repeated valid query once and answers a new instance of the class each time', async () => {
    const { pipe, validations } = pipeCountingValidations();
    const first = (await pipe.transform(query({ category: 'console', limit: '5' }), asQuery(ModelsQuery))) as ModelsQuery;
    const second = (await pipe.transform(query({ category: 'console', limit: '5' }), asQuery(ModelsQuery))) as ModelsQuery;
    expect(validations()).toBe(1);
    expect(second).toBeInstanceOf(ModelsQuery);
    expect(second).toEqual(first);
    expect(second.limit).toBe(5);
    expect(second).not.toBe(first);
    // A handler changing its copy changes nothing for the next request.
    second.category = 'smartphone';
    const third = (await pipe.transform(query({ category: 'console', limit: '5' }), asQuery(ModelsQuery))) as ModelsQuery;
    expect(third.category).toBe('console');
  });

  it('checks an invalid query every time (a 400 naming the field), and never keeps it', async () => {
    const { pipe, validations } = pipeCountingValidations();
    for (let i = 0; i < 2; i++) {
      const err = await pipe.transform(query({ category: 'toaster' }), asQuery(ModelsQuery)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ValidationFailedError);
      expect((err as ValidationFailedError).errors?.map((e) => e.field)).toEqual(['category']);
    }
    expect(validations()).toBe(2);
  });

  it('keeps nothing for a class without the marker, a subclass of one, a repeated key or a single named parameter', async () => {
    const { pipe, validations } = pipeCountingValidations();
    for (let i = 0; i < 2; i++) {
      await pipe.transform(query({ q: 'x' }), asQuery(PlainQuery));
      await pipe.transform(query({ q: 'abc' }), asQuery(StricterQuery));
      await pipe.transform(query({ q: ['a', 'b'] }), asQuery(PlainQuery)).catch(() => undefined);
      await pipe.transform('console', { type: 'query', metatype: String, data: 'category' });
    }
    expect(validations()).toBe(6);
    // The subclass's own rule applies, whatever its parent kept.
    await pipe.transform(query({ q: 'abcdef' }), asQuery(ModelsQuery));
    await expect(pipe.transform(query({ q: 'abcdef' }), asQuery(StricterQuery))).rejects.toBeInstanceOf(ValidationFailedError);
  });

  it(`keeps at most ${MEMO_LIMIT} queries per class, forgetting the least recently used`, async () => {
    const { pipe, validations } = pipeCountingValidations();
    const ask = (q: string) => pipe.transform(query({ q }), asQuery(ModelsQuery));
    await ask('kept');
    for (let i = 0; i < MEMO_LIMIT - 1; i++) await ask(`q${i}`);
    await ask('kept'); // used again: now the newest
    await ask('one more'); // over the limit: q0, the least recently used, is forgotten
    const before = validations();
    await ask('kept');
    expect(validations()).toBe(before);
    await ask('q0');
    expect(validations()).toBe(before + 1);
  });
});
