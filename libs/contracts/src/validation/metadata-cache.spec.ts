import { IsInt, IsString, Min, validateSync } from 'class-validator';
import { cacheValidationMetadata } from './metadata-cache';

describe('cacheValidationMetadata', () => {
  beforeAll(() => cacheValidationMetadata());

  it('validates with the same rules on every call, inherited ones included', () => {
    class Base {
      @IsString() name!: unknown;
    }
    class Child extends Base {
      @IsInt() @Min(1) count!: unknown;
    }
    const bad = Object.assign(new Child(), { name: 3, count: 0 });
    const good = Object.assign(new Child(), { name: 'a', count: 2 });
    for (let i = 0; i < 3; i++) {
      expect(validateSync(bad).map((e) => e.property)).toEqual(['count', 'name']);
      expect(validateSync(good)).toEqual([]);
    }
  });

  it('sees rules registered after a class was first validated', () => {
    class Later {
      @IsString() a!: unknown;
    }
    expect(validateSync(Object.assign(new Later(), { a: 'x' }))).toEqual([]);
    // A decorator applied afterwards (as a lazily loaded module would) must not be hidden by the cache.
    IsInt()(Later.prototype, 'b');
    expect(validateSync(Object.assign(new Later(), { a: 'x', b: 'not a number' })).map((e) => e.property)).toEqual(['b']);
  });
});
