import { r2CosmeticFor, r2FunctionalFor } from './r2-categories';

describe('R2v3 categories beside CTIA grades', () => {
  it('maps CTIA functional 1 to F5 and 2 to F3 as R2v3 does, 0 to F6', () => {
    expect(r2FunctionalFor(0)).toBe('F6');
    expect(r2FunctionalFor(1)).toBe('F5');
    expect(r2FunctionalFor(2)).toBe('F3');
  });

  it.each([3, 4, 5, 6, 7, 8, 9])('records CTIA %i (outside reuse) as F2', (grade) => {
    expect(r2FunctionalFor(grade)).toBe('F2');
  });

  it.each([-1, 10, 1.5])('rejects %p, which is not on the CTIA scale', (grade) => {
    expect(() => r2FunctionalFor(grade)).toThrow(RangeError);
  });

  it('maps cosmetic grades so that a worse CTIA grade never gets a better R2 category', () => {
    const order = (['A', 'B', 'C', 'D', 'E'] as const).map((g) => Number(r2CosmeticFor(g).slice(1)));
    for (let i = 1; i < order.length; i++) expect(order[i]).toBeLessThan(order[i - 1]);
    expect(r2CosmeticFor('A')).toBe('C6');
    expect(r2CosmeticFor('E')).toBe('C1');
  });
});
