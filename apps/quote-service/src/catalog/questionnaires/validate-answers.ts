import { type Answers, type Questionnaire } from './questionnaire.model';

export interface AnswerProblem {
  readonly field: string;
  readonly reason: string;
}

/** Every question answered with one of its options, nothing else: a partial questionnaire cannot be priced. */
export function validateAnswers(questionnaire: Questionnaire, answers: unknown): AnswerProblem[] {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    return [{ field: 'answers', reason: 'must be an object of question code to option code' }];
  }
  const given = answers as Record<string, unknown>;
  const problems: AnswerProblem[] = [];
  const known = new Set(questionnaire.questions.map((q) => q.code));
  for (const key of Object.keys(given)) {
    if (!known.has(key))
      problems.push({
        field: `answers.${key}`,
        reason: `is not a question of the ${questionnaire.category} questionnaire v${questionnaire.version}`,
      });
  }
  for (const question of questionnaire.questions) {
    const value = given[question.code];
    if (value === undefined) {
      problems.push({ field: `answers.${question.code}`, reason: 'is required' });
    } else if (typeof value !== 'string' || !question.options.some((o) => o.code === value)) {
      problems.push({
        field: `answers.${question.code}`,
        reason: `must be one of ${question.options.map((o) => o.code).join(', ')}`,
      });
    }
  }
  return problems;
}

export function isAnswers(questionnaire: Questionnaire, answers: unknown): answers is Answers {
  return validateAnswers(questionnaire, answers).length === 0;
}
