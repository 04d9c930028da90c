import { createHash } from 'node:crypto';

/** SHA-256 of the erasure tool's report, so the certificate proves which report it was issued on. */
export function reportHash(report: string): string {
  return createHash('sha256').update(report, 'utf8').digest('hex');
}
