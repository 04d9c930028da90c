import { QUESTIONNAIRES } from './questionnaires.seed';
import { validateAnswers } from './validate-answers';

const phone = QUESTIONNAIRES.smartphone;
const good = { functional: 'works', screen: 'flawless', body: 'flawless', battery: '80_or_more', locks: 'none' };

describe('validateAnswers', () => {
  it('accepts a complete set of answers', () => {
    expect(validateAnswers(phone, good)).toEqual([]);
  });
  it('names each missing question', () => {
    const { battery: _b, locks: _l, ...partial } = good;
    expect(validateAnswers(phone, partial)).toEqual([
      { field: 'answers.battery', reason: 'is required' },
      { field: 'answers.locks', reason: 'is required' },
    ]);
  });
  it('rejects an unknown option with the allowed ones', () => {
    expect(validateAnswers(phone, { ...good, screen: 'shiny' })).toEqual([
      { field: 'answers.screen', reason: 'must be one of flawless, light_scratches, deep_scratches, cracked, display_defect' },
    ]);
  });
  it('rejects questions of another questionnaire', () => {
    expect(validateAnswers(phone, { ...good, controllers: 'missing' })).toEqual([
      { field: 'answers.controllers', reason: 'is not a question of the smartphone questionnaire v1' },
    ]);
  });
  it('rejects non-string answers and non-objects', () => {
    expect(validateAnswers(phone, { ...good, screen: 3 })[0].field).toBe('answers.screen');
    expect(validateAnswers(phone, ['works'])).toEqual([{ field: 'answers', reason: 'must be an object of question code to option code' }]);
    expect(validateAnswers(phone, null)).toHaveLength(1);
  });
});
