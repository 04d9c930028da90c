import { afterFailedCall } from './label-retry';

describe('afterFailedCall', () => {
  const policy = { maxAttempts: 5, baseMs: 1000, maxMs: 5000 };
  const now = new Date('2026-01-15T09:00:00.000Z');
  const delay = (attempts: number): number | 'gave up' => {
    const d = afterFailedCall(attempts, policy, now);
    return d.giveUp ? 'gave up' : d.nextAttemptAt.getTime() - now.getTime();
  };

  it('backs off exponentially, capped, then gives up after the last attempt', () => {
    expect([1, 2, 3, 4, 5].map(delay)).toEqual([1000, 2000, 4000, 5000, 'gave up']);
  });

  it('gives up at once when only one attempt is allowed', () => {
    expect(afterFailedCall(1, { ...policy, maxAttempts: 1 }, now)).toEqual({ giveUp: true });
  });
});
