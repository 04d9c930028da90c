import { resolvePeriod } from './period.dto';

const now = new Date('2026-03-10T15:00:00Z');

describe('reporting period', () => {
  it('defaults to the last 30 whole days including today', () => {
    expect(resolvePeriod({}, now)).toEqual({ start: new Date('2026-02-09T00:00:00Z'), end: new Date('2026-03-11T00:00:00Z') });
  });

  it('includes both ends', () => {
    expect(resolvePeriod({ from: '2026-03-01', to: '2026-03-01' }, now)).toEqual({
      start: new Date('2026-03-01T00:00:00Z'),
      end: new Date('2026-03-02T00:00:00Z'),
    });
  });

  it('names the field of a reversed, impossible or too long period', () => {
    expect(resolvePeriod({ from: '2026-03-05', to: '2026-03-01' }, now)).toBe('from: must not be after to');
    expect(resolvePeriod({ from: '2026-13-45' }, now)).toBe('from: is not a calendar date');
    expect(resolvePeriod({ from: '2024-01-01', to: '2026-01-01' }, now)).toBe('to: a period spans at most 366 days');
  });
});
