import { SlidingWindowRateLimitStorage } from './rate-limit-storage';

describe('SlidingWindowRateLimitStorage', () => {
  const MINUTE = 60_000;
  let now: number;
  let storage: SlidingWindowRateLimitStorage;
  beforeEach(() => {
    now = 10 * MINUTE;
    storage = new SlidingWindowRateLimitStorage(() => now);
  });
  afterEach(() => storage.close());

  it('lets `limit` requests through in a window, refuses the next, and blocks for blockDuration', () => {
    for (let i = 1; i <= 5; i++) expect(storage.hit('k', MINUTE, 5, MINUTE)).toMatchObject({ isBlocked: false, totalHits: i });
    expect(storage.hit('k', MINUTE, 5, MINUTE)).toEqual({ totalHits: 6, timeToExpire: 60, isBlocked: true, timeToBlockExpire: 60 });
    now += 30_000;
    expect(storage.hit('k', MINUTE, 5, MINUTE)).toMatchObject({ isBlocked: true, timeToBlockExpire: 30 });
    expect(storage.hit('other', MINUTE, 5, MINUTE).isBlocked).toBe(false);
  });

  it('weighs the previous window by how much of it the sliding window still covers', () => {
    for (let i = 0; i < 4; i++) storage.hit('k', MINUTE, 5, MINUTE);
    now += MINUTE + 15_000; // a quarter into the next window: 3 of the 4 still count
    expect(storage.hit('k', MINUTE, 5, MINUTE)).toMatchObject({ isBlocked: false, totalHits: 4, timeToExpire: 45 });
    expect(storage.hit('k', MINUTE, 5, MINUTE)).toMatchObject({ isBlocked: false, totalHits: 5 });
    expect(storage.hit('k', MINUTE, 5, MINUTE).isBlocked).toBe(true);
  });

  it('forgets a window older than the previous one, and callers idle for two windows', () => {
    for (let i = 0; i < 5; i++) storage.hit('k', MINUTE, 5, 1000);
    now += 3 * MINUTE;
    expect(storage.hit('k', MINUTE, 5, 1000)).toMatchObject({ isBlocked: false, totalHits: 1 });
    now += 2 * MINUTE;
    storage.sweep();
    expect(storage.size).toBe(0);
  });

  it('counts exactly under a high limit with two numbers per caller, not one entry per hit', () => {
    for (let i = 0; i < 100_000; i++) storage.hit('busy', MINUTE, 200_000, MINUTE);
    expect(storage.hit('busy', MINUTE, 200_000, MINUTE).totalHits).toBe(100_001);
    expect(storage.size).toBe(1);
  });
});
