import { type PartnerPrincipal } from '@tradein/auth';
import { ApiKeyCache } from './api-key-cache';

const principal: PartnerPrincipal = { kind: 'partner', role: 'partner', subject: 'api-key:k1', partnerId: 'p1', keyId: 'k1' };

describe('ApiKeyCache', () => {
  it('returns a stored key until it expires', () => {
    const cache = new ApiKeyCache(1000);
    cache.set('h', principal, cache.begin(), 0);
    expect(cache.get('h', 999)).toBe(principal);
    expect(cache.get('h', 1000)).toBeUndefined();
  });

  it('forgets everything on a change, and drops a lookup that raced it', () => {
    const cache = new ApiKeyCache();
    cache.set('h', principal, cache.begin());
    const started = cache.begin();
    cache.clear();
    expect(cache.get('h')).toBeUndefined();
    cache.set('h2', principal, started);
    expect(cache.get('h2')).toBeUndefined();
  });

  it('stays bounded, dropping the oldest entry', () => {
    const cache = new ApiKeyCache(60_000, 2);
    for (const h of ['a', 'b', 'c']) cache.set(h, principal, cache.begin());
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('c')).toBe(principal);
  });
});
