import { DE } from './de';
import { ES } from './es';
import { FR } from './fr';
import { IT } from './it';
import { JA } from './ja';
import { type QuestionnaireTexts } from './question-texts';

/** The languages a questionnaire is published in, English first: it is the fallback and the seed's own language. */
export const QUESTIONNAIRE_LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'ja'] as const;
export type QuestionnaireLanguage = (typeof QUESTIONNAIRE_LANGUAGES)[number];

/** The translations; English is the labels written in the seed itself. */
export const TRANSLATIONS: Readonly<Record<Exclude<QuestionnaireLanguage, 'en'>, QuestionnaireTexts>> = {
  fr: FR,
  de: DE,
  es: ES,
  it: IT,
  ja: JA,
};
