import { QUESTIONNAIRE_LANGUAGES, type QuestionnaireLanguage } from './labels/questionnaire-languages';

/** `fr-CA` → `fr`: a regional tag is served in its language, since the questionnaire has no regional wording. */
function supported(tag: string): QuestionnaireLanguage | undefined {
  const primary = tag.trim().toLowerCase().split('-')[0];
  return QUESTIONNAIRE_LANGUAGES.find((l) => l === primary);
}

/** Accept-Language entries (`fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5`) by falling weight; malformed weights count as 0. */
function byPreference(header: string): string[] {
  return header
    .split(',')
    .map((entry, index) => {
      const [tag = '', ...params] = entry.split(';');
      const q = params.map((p) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/.exec(p)).find((m) => m !== null);
      return { tag: tag.trim(), weight: q ? Number(q[1]) : params.length === 0 ? 1 : 0, index };
    })
    .filter((e) => e.tag !== '' && e.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((e) => e.tag);
}

/**
 * The questionnaire's language: an explicit `lang` wins (the widget knows its shopper's language better than the
 * browser's settings), else the best Accept-Language entry we publish, else English. A language we do not publish is
 * answered in English, and the answer says so (the query DTO refuses only a `lang` that is not a language tag).
 */
export function chooseLanguage(lang: string | undefined, acceptLanguage: string | undefined): QuestionnaireLanguage {
  if (lang !== undefined) return supported(lang) ?? 'en';
  for (const tag of byPreference(acceptLanguage ?? '')) {
    if (tag === '*') return 'en';
    const found = supported(tag);
    if (found) return found;
  }
  return 'en';
}
