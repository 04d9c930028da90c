import { type DeviceCategory } from '@tradein/contracts';
import { ACCESSORIES, ACCOUNT_LOCKS, BATTERY, BODY, FUNCTIONAL, PHONE_LOCKS, SCREEN } from './common-questions';
import { type Question, type Questionnaire } from './questionnaire.model';

const CONTROLLERS: Question = {
  code: 'controllers',
  label: 'Controllers from the box',
  reasonCode: 'MISSING_CONTROLLER',
  options: [
    { code: 'all_included', label: 'All included and working', effect: { kind: 'NONE' } },
    { code: 'some_faulty', label: 'Included, one drifts or has a faulty button', effect: { kind: 'DEDUCTION', bpOfBase: 800 } },
    { code: 'missing', label: 'Missing', effect: { kind: 'DEDUCTION', bpOfBase: 1_500 } },
  ],
};

const KEYBOARD: Question = {
  code: 'keyboard',
  label: 'Keyboard and trackpad',
  reasonCode: 'KEYBOARD_FAULT',
  options: [
    { code: 'works', label: 'Every key and the trackpad work', effect: { kind: 'NONE' } },
    { code: 'faulty', label: 'Some keys or the trackpad fail', effect: { kind: 'DEDUCTION', bpOfBase: 1_000 } },
  ],
};

/**
 * The current questionnaire of every category. A change to questions or effects is a new version: quotes
 * keep the version they were answered with, so old answers are always read against their own questions.
 */
export const QUESTIONNAIRES: Readonly<Record<DeviceCategory, Questionnaire>> = {
  smartphone: { category: 'smartphone', version: 1, questions: [FUNCTIONAL, SCREEN, BODY, BATTERY, PHONE_LOCKS] },
  tablet: { category: 'tablet', version: 1, questions: [FUNCTIONAL, SCREEN, BODY, BATTERY, ACCOUNT_LOCKS, ACCESSORIES] },
  smartwatch: { category: 'smartwatch', version: 1, questions: [FUNCTIONAL, SCREEN, BODY, BATTERY, ACCOUNT_LOCKS, ACCESSORIES] },
  console: { category: 'console', version: 1, questions: [FUNCTIONAL, BODY, CONTROLLERS, ACCESSORIES, ACCOUNT_LOCKS] },
  laptop: { category: 'laptop', version: 1, questions: [FUNCTIONAL, SCREEN, BODY, KEYBOARD, BATTERY, ACCOUNT_LOCKS, ACCESSORIES] },
};

/** Every version ever published, so a quote's answers can be repriced with the questionnaire it used. */
const ALL_VERSIONS: readonly Questionnaire[] = Object.values(QUESTIONNAIRES);

export function questionnaireFor(category: DeviceCategory, version?: number): Questionnaire | undefined {
  if (version === undefined) return QUESTIONNAIRES[category];
  return ALL_VERSIONS.find((q) => q.category === category && q.version === version);
}
