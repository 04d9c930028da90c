import {
  DEFAULT_MARKETPLACE_GRADE_MAPPING,
  gradingStandardVersion,
  mappingProblems,
  marketplaceGradeFor,
} from './marketplace-grade-mapping';

describe('marketplace grade mapping', () => {
  it('derives the buyer-facing grade from the cosmetic grade only', () => {
    expect(marketplaceGradeFor(DEFAULT_MARKETPLACE_GRADE_MAPPING, 'A')).toBe('Premium');
    expect(marketplaceGradeFor(DEFAULT_MARKETPLACE_GRADE_MAPPING, 'C')).toBe('Good');
  });

  it('uses whichever version ops published', () => {
    const v2 = { version: 2, grades: { A: 'Excellent', B: 'Very good', C: 'Good', D: 'Fair', E: 'For parts' } };
    expect(marketplaceGradeFor(v2, 'A')).toBe('Excellent');
    expect(gradingStandardVersion('CTIA-X', 'R2v3', 2)).toBe('CTIA-X+R2v3+MKT-2');
  });

  it('accepts a complete mapping', () => {
    expect(mappingProblems({ A: 'a', B: 'b', C: 'c', D: 'd', E: 'e' })).toEqual([]);
  });

  it('names each missing, empty, too long or unknown entry', () => {
    const problems = mappingProblems({ A: 'ok', B: '', C: 'x'.repeat(41), D: 3, F: 'nope' });
    expect(problems).toEqual(
      expect.arrayContaining([
        'grades.F: is not a CTIA cosmetic grade (A-E)',
        'grades.B: must be a marketplace grade name of 1-40 characters',
        'grades.C: must be a marketplace grade name of 1-40 characters',
        'grades.D: must be a marketplace grade name of 1-40 characters',
        'grades.E: must be a marketplace grade name of 1-40 characters',
      ]),
    );
    expect(problems).toHaveLength(5);
  });
});
