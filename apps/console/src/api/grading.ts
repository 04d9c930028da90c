import { api } from './http';
import { type Evidence, type GradeResult, type JobDetail, type QueueJob } from './types';

export const listQueue = () => api<{ jobs: QueueJob[] }>('grading', 'GET', '/v1/queue');
export const claimJob = (jobId: string) =>
  api<{ jobId: string; claimedBy: string; leaseExpiresAt: string }>('grading', 'POST', `/v1/jobs/${jobId}/claim`);
export const releaseJob = (jobId: string) => api<void>('grading', 'POST', `/v1/jobs/${jobId}/release`);
export const jobDetail = (jobId: string) => api<JobDetail>('grading', 'GET', `/v1/jobs/${jobId}`);

export const COSMETIC_GRADES = ['A', 'B', 'C', 'D', 'E'] as const;
export interface Inspection {
  identityRead: { imei?: string; serialNumber?: string };
  checks: Record<string, string | number>;
  cosmeticGrade: string;
  defects: Array<{ code: string; note?: string }>;
  missingAccessories: string[];
  locks: { activationLock: boolean; mdmEnrolled: boolean };
  evidence: Evidence[];
}
export const submitInspection = (jobId: string, body: Inspection) =>
  api<{ checklistVersion: string; functionalGrade: number; failedChecks: string[]; cosmeticGrade: string }>(
    'grading',
    'PUT',
    `/v1/jobs/${jobId}/inspection`,
    { body },
  );

export interface Erasure {
  mediumId: string;
  mediumType: string;
  method: string;
  technique?: string;
  tool: string;
  toolVersion: string;
  verification: string;
  performedAt: string;
  report: string;
}
export const recordErasure = (jobId: string, body: Erasure, idempotencyKey: string) =>
  api<{ certificateId: string; standard: string; verification: string }>('grading', 'POST', `/v1/jobs/${jobId}/erasures`, {
    body,
    idempotencyKey,
  });

export const completeGrade = (jobId: string) => api<GradeResult>('grading', 'POST', `/v1/jobs/${jobId}/grade`);

export interface Passport {
  grades: Array<{
    gradeId: string;
    cosmeticGrade: string;
    functionalGrade: number;
    marketplaceGrade: string | null;
    disposition: string;
    gradedAt: string;
    regrade: boolean;
  }>;
  device: {
    category: string;
    modelId: string;
    variantId: string | null;
    imei: string | null;
    serialNumber: string | null;
    siteId: string | null;
  };
  stock: { sku: string; marketplaceGrade: string; status: string; siteId: string; addedAt: string } | null;
  erasureCertificates?: Array<{ certificateId: string; verification: string }>;
  appeals?: Array<{ appealId: string; status: string; reason: string }>;
}
export const passport = (tradeInId: string) => api<Passport>('grading', 'GET', `/v1/devices/${encodeURIComponent(tradeInId)}/passport`);
export const quarantine = () => api<{ devices: Array<Record<string, unknown>> }>('grading', 'GET', '/v1/quarantine');
