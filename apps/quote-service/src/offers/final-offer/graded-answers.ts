import { type Answers, type Questionnaire } from '../../catalog/questionnaires/questionnaire.model';
import { cosmeticAnswers } from './cosmetic-grade';
import { type GradedCondition } from '../../trade-in-record/graded-condition';

const CONTROLLER_ITEMS = new Set(['controller', 'joy-con-pair']);

/**
 * Translates a grade into the questionnaire's answers, so the final offer is priced by the same engine and
 * the same price table as the quote. A question grading says nothing about (a carrier lock) keeps the
 * seller's answer.
 */
export function gradedAnswers(
  questionnaire: Questionnaire,
  declared: Answers,
  grade: GradedCondition,
  includedAccessories: readonly string[],
): Answers {
  const hasScreen = questionnaire.questions.some((q) => q.code === 'screen');
  const cosmetic = cosmeticAnswers(grade.cosmeticGrade, declared, grade.defectCodes, hasScreen);
  const defects = new Set(grade.defectCodes.map((c) => c.toUpperCase()));
  const answers: Record<string, string> = {};
  for (const question of questionnaire.questions) {
    const keep = declared[question.code];
    switch (question.code) {
      case 'functional':
        answers.functional = grade.functionalGrade === 0 ? 'works' : grade.functionalGrade <= 2 ? 'minor_issues' : 'not_working';
        break;
      case 'screen':
        answers.screen = cosmetic.screen ?? keep;
        break;
      case 'body':
        answers.body = cosmetic.body;
        break;
      case 'battery':
        answers.battery = grade.batteryHealthPercent === undefined ? keep : grade.batteryHealthPercent < 80 ? 'below_80' : '80_or_more';
        break;
      case 'locks':
        answers.locks = grade.locked ? 'activation_locked' : keep === 'sim_locked' ? 'sim_locked' : 'none';
        break;
      case 'controllers':
        answers.controllers = grade.missingAccessories.some((a) => CONTROLLER_ITEMS.has(a))
          ? 'missing'
          : defects.has('CONTROLLER_FAULTY')
            ? 'some_faulty'
            : 'all_included';
        break;
      case 'accessories': {
        const expected = includedAccessories.filter((a) => !CONTROLLER_ITEMS.has(a));
        const missing = expected.filter((a) => grade.missingAccessories.includes(a)).length;
        answers.accessories = missing === 0 ? 'complete' : missing >= expected.length ? 'none' : 'some_missing';
        break;
      }
      case 'keyboard':
        answers.keyboard = defects.has('KEYBOARD_FAULTY') || defects.has('TRACKPAD_FAULTY') ? 'faulty' : 'works';
        break;
      default:
        answers[question.code] = keep;
    }
  }
  return answers;
}

/** Reason codes of the questions whose graded answer is worse than the declared one (options run best → worst). */
export function worsenedReasonCodes(questionnaire: Questionnaire, declared: Answers, graded: Answers): string[] {
  const codes = questionnaire.questions
    .filter((q) => {
      const d = q.options.findIndex((o) => o.code === declared[q.code]);
      const g = q.options.findIndex((o) => o.code === graded[q.code]);
      return g > d;
    })
    .map((q) => q.reasonCode);
  return [...new Set(codes)];
}
