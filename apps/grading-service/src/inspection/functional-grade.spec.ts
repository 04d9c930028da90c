import { CHECKLISTS } from './checklists/checklists';
import { type Checklist, type CheckResult } from './checklists/checklist.types';
import { assessFunctional } from './functional-grade';

function allPass(checklist: Checklist, overrides: Record<string, CheckResult> = {}): Record<string, CheckResult> {
  return { ...Object.fromEntries(checklist.checks.map((c) => [c.code, c.kind === 'PERCENT' ? 92 : 'PASS'])), ...overrides };
}
const phone = CHECKLISTS.smartphone;

describe('CTIA functional grade from the checklist', () => {
  it('is 0 when every check passes and the battery is adequate', () => {
    const a = assessFunctional(phone, allPass(phone), 80);
    expect(a).toMatchObject({ functionalGrade: 0, failedChecks: [], batteryHealthPercent: 92, batteryBelowThreshold: false });
  });

  it('is 1 for one minor failure and 2 for two or more', () => {
    expect(assessFunctional(phone, allPass(phone, { FRONT_CAMERA: 'FAIL' }), 80).functionalGrade).toBe(1);
    expect(assessFunctional(phone, allPass(phone, { FRONT_CAMERA: 'FAIL', BUTTONS: 'FAIL' }), 80).functionalGrade).toBe(2);
    expect(
      assessFunctional(phone, allPass(phone, { FRONT_CAMERA: 'FAIL', BUTTONS: 'FAIL', REAR_CAMERA: 'FAIL' }), 80).functionalGrade,
    ).toBe(2);
  });

  it('puts a key function failure outside reuse, one step worse per further key failure', () => {
    expect(assessFunctional(phone, allPass(phone, { CELLULAR: 'FAIL' }), 80).functionalGrade).toBe(3);
    expect(assessFunctional(phone, allPass(phone, { CELLULAR: 'FAIL', DISPLAY_TOUCH: 'FAIL' }), 80).functionalGrade).toBe(4);
    expect(assessFunctional(phone, allPass(phone, { CELLULAR: 'FAIL', BUTTONS: 'FAIL' }), 80).functionalGrade).toBe(3);
  });

  it('never reaches 9 through key failures alone; 9 means it does not power on', () => {
    const manyKey = CHECKLISTS.laptop;
    const failures = { DISPLAY: 'FAIL', WIFI: 'FAIL', STORAGE_HEALTH: 'FAIL' } as const;
    expect(assessFunctional(manyKey, allPass(manyKey, failures), 80).functionalGrade).toBe(5);
    expect(assessFunctional(phone, allPass(phone, { POWER: 'FAIL' }), 80).functionalGrade).toBe(9);
  });

  it('makes a fully working device with a weak battery partly functional', () => {
    const a = assessFunctional(phone, allPass(phone, { BATTERY_HEALTH: 79 }), 80);
    expect(a).toMatchObject({ functionalGrade: 1, batteryBelowThreshold: true, batteryHealthPercent: 79 });
    expect(assessFunctional(phone, allPass(phone, { BATTERY_HEALTH: 80 }), 80).functionalGrade).toBe(0);
  });

  it('lists failed checks with the part that fixes them', () => {
    const a = assessFunctional(phone, allPass(phone, { CHARGING_PORT: 'FAIL', CELLULAR: 'FAIL' }), 80);
    expect(a.failedChecks).toEqual([
      { code: 'CHARGING_PORT', severity: 'KEY', part: 'charging-port' },
      { code: 'CELLULAR', severity: 'KEY' },
    ]);
  });

  it('ignores hardware that is not present', () => {
    const console = CHECKLISTS.console;
    expect(assessFunctional(console, allPass(console, { DISC_DRIVE: 'NOT_PRESENT' }), 80).functionalGrade).toBe(0);
  });
});
