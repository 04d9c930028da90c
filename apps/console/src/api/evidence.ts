import { api, type Service } from './http';

export interface StoredEvidence {
  ref: string;
  sha256: string;
  contentType: string;
  sizeBytes: number;
}

/**
 * Uploads one photo (multipart, part "file"); the server computes the sha256 and stores it content-addressed.
 * The idempotency key makes a retry after a lost answer safe (same bytes → same ref anyway).
 */
export const uploadEvidence = (service: Extract<Service, 'intake' | 'grading'>, file: Blob, name: string, idempotencyKey: string) => {
  const form = new FormData();
  form.append('file', file, name);
  return api<StoredEvidence>(service, 'POST', '/v1/evidence', { formData: form, idempotencyKey });
};
