import { Type } from 'class-transformer';
import { IsDate, IsIn, IsInt, IsOptional, IsString, Length } from 'class-validator';
import { type ArgumentMetadata, type ValidationPipe } from '@nestjs/common';
import { ValidationFailedError } from './domain-error';
import { createValidationPipe } from './validation.pipe';
import { MAX_KEY_LENGTH, MEMO_LIMIT, PureQueryValidation } from './validated-query-memo';

/** A fresh pair of classes per test (the memo lives on the class): the same rules, opted in and not. */
function queryClasses() {
  class PlainModelsQuery {
    @IsOptional() @IsIn(['console', 'smartphone']) category?: string;
    @IsOptional() @IsString() @Length(1, 40) q?: string;
    @IsOptional() @Type(() => Number) @IsInt() limit?: number;
  }
  @PureQueryValidation()
  class ModelsQuery extends PlainModelsQuery {}
  /** A subclass adds rules: it does not share (or inherit) its parent's kept queries. */
  class StricterQuery extends ModelsQuery {
    @IsOptional() @IsString() @Length(1, 3) declare q?: string;
  }
  return { PlainModelsQuery, ModelsQuery, StricterQuery };
}

/** The pipe as services use it, counting how many times class-validator actually ran. */
function pipeCountingValidations(): { pipe: ValidationPipe; validations: () => number } {
  const pipe = createValidationPipe();
  const spy = jest.spyOn(pipe as unknown as { validate: (...a: unknown[]) => unknown }, 'validate');
  return { pipe, validations: () => spy.mock.calls.length };
}

const asQuery = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 'query', metatype });
/** As fastify parses a query string: an object without a prototype, strings, arrays for repeated keys. */
const query = (o: Record<string, string | string[]>) => Object.assign(Object.create(null) as object, o);
const outcome = (p: Promise<unknown>) =>
  p.then(
    (dto) => ({ dto: { ...(dto as object) } }),
    (err: ValidationFailedError) => ({ problems: err.errors }),
  );

