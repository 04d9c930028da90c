import { disagreementRate, disagrees } from './regrade-disagreement';

describe('regrade disagreement', () => {
  const same = {
    original: { cosmeticGrade: 'B' as const, functionalGrade: 0 },
    regrade: { cosmeticGrade: 'B' as const, functionalGrade: 0 },
  };
  const cosmetic = {
    original: { cosmeticGrade: 'B' as const, functionalGrade: 0 },
    regrade: { cosmeticGrade: 'C' as const, functionalGrade: 0 },
  };
  const functional = {
    original: { cosmeticGrade: 'B' as const, functionalGrade: 0 },
    regrade: { cosmeticGrade: 'B' as const, functionalGrade: 1 },
  };

  it('counts a different cosmetic or functional grade as disagreement', () => {
    expect(disagrees(same)).toBe(false);
    expect(disagrees(cosmetic)).toBe(true);
    expect(disagrees(functional)).toBe(true);
  });

  it('computes the rate over regrades, null without any', () => {
    expect(disagreementRate([])).toEqual({ regrades: 0, disagreements: 0, rate: null });
    expect(disagreementRate([same, cosmetic, functional])).toEqual({ regrades: 3, disagreements: 2, rate: 0.6667 });
  });
});
