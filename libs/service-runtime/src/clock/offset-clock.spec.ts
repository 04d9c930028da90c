import { OffsetClock } from './offset-clock';

describe('OffsetClock', () => {
  it('follows the system clock and moves forward by what it is told', () => {
    const clock = new OffsetClock();
    const before = Date.now();
    expect(clock.now().getTime()).toBeGreaterThanOrEqual(before);
    clock.advance(3 * 86_400_000);
    expect(clock.offset).toBe(3 * 86_400_000);
    expect(clock.now().getTime()).toBeGreaterThanOrEqual(before + 3 * 86_400_000);
  });

  it('never goes back', () => {
    const clock = new OffsetClock();
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(() => clock.advance(1.5)).toThrow(RangeError);
    expect(clock.offset).toBe(0);
  });

  it('can start ahead (a restarted process rejoining peers whose clocks were moved)', () => {
    const clock = new OffsetClock(86_400_000);
    expect(clock.offset).toBe(86_400_000);
    expect(clock.now().getTime()).toBeGreaterThanOrEqual(Date.now() + 86_400_000 - 5);
    expect(() => new OffsetClock(-1)).toThrow(RangeError);
  });
});
