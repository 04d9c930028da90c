import { CHECKLISTS } from './checklists/checklists';
import { checkResultProblems } from './validate-check-results';
import { type Checklist } from './checklists/checklist.types';

function allPass(checklist: Checklist): Record<string, unknown> {
  return Object.fromEntries(checklist.checks.map((c) => [c.code, c.kind === 'PERCENT' ? 90 : 'PASS']));
}

describe('checklist results', () => {
  it.each(Object.values(CHECKLISTS).map((c) => [c.category, c] as const))('accepts a complete %s checklist', (_name, checklist) => {
    expect(checkResultProblems(checklist, allPass(checklist))).toEqual([]);
  });

  it('covers what the issue asks per category', () => {
    const codes = (c: Checklist): string[] => c.checks.map((k) => k.code);
    expect(codes(CHECKLISTS.smartphone)).toEqual(
      expect.arrayContaining([
        'DISPLAY_TOUCH',
        'FRONT_CAMERA',
        'REAR_CAMERA',
        'SPEAKERS_MICROPHONE',
        'BUTTONS',
        'CHARGING_PORT',
        'BIOMETRICS',
        'CELLULAR',
        'BATTERY_HEALTH',
      ]),
    );
    expect(codes(CHECKLISTS.console)).toEqual(
      expect.arrayContaining(['POWER', 'VIDEO_OUTPUT', 'DISC_DRIVE', 'CONTROLLER_PAIRING', 'STORAGE_HEALTH', 'FANS_NOISE']),
    );
    expect(codes(CHECKLISTS.smartwatch)).toEqual(expect.arrayContaining(['DISPLAY', 'SENSORS', 'CROWN_BUTTONS', 'BAND']));
  });

  it('requires every check: a skipped screen check is named', () => {
    const results = allPass(CHECKLISTS.smartphone);
    delete results['DISPLAY_TOUCH'];
    expect(checkResultProblems(CHECKLISTS.smartphone, results)).toEqual(['checks.DISPLAY_TOUCH: is required']);
  });

  it('rejects checks that are not on the category checklist', () => {
    const results = { ...allPass(CHECKLISTS.console), DISPLAY_TOUCH: 'PASS' };
    expect(checkResultProblems(CHECKLISTS.console, results)).toEqual(['checks.DISPLAY_TOUCH: is not a check of the console checklist']);
  });

  it('allows NOT_PRESENT only for hardware some models lack', () => {
    const withoutDrive = { ...allPass(CHECKLISTS.console), DISC_DRIVE: 'NOT_PRESENT' };
    expect(checkResultProblems(CHECKLISTS.console, withoutDrive)).toEqual([]);
    const withoutVideo = { ...allPass(CHECKLISTS.console), VIDEO_OUTPUT: 'NOT_PRESENT' };
    expect(checkResultProblems(CHECKLISTS.console, withoutVideo)).toEqual([
      'checks.VIDEO_OUTPUT: NOT_PRESENT is only allowed for hardware some models lack',
    ]);
  });

  it.each([[101], [-1], [79.5], ['80']])('rejects battery health %p', (value) => {
    const results = { ...allPass(CHECKLISTS.smartphone), BATTERY_HEALTH: value };
    expect(checkResultProblems(CHECKLISTS.smartphone, results)).toEqual(['checks.BATTERY_HEALTH: must be an integer percentage 0-100']);
  });

  it('rejects answers outside PASS, FAIL, NOT_PRESENT', () => {
    const results = { ...allPass(CHECKLISTS.laptop), KEYBOARD: 'OK' };
    expect(checkResultProblems(CHECKLISTS.laptop, results)).toEqual(['checks.KEYBOARD: must be one of PASS, FAIL, NOT_PRESENT']);
  });
});
