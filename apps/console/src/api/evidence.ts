import { type Intake } from '@tradein/api-client';
import { api, type Service } from './http';

/** What intake and grading answer for a stored photo (the same schema in both documents). */
export type StoredEvidence = Intake.components['schemas']['EvidenceViewSchema'];

/**
 * Uploads one photo (multipart, part "file"); the server computes the sha256 and stores it content-addressed.
 * The idempotency key makes a retry after a lost answer safe (same bytes → same ref anyway). Sent through the
 * console's own fetch helper: the typed clients serialise JSON bodies, a photo is multipart.
 */
export const uploadEvidence = (service: Extract<Service, 'intake' | 'grading'>, file: Blob, name: string, idempotencyKey: string) => {
  const form = new FormData();
  form.append('file', file, name);
  return api<StoredEvidence>(service, 'POST', '/v1/evidence', { formData: form, idempotencyKey });
};
