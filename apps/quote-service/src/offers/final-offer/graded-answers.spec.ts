import { QUESTIONNAIRES } from '../../catalog/questionnaires/questionnaires.seed';
import { declaredCosmeticGrade } from './cosmetic-grade';
import { gradedAnswers, worsenedReasonCodes } from './graded-answers';
import { type GradedCondition } from '../../trade-in-record/graded-condition';

const g = (patch: Partial<GradedCondition>): GradedCondition => ({
  gradeId: 'g',
  cosmeticGrade: 'A',
  functionalGrade: 0,
  missingAccessories: [],
  locked: false,
  defectCodes: [],
  evidenceRefs: [],
  ...patch,
});
const PHONE = QUESTIONNAIRES.smartphone;
const phoneDeclared = { functional: 'works', screen: 'flawless', body: 'flawless', battery: '80_or_more', locks: 'sim_locked' };

describe('gradedAnswers', () => {
  it('maps CTIA grades D and E onto the display', () => {
    expect(gradedAnswers(PHONE, phoneDeclared, g({ cosmeticGrade: 'D' }), [])).toMatchObject({ screen: 'cracked', body: 'flawless' });
    expect(gradedAnswers(PHONE, phoneDeclared, g({ cosmeticGrade: 'E' }), [])).toMatchObject({ screen: 'display_defect' });
  });
  it('puts A–C wear on the body unless a screen defect is recorded', () => {
    expect(gradedAnswers(PHONE, phoneDeclared, g({ cosmeticGrade: 'C' }), [])).toMatchObject({ screen: 'flawless', body: 'heavy_wear' });
    expect(gradedAnswers(PHONE, phoneDeclared, g({ cosmeticGrade: 'C', defectCodes: ['DISPLAY_SCRATCH'] }), [])).toMatchObject({
      screen: 'deep_scratches',
      body: 'flawless',
    });
  });
  it('caps a declared answer at what the grade allows', () => {
    const declared = { ...phoneDeclared, screen: 'cracked' };
    expect(gradedAnswers(PHONE, declared, g({ cosmeticGrade: 'B' }), [])).toMatchObject({ screen: 'light_scratches', body: 'light_wear' });
  });
  it('functional grade, battery and locks', () => {
    expect(gradedAnswers(PHONE, phoneDeclared, g({ functionalGrade: 1 }), []).functional).toBe('minor_issues');
    expect(gradedAnswers(PHONE, phoneDeclared, g({ functionalGrade: 5 }), []).functional).toBe('not_working');
    expect(gradedAnswers(PHONE, phoneDeclared, g({ batteryHealthPercent: 79 }), []).battery).toBe('below_80');
    expect(gradedAnswers(PHONE, { ...phoneDeclared, battery: 'below_80' }, g({}), []).battery).toBe('below_80');
    expect(gradedAnswers(PHONE, phoneDeclared, g({}), []).locks).toBe('sim_locked');
    expect(gradedAnswers(PHONE, phoneDeclared, g({ locked: true }), []).locks).toBe('activation_locked');
  });
  it('console controllers and accessories from what is missing', () => {
    const declared = { functional: 'works', body: 'flawless', controllers: 'all_included', accessories: 'complete', locks: 'none' };
    const box = ['controller', 'power-cable', 'hdmi-cable'];
    expect(gradedAnswers(QUESTIONNAIRES.console, declared, g({ missingAccessories: ['controller'] }), box)).toMatchObject({
      controllers: 'missing',
      accessories: 'complete',
    });
    expect(gradedAnswers(QUESTIONNAIRES.console, declared, g({ missingAccessories: ['hdmi-cable'] }), box)).toMatchObject({
      controllers: 'all_included',
      accessories: 'some_missing',
    });
    expect(
      gradedAnswers(
        QUESTIONNAIRES.console,
        declared,
        g({ missingAccessories: ['hdmi-cable', 'power-cable'], defectCodes: ['CONTROLLER_FAULTY'] }),
        box,
      ),
    ).toMatchObject({ controllers: 'some_faulty', accessories: 'none' });
    expect(gradedAnswers(QUESTIONNAIRES.console, declared, g({ cosmeticGrade: 'D' }), box).body).toBe('cracked_or_bent');
  });
  it('laptop keyboard', () => {
    const declared = {
      functional: 'works',
      screen: 'flawless',
      body: 'flawless',
      keyboard: 'works',
      battery: '80_or_more',
      locks: 'none',
      accessories: 'complete',
    };
    expect(gradedAnswers(QUESTIONNAIRES.laptop, declared, g({ defectCodes: ['KEYBOARD_FAULTY'] }), ['charger']).keyboard).toBe('faulty');
  });
  it('names the questions that got worse', () => {
    const graded = gradedAnswers(PHONE, phoneDeclared, g({ cosmeticGrade: 'D', batteryHealthPercent: 60 }), []);
    expect(worsenedReasonCodes(PHONE, phoneDeclared, graded)).toEqual(['SCREEN_CONDITION', 'BATTERY_BELOW_80']);
  });
});

describe('declaredCosmeticGrade', () => {
  it('is the worse of screen and body', () => {
    expect(declaredCosmeticGrade({ screen: 'flawless', body: 'flawless' })).toBe('A');
    expect(declaredCosmeticGrade({ screen: 'light_scratches', body: 'heavy_wear' })).toBe('C');
    expect(declaredCosmeticGrade({ screen: 'display_defect', body: 'flawless' })).toBe('E');
    expect(declaredCosmeticGrade({ body: 'cracked_or_bent' })).toBe('D');
  });
});
