/**
 * The git-ignored files an overlay's secretGenerator reads (k8s/overlays/<env>/secrets/), with fresh
 * random values: one place that knows every file and key, used by make-secrets.sh to create them and
 * by the manifest tests to render the overlays without real secrets.
 */
import { randomBytes } from 'node:crypto';

export const SERVICES = ['quote', 'intake', 'grading', 'payout'] as const;

const hex = (bytes: number) => randomBytes(bytes).toString('hex');
const b64 = (bytes: number) => randomBytes(bytes).toString('base64');
const today = () => new Date().toISOString().slice(0, 10).replace(/-/g, '');

/** File name (relative to the overlay's secrets/ folder) → content. */
export function secretFiles(): Record<string, string> {
  const files: Record<string, string> = {
    'auth.env': `AUTH_JWT_SECRET=${hex(32)}\n`,
    'quote.env': `QUOTE_SECRET_KEY=${hex(32)}\n`,
    'intake.env': `CARRIER_WEBHOOK_SECRET=${hex(32)}\n`,
    // Keys of the S3-compatible store holding evidence photos (intake, grading): replace with your store's.
    'objectstore.env': `S3_ACCESS_KEY_ID=${hex(10)}\nS3_SECRET_ACCESS_KEY=${hex(24)}\n`,
    'payout.env': `PAYOUT_BANK_DETAILS_KEYS=k${today()}:${b64(32)}\nPAYOUT_FINGERPRINT_KEY=${b64(32)}\n`,
  };
  // No trailing newline: the whole file is the password, and it goes into a URL (hex).
  for (const svc of SERVICES) files[`db-${svc}.password`] = hex(24);
  return files;
}
