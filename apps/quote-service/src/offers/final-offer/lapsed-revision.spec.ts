import { resolveLapsedRevision } from './lapsed-revision';

describe('resolveLapsedRevision', () => {
  it('ASK never accepts on silence', () => {
    expect(resolveLapsedRevision('ASK', null, 50_000n, 49_900n)).toBe('FREE_RETURN');
  });
  it('AUTO_ACCEPT_WITHIN accepts up to the pre-authorised drop and not a cent beyond', () => {
    expect(resolveLapsedRevision('AUTO_ACCEPT_WITHIN', 10, 50_000n, 45_000n)).toBe('AUTO_ACCEPT');
    expect(resolveLapsedRevision('AUTO_ACCEPT_WITHIN', 10, 50_000n, 44_999n)).toBe('FREE_RETURN');
    expect(resolveLapsedRevision('AUTO_ACCEPT_WITHIN', 0, 50_000n, 50_000n)).toBe('AUTO_ACCEPT');
    expect(resolveLapsedRevision('AUTO_ACCEPT_WITHIN', 100, 50_000n, 0n)).toBe('AUTO_ACCEPT');
    expect(resolveLapsedRevision('AUTO_ACCEPT_WITHIN', null, 50_000n, 49_999n)).toBe('FREE_RETURN');
  });
});