describe('validated queries kept per query string (@PureQueryValidation)', () => {
  it('validates a repeated valid query once and answers a new instance of the class each time', async () => {
    const { ModelsQuery } = queryClasses();
    const { pipe, validations } = pipeCountingValidations();
    const first = (await pipe.transform(query({ category: 'console', limit: '5' }), asQuery(ModelsQuery))) as InstanceType<
      typeof ModelsQuery
    >;
    first.category = 'smartphone'; // the handler of the first request changes its DTO
    const second = (await pipe.transform(query({ category: 'console', limit: '5' }), asQuery(ModelsQuery))) as InstanceType<
      typeof ModelsQuery
    >;
    expect(validations()).toBe(1);
    expect(second).toBeInstanceOf(ModelsQuery);
    expect({ ...second }).toEqual({ category: 'console', limit: 5 });
    second.category = 'smartphone';
    const third = (await pipe.transform(query({ category: 'console', limit: '5' }), asQuery(ModelsQuery))) as InstanceType<
      typeof ModelsQuery
    >;
    expect(third.category).toBe('console');
    expect(validations()).toBe(1);
  });

  it('answers what the pipe answers without the memo, first time and again, for valid, invalid and odd queries', async () => {
    const { PlainModelsQuery, ModelsQuery } = queryClasses();
    const { pipe } = pipeCountingValidations();
    const queries: Array<Record<string, string | string[]>> = [
      { category: 'console' },
      { category: 'toaster' },
      { q: 'playstation 5', limit: '10' },
      { limit: 'ten' },
      { colour: 'red' },
      { category: ['console', 'smartphone'] },
      { ['__proto__']: 'x', category: 'console' },
      { constructor: 'x', category: 'console' },
      {},
    ];
    for (const q of queries)
      for (let i = 0; i < 2; i++)
        expect(await outcome(pipe.transform(query(q), asQuery(ModelsQuery)))).toEqual(
          await outcome(pipe.transform(query(q), asQuery(PlainModelsQuery))),
        );
  });

  it('checks an invalid query every time (a 400 naming the field), and never keeps it', async () => {
    const { ModelsQuery } = queryClasses();
    const { pipe, validations } = pipeCountingValidations();
    for (let i = 0; i < 2; i++) {
      const err = await pipe.transform(query({ category: 'toaster' }), asQuery(ModelsQuery)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ValidationFailedError);
      expect((err as ValidationFailedError).errors?.map((e) => e.field)).toEqual(['category']);
    }
    expect(validations()).toBe(2);
  });

  it('keeps nothing for a class without the marker, a subclass, a repeated key, a named parameter, a stripped key or a long query', async () => {
    const { PlainModelsQuery, ModelsQuery, StricterQuery } = queryClasses();
    const { pipe, validations } = pipeCountingValidations();
    // Made anew for each request: the pipe strips prototype keys from the value it is given.
    const asked: Array<() => [unknown, ArgumentMetadata]> = [
      () => [query({ q: 'x' }), asQuery(PlainModelsQuery)],
      () => [query({ q: 'abc' }), asQuery(StricterQuery)],
      () => [query({ q: ['a', 'b'] }), asQuery(ModelsQuery)],
      () => [query({ q: 'abc' }), { type: 'query', metatype: ModelsQuery, data: 'q' }],
      // Nest strips these keys before the whitelist sees them: valid, but never a key of the memo.
      () => [query({ constructor: 'x'.repeat(500), q: 'abc' }), asQuery(ModelsQuery)],
      () => [query({ q: 'abc', category: 'console', limit: '1'.padStart(MAX_KEY_LENGTH, '0') }), asQuery(ModelsQuery)],
    ];
    for (let i = 0; i < 2; i++)
      for (const request of asked) {
        const [value, metadata] = request();
        await pipe.transform(value, metadata).catch(() => undefined);
      }
    expect(validations()).toBe(asked.length * 2);
    // The subclass's own rule applies, whatever its parent kept.
    await pipe.transform(query({ q: 'abcdef' }), asQuery(ModelsQuery));
    await expect(pipe.transform(query({ q: 'abcdef' }), asQuery(StricterQuery))).rejects.toBeInstanceOf(ValidationFailedError);
  });

  it('keeps nothing when the DTO holds an object, such as a Date (a copy would share it)', async () => {
    @PureQueryValidation()
    class SinceQuery {
      @IsOptional() @Type(() => Date) @IsDate() since?: Date;
      @IsOptional() @IsString() q?: string;
    }
    const { pipe, validations } = pipeCountingValidations();
    for (let i = 0; i < 2; i++) await pipe.transform(query({ q: 'x' }), asQuery(SinceQuery));
    expect(validations()).toBe(1);
    for (let i = 0; i < 2; i++) {
      const dto = (await pipe.transform(query({ since: '2026-12-01T00:00:00Z' }), asQuery(SinceQuery))) as SinceQuery;
      expect(dto.since).toEqual(new Date('2026-12-01T00:00:00Z'));
    }
    expect(validations()).toBe(3);
  });

  it(`keeps at most ${MEMO_LIMIT} queries per class, forgetting the least recently used`, async () => {
    const { ModelsQuery } = queryClasses();
    const { pipe, validations } = pipeCountingValidations();
    const ask = (q: string) => pipe.transform(query({ q }), asQuery(ModelsQuery));
    await ask('kept');
    for (let i = 0; i < MEMO_LIMIT - 1; i++) await ask(`q${i}`);
    await ask('kept'); // used again: now the newest
    await ask('one more'); // over the limit: q0, the least recently used, is forgotten
    const before = validations();
    await ask('kept');
    await ask('q1');
    expect(validations()).toBe(before);
    await ask('q0');
    expect(validations()).toBe(before + 1);
  });

  it('forgets one entry, not two, when two requests miss the same new query at once', async () => {
    const { ModelsQuery } = queryClasses();
    const { pipe, validations } = pipeCountingValidations();
    const ask = (q: string) => pipe.transform(query({ q }), asQuery(ModelsQuery));
    for (let i = 0; i < MEMO_LIMIT; i++) await ask(`q${i}`);
    await Promise.all([ask('new'), ask('new')]); // both validated, both kept under one key: q0 forgotten, q1 kept
    const before = validations();
    await ask('q1');
    await ask('new');
    expect(validations()).toBe(before);
  });
});
