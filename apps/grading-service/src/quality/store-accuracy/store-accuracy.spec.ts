import { type GradedCondition } from './declared-condition-discrepancy';
import { storeAccuracy } from './store-accuracy';

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

describe('store accuracy', () => {
  it('rates each store by how often its declaration differed, and how often it was better than graded', () => {
    const result = storeAccuracy([
      { storeId: 'S2', declared: { storeChecks: { SCREEN: 'INTACT' } }, graded: graded({ cosmeticGrade: 'D' }) },
      { storeId: 'S2', declared: { storeChecks: { SCREEN: 'CRACKED' } }, graded: graded({ cosmeticGrade: 'D' }) },
      {
        storeId: 'S2',
        declared: { questionnaire: { screen: 'flawless' }, storeChecks: { SCREEN: 'INTACT' } },
        graded: graded({ cosmeticGrade: 'E' }),
      },
      { storeId: 'S2', declared: { storeChecks: { SCREEN: 'CRACKED' } }, graded: graded({ cosmeticGrade: 'A' }) },
      { storeId: 'S2', declared: {}, graded: graded() },
      { storeId: 'S1', declared: { questionnaire: { functional: 'works' } }, graded: graded() },
    ]);
    expect(result).toEqual([
      {
        storeId: 'S1',
        graded: 1,
        compared: 1,
        differed: 0,
        declaredBetter: 0,
        declaredWorse: 0,
        differenceRate: 0,
        discrepancyRate: 0,
        byAspect: {},
      },
      {
        storeId: 'S2',
        graded: 5,
        compared: 4,
        differed: 3,
        declaredBetter: 2,
        declaredWorse: 1,
        differenceRate: 0.75,
        discrepancyRate: 0.5,
        byAspect: { 'storeChecks.SCREEN': 2, 'declared.screen': 1 },
      },
    ]);
  });

  it('has no rates for a store with nothing to compare', () => {
    expect(storeAccuracy([{ storeId: 'S9', declared: {}, graded: graded() }])[0]).toMatchObject({
      differenceRate: null,
      discrepancyRate: null,
    });
  });
});
