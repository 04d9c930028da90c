import { addBusinessDays } from './business-days';

describe('addBusinessDays', () => {
  it('counts plain weekdays', () => {
    expect(addBusinessDays(new Date('2026-11-24T09:00:00Z'), 2).toISOString()).toBe('2026-11-26T09:00:00.000Z');
  });

  it('skips the weekend, keeping the time of day', () => {
    expect(addBusinessDays(new Date('2026-11-27T15:00:00Z'), 2).toISOString()).toBe('2026-12-01T15:00:00.000Z');
  });

  it('a finalization on Saturday is due on Tuesday', () => {
    expect(addBusinessDays(new Date('2026-11-28T10:00:00Z'), 2).toISOString()).toBe('2026-12-01T10:00:00.000Z');
  });

  it('skips configured holidays', () => {
    const holidays = new Set(['2026-12-25']);
    expect(addBusinessDays(new Date('2026-12-24T10:00:00Z'), 2, holidays).toISOString()).toBe('2026-12-29T10:00:00.000Z');
  });
});
