import { lockFlagsOf, validateGuidedChecks } from './guided-checks';

const complete = { POWERS_ON: 'YES', SCREEN: 'INTACT', LOCKS: 'NONE', ACCESSORIES: 'COMPLETE' };

describe('validateGuidedChecks', () => {
  it('accepts all four checks with allowed results', () => {
    expect(validateGuidedChecks(complete)).toEqual({ ok: true, results: complete });
  });

  it.each(['POWERS_ON', 'SCREEN', 'LOCKS', 'ACCESSORIES'])('refuses when %s is skipped', (code) => {
    const partial: Record<string, string> = { ...complete };
    delete partial[code];
    expect(validateGuidedChecks(partial)).toEqual({ ok: false, field: `checks.${code}`, message: `check ${code} is mandatory` });
  });

  it('refuses a result outside the allowed list, naming the allowed ones', () => {
    expect(validateGuidedChecks({ ...complete, SCREEN: 'FINE' })).toEqual({
      ok: false,
      field: 'checks.SCREEN',
      message: 'check SCREEN must be one of INTACT, SCRATCHED, CRACKED, NO_DISPLAY',
    });
    expect(validateGuidedChecks({ ...complete, POWERS_ON: true })).toMatchObject({ ok: false, field: 'checks.POWERS_ON' });
  });

  it('refuses unknown checks and a missing object', () => {
    expect(validateGuidedChecks({ ...complete, SMELL: 'OK' })).toMatchObject({ ok: false, field: 'checks.SMELL' });
    expect(validateGuidedChecks(undefined)).toMatchObject({ ok: false, field: 'checks' });
  });
});

describe('lockFlagsOf', () => {
  it.each([
    ['NONE', false, false],
    ['ACTIVATION_LOCK', true, false],
    ['MDM', false, true],
    ['ACTIVATION_LOCK_AND_MDM', true, true],
  ] as const)('LOCKS=%s gives activationLock=%s mdmEnrolled=%s', (locks, activationLock, mdmEnrolled) => {
    expect(lockFlagsOf({ ...complete, LOCKS: locks } as Parameters<typeof lockFlagsOf>[0])).toEqual({ activationLock, mdmEnrolled });
  });
});
