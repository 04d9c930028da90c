import { techniqueProblem } from './sanitization-techniques';

describe('sanitization technique against NIST SP 800-88 method', () => {
  it('accepts a cryptographic erase as Purge and shredding as Destroy', () => {
    expect(techniqueProblem('PURGE', 'CRYPTOGRAPHIC_ERASE')).toBeNull();
    expect(techniqueProblem('DESTROY', 'SHRED')).toBeNull();
    expect(techniqueProblem('CLEAR', undefined)).toBeNull();
  });

  it('rejects a factory reset claimed as Purge and a cryptographic erase claimed as Destroy', () => {
    expect(techniqueProblem('PURGE', 'FACTORY_RESET')).toBe(
      'technique: FACTORY_RESET cannot achieve PURGE (NIST SP 800-88); it achieves CLEAR',
    );
    expect(techniqueProblem('DESTROY', 'CRYPTOGRAPHIC_ERASE')).toMatch(/cannot achieve DESTROY/);
  });
});
