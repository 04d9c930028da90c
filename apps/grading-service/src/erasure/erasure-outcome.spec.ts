import { type CertificateFacts, erasureOutcome, isSanitized } from './erasure-outcome';
import { reportHash } from './report-hash';

const t = (minute: number): Date => new Date(Date.UTC(2026, 0, 1, 10, minute));
const cert = (
  mediumId: string,
  method: CertificateFacts['method'],
  verification: CertificateFacts['verification'],
  at: number,
): CertificateFacts => ({ mediumId, method, verification, performedAt: t(at) });

describe('erasure outcome (NIST SP 800-88)', () => {
  it('is MISSING with no certificate, which is not sanitized', () => {
    expect(erasureOutcome([])).toBe('MISSING');
    expect(isSanitized('MISSING')).toBe(false);
  });

  it('is VERIFIED when every medium has a verified Clear or Purge', () => {
    const outcome = erasureOutcome([cert('nand', 'PURGE', 'PASSED', 1), cert('sd', 'CLEAR', 'PASSED', 2)]);
    expect(outcome).toBe('VERIFIED');
    expect(isSanitized(outcome)).toBe(true);
  });

  it('is NOT_VERIFIED when any medium failed verification', () => {
    expect(erasureOutcome([cert('nand', 'PURGE', 'PASSED', 1), cert('sd', 'CLEAR', 'FAILED', 2)])).toBe('NOT_VERIFIED');
    expect(isSanitized('NOT_VERIFIED')).toBe(false);
  });

  it('counts the latest certificate per medium: a verified retry after a failure sanitizes', () => {
    expect(erasureOutcome([cert('nand', 'PURGE', 'FAILED', 1), cert('nand', 'PURGE', 'PASSED', 5)])).toBe('VERIFIED');
    expect(erasureOutcome([cert('nand', 'PURGE', 'PASSED', 1), cert('nand', 'PURGE', 'FAILED', 5)])).toBe('NOT_VERIFIED');
  });

  it('reports a verified Destroy as DESTROYED, which is sanitized', () => {
    const outcome = erasureOutcome([cert('ssd', 'DESTROY', 'PASSED', 1)]);
    expect(outcome).toBe('DESTROYED');
    expect(isSanitized(outcome)).toBe(true);
  });

  it('hashes the report with SHA-256', () => {
    expect(reportHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(reportHash('abd')).not.toBe(reportHash('abc'));
  });
});
