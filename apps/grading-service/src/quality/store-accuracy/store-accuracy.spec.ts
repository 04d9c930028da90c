import { type GradedCondition } from './declared-condition-discrepancy';
import { storeAccuracy } from './store-accuracy';

const graded = (o: Partial<GradedCondition> = {}): GradedCondition => ({
  cosmeticGrade: 'B', failedChecks: [], noPower: false, batteryHealthPercent: 90, locked: false, displayFailed: false, minBatteryPercent: 80, ...o,
});

describe('store accuracy', () => {
  it('rates each store by the share of compared devices declared better than graded', () => {
    const result = storeAccuracy([
      { storeId: 'S2', declared: { storeChecks: { SCREEN: 'INTACT' } }, graded: graded({ cosmeticGrade: 'D' }) },
      { storeId: 'S2', declared: { storeChecks: { SCREEN: 'CRACKED' } }, graded: graded({ cosmeticGrade: 'D' }) },
      { storeId: 'S2', declared: { questionnaire: { screen: 'flawless' }, storeChecks: { SCREEN: 'INTACT' } }, graded: graded({ cosmeticGrade: 'E' }) },
      { storeId: 'S2', declared: {}, graded: graded() },
      { storeId: 'S1', declared: { questionnaire: { functional: 'works' } }, graded: graded() },
    ]);
    expect(result).toEqual([
      { storeId: 'S1', graded: 1, compared: 1, discrepancies: 0, discrepancyRate: 0, byAspect: {} },
      { storeId: 'S2', graded: 4, compared: 3, discrepancies: 2, discrepancyRate: 0.6667, byAspect: { 'storeChecks.SCREEN': 2, 'declared.screen': 1 } },
    ]);
  });

  it('has no rate for a store with nothing to compare', () => {
    expect(storeAccuracy([{ storeId: 'S9', declared: {}, graded: graded() }])[0]!.discrepancyRate).toBeNull();
  });
});
