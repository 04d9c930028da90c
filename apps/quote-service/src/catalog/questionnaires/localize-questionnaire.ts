import { type QuestionnaireLanguage, TRANSLATIONS } from './labels/questionnaire-languages';
import { type Question, type Questionnaire } from './questionnaire.model';

export interface LocalizedQuestionnaire {
  readonly category: string;
  readonly version: number;
  readonly language: QuestionnaireLanguage;
  readonly questions: ReadonlyArray<{
    readonly code: string;
    readonly label: string;
    readonly options: ReadonlyArray<{ readonly code: string; readonly label: string }>;
  }>;
}

export function textKeyOf(question: Question): string {
  return question.textKey ?? question.code;
}

/**
 * The questionnaire as a shopper reads it: codes unchanged (quotes are answered with codes only), labels in
 * `language`. A missing translation falls back to the English label; the labels spec keeps that from shipping.
 */
export function localizeQuestionnaire(q: Questionnaire, language: QuestionnaireLanguage): LocalizedQuestionnaire {
  const texts = language === 'en' ? undefined : TRANSLATIONS[language];
  return {
    category: q.category,
    version: q.version,
    language,
    questions: q.questions.map((question) => {
      const words = texts?.[textKeyOf(question)];
      return {
        code: question.code,
        label: words?.label ?? question.label,
        options: question.options.map((o) => ({ code: o.code, label: words?.options[o.code] ?? o.label })),
      };
    }),
  };
}
