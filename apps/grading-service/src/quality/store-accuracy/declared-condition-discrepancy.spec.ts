import { declaredConditionDifferences, declaredConditionDiscrepancies, type GradedCondition } from './declared-condition-discrepancy';

const graded = (o: Partial<GradedCondition> = {}): GradedCondition => ({
  cosmeticGrade: 'B',
  failedChecks: [],
  noPower: false,
  batteryHealthPercent: 90,
  locked: false,
  displayFailed: false,
  minBatteryPercent: 80,
  ...o,
});

describe('declared versus graded condition', () => {
  it('finds nothing when the declaration held or graded better', () => {
    expect(
      declaredConditionDiscrepancies(
        { questionnaire: { functional: 'works', screen: 'light_scratches', battery: '80_or_more', locks: 'none' } },
        graded(),
      ),
    ).toEqual([]);
    expect(declaredConditionDiscrepancies({ questionnaire: { screen: 'cracked' } }, graded({ cosmeticGrade: 'A' }))).toEqual([]);
  });

  it('flags a screen declared flawless that grading found cracked (CTIA D)', () => {
    expect(declaredConditionDiscrepancies({ questionnaire: { screen: 'flawless' } }, graded({ cosmeticGrade: 'D' }))).toEqual([
      'declared.screen',
    ]);
  });

  it('flags functional, battery and lock differences', () => {
    const found = declaredConditionDiscrepancies(
      { questionnaire: { functional: 'works', battery: '80_or_more', locks: 'none' } },
      graded({ failedChecks: [{ code: 'CELLULAR', severity: 'KEY' }], batteryHealthPercent: 70, locked: true }),
    );
    expect(found).toEqual(['declared.functional', 'declared.battery', 'declared.locks']);
  });

  it('flags the store guided checks: powers on and screen intact', () => {
    const found = declaredConditionDiscrepancies(
      { storeChecks: { POWERS_ON: 'YES', SCREEN: 'INTACT', LOCKS: 'NONE', ACCESSORIES: 'COMPLETE' } },
      graded({ noPower: true, cosmeticGrade: 'D' }),
    );
    expect(found).toEqual(['storeChecks.POWERS_ON', 'storeChecks.SCREEN']);
  });

  it('ignores answers it does not know rather than guessing', () => {
    expect(declaredConditionDiscrepancies({ questionnaire: { screen: 'sparkly', colour: 'red' } }, graded({ cosmeticGrade: 'E' }))).toEqual(
      [],
    );
  });
});

describe('declared versus graded condition, both directions', () => {
  it('reports aspects graded better than declared separately from worse ones', () => {
    expect(
      declaredConditionDifferences(
        { questionnaire: { screen: 'cracked', battery: '80_or_more' }, storeChecks: { SCREEN: 'CRACKED' } },
        graded({ cosmeticGrade: 'A', batteryHealthPercent: 70 }),
      ),
    ).toEqual({ worse: ['declared.battery'], better: ['declared.screen', 'storeChecks.SCREEN'] });
  });
});
