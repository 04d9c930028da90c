import { DEVICE_CATEGORIES } from '@tradein/contracts';
import { chooseLanguage } from './choose-language';
import { TRANSLATIONS } from './labels/questionnaire-languages';
import { localizeQuestionnaire, textKeyOf } from './localize-questionnaire';
import { QUESTIONNAIRES } from './questionnaires.seed';

const questions = DEVICE_CATEGORIES.flatMap((category) => QUESTIONNAIRES[category].questions.map((q) => ({ category, q })));

describe('questionnaire labels', () => {
  // A new question or option cannot ship untranslated: this lists every missing word by language and place.
  it.each(Object.entries(TRANSLATIONS))('every question and option of every category has a %s label', (_lang, texts) => {
    const missing: string[] = [];
    for (const { category, q } of questions) {
      const words = texts[textKeyOf(q)];
      if (!words?.label.trim()) missing.push(`${category}.${q.code} (${textKeyOf(q)})`);
      for (const o of q.options) if (!words?.options[o.code]?.trim()) missing.push(`${category}.${q.code}.${o.code}`);
    }
    expect(missing).toEqual([]);
  });

  it.each(Object.entries(TRANSLATIONS))('%s has no words for questions or options that do not exist', (_lang, texts) => {
    const known = new Map(questions.map(({ q }) => [textKeyOf(q), new Set(q.options.map((o) => o.code))]));
    const stray = Object.entries(texts).flatMap(([key, words]) =>
      known.has(key)
        ? Object.keys(words.options)
            .filter((o) => !known.get(key)?.has(o))
            .map((o) => `${key}.${o}`)
        : [key],
    );
    expect(stray).toEqual([]);
  });

  it('questions sharing a code have their own text keys when their options differ', () => {
    const byKey = new Map<string, string>();
    for (const { q } of questions) {
      const options = q.options.map((o) => `${o.code}=${o.label}`).join('|');
      expect(byKey.get(textKeyOf(q)) ?? options).toBe(options);
      byKey.set(textKeyOf(q), options);
    }
  });

  it('localizes labels and keeps the codes and their order', () => {
    const phone = QUESTIONNAIRES.smartphone;
    const fr = localizeQuestionnaire(phone, 'fr');
    expect(fr.language).toBe('fr');
    expect(fr.questions.map((q) => [q.code, q.options.map((o) => o.code)])).toEqual(
      phone.questions.map((q) => [q.code, q.options.map((o) => o.code)]),
    );
    expect(fr.questions.find((q) => q.code === 'screen')?.label).toBe('État de l’écran');
    expect(fr.questions.find((q) => q.code === 'locks')?.options[1]?.label).toBe('Bloqué sur un opérateur (verrouillage SIM)');
    expect(localizeQuestionnaire(QUESTIONNAIRES.laptop, 'en').questions.find((q) => q.code === 'locks')?.options[0]?.label).toBe(
      'Signed out, no activation or firmware lock',
    );
  });
});

describe('chooseLanguage', () => {
  it.each([
    ['fr', undefined, 'fr'],
    ['fr-CA', undefined, 'fr'],
    ['JA', undefined, 'ja'],
    ['pt-BR', 'fr', 'en'], // an explicit language we do not publish is not second-guessed by the header
    [undefined, 'de-CH, de;q=0.9, en;q=0.8', 'de'],
    [undefined, 'pt-BR, es;q=0.7, en;q=0.5', 'es'],
    [undefined, 'en;q=0.2, it;q=0.8', 'it'],
    [undefined, 'fr;q=0, ja', 'ja'],
    [undefined, '*', 'en'],
    [undefined, 'zz, ;;;, fr;q=abc', 'en'],
    [undefined, undefined, 'en'],
    [undefined, '', 'en'],
  ])('lang %s, Accept-Language %s → %s', (lang, header, expected) => {
    expect(chooseLanguage(lang, header)).toBe(expected);
  });
});
