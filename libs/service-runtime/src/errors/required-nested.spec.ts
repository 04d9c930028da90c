import { Type } from 'class-transformer';
import { IsOptional, IsString, ValidateNested } from 'class-validator';
import { cacheValidationMetadata } from '@tradein/contracts';
import { ValidationFailedError } from './domain-error';
import { createValidationPipe } from './validation.pipe';

class Grades {
  @IsString() A!: string;
}
class Inner {
  @ValidateNested() @Type(() => Grades) grades!: Grades;
}
class Publish {
  @ValidateNested() @Type(() => Grades) grades!: Grades;
  @IsOptional() @ValidateNested() @Type(() => Grades) previous?: Grades;
  @IsOptional() @ValidateNested() @Type(() => Inner) inner?: Inner;
}

const run = (value: unknown) => createValidationPipe().transform(value, { type: 'body', metatype: Publish });
const problems = async (value: unknown) => {
  try {
    await run(value);
    return [];
  } catch (err) {
    return (err as ValidationFailedError).errors;
  }
};

describe('a nested DTO property without @IsOptional()', () => {
  it('is required: a missing or empty body is a 400 naming it, not a handler dereferencing undefined', async () => {
    expect(await problems(undefined)).toEqual([{ field: 'grades', reason: 'grades is required' }]);
    expect(await problems({})).toEqual([{ field: 'grades', reason: 'grades is required' }]);
    expect(await problems({ grades: { A: 'Premium' }, inner: {} })).toEqual([{ field: 'inner.grades', reason: 'grades is required' }]);
  });

  it('stays optional with @IsOptional()', async () => {
    expect(await problems({ grades: { A: 'Premium' } })).toEqual([]);
    await expect(run({ grades: { A: 'Premium' } })).resolves.toBeInstanceOf(Publish);
  });
});

describe('the nested rules kept per class', () => {
  it('follow a rule registered after a first validation (the kept answer is forgotten with the lookup)', async () => {
    cacheValidationMetadata();
    class Late {
      @IsString() name!: string;
    }
    const late = (value: unknown) => createValidationPipe().transform(value, { type: 'body', metatype: Late });
    await expect(late({ name: 'x' })).resolves.toBeInstanceOf(Late);
    // A decorator applied later, as a class declared in a module loaded afterwards would register its rules.
    ValidateNested()(Late.prototype, 'grades');
    Type(() => Grades)(Late.prototype, 'grades');
    await expect(late({ name: 'x' })).rejects.toMatchObject({ errors: [{ field: 'grades', reason: 'grades is required' }] });
  });
});
