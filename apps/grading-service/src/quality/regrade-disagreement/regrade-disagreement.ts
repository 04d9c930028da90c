import { type CtiaCosmeticGrade } from '@tradein/contracts';

export interface GradePair {
  original: { cosmeticGrade: CtiaCosmeticGrade; functionalGrade: number };
  regrade: { cosmeticGrade: CtiaCosmeticGrade; functionalGrade: number };
}

/** Two technicians disagree when either CTIA grade differs (graders agree only about half the time, docs/design/DOMAIN.md). */
export function disagrees(pair: GradePair): boolean {
  return pair.original.cosmeticGrade !== pair.regrade.cosmeticGrade || pair.original.functionalGrade !== pair.regrade.functionalGrade;
}

export interface DisagreementFigure {
  regrades: number;
  disagreements: number;
  /** Share of regrades that changed a grade, 0-1, rounded to 4 decimals; null with no regrade yet. */
  rate: number | null;
}

export function disagreementRate(pairs: readonly GradePair[]): DisagreementFigure {
  const disagreements = pairs.filter(disagrees).length;
  return {
    regrades: pairs.length,
    disagreements,
    rate: pairs.length ? Math.round((disagreements / pairs.length) * 10_000) / 10_000 : null,
  };
}
