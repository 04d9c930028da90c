import { type ErrorCodeList } from '@tradein/service-runtime';

/** Codes of evidence photo uploads and citations (intake-service and grading-service). */
export const EVIDENCE_ERROR_CODES = {
  UNKNOWN_EVIDENCE: 'a cited evidence ref was not uploaded, or not by this caller',
  OBJECT_STORE_UNAVAILABLE: 'the photo store did not take the upload (nothing was recorded); retry in a few seconds',
} as const satisfies ErrorCodeList;
