/** One question's words in one language: its label and its options' labels by option code. */
export interface QuestionTexts {
  readonly label: string;
  readonly options: Readonly<Record<string, string>>;
}

/**
 * One language's words for every question, keyed by the question's text key (its code, unless two questions share a
 * code with different options, as the phone and account `locks` do).
 */
export type QuestionnaireTexts = Readonly<Record<string, QuestionTexts>>;
