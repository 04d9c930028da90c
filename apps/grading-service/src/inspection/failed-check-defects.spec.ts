import { CHECKLISTS } from './checklists/checklists';
import { defectCodeForFailedCheck } from './failed-check-defects';

describe('failed checks as defect codes', () => {
  it('uses the codes quote-service reprices on', () => {
    expect(defectCodeForFailedCheck('CONTROLLER_PAIRING')).toBe('CONTROLLER_FAULTY');
    expect(defectCodeForFailedCheck('KEYBOARD')).toBe('KEYBOARD_FAULTY');
    expect(defectCodeForFailedCheck('TRACKPAD')).toBe('TRACKPAD_FAULTY');
    expect(defectCodeForFailedCheck('CHARGING_PORT')).toBe('CHARGING_PORT_FAULTY');
  });

  it('never gives a functional fault a SCREEN_ or DISPLAY_ prefix, which means a cosmetic screen finding', () => {
    const codes = Object.values(CHECKLISTS).flatMap((c) => c.checks.map((k) => defectCodeForFailedCheck(k.code)));
    expect(codes.filter((c) => /^(SCREEN|DISPLAY)_/.test(c))).toEqual([]);
    expect(codes.every((c) => c.length <= 64)).toBe(true);
  });
});
