import { type Grading } from '@tradein/api-client';
import { answer, gradingApi } from './typed';

type S = Grading.components['schemas'];

export const listQueue = () => answer(gradingApi.GET('/v1/queue'));
export const claimJob = (jobId: string) => answer(gradingApi.POST('/v1/jobs/{jobId}/claim', { params: { path: { jobId } } }));
export const releaseJob = (jobId: string) => answer(gradingApi.POST('/v1/jobs/{jobId}/release', { params: { path: { jobId } } }));
export const jobDetail = (jobId: string) => answer(gradingApi.GET('/v1/jobs/{jobId}', { params: { path: { jobId } } }));

export const COSMETIC_GRADES = ['A', 'B', 'C', 'D', 'E'] as const;
export type Inspection = S['SubmitInspectionDto'];
export const submitInspection = (jobId: string, body: Inspection) =>
  answer(gradingApi.PUT('/v1/jobs/{jobId}/inspection', { body, params: { path: { jobId } } }));

export type Erasure = S['RecordErasureDto'];
export const recordErasure = (jobId: string, body: Erasure, idempotencyKey: string) =>
  answer(
    gradingApi.POST('/v1/jobs/{jobId}/erasures', { body, params: { path: { jobId }, header: { 'Idempotency-Key': idempotencyKey } } }),
  );

export const completeGrade = (jobId: string) => answer(gradingApi.POST('/v1/jobs/{jobId}/grade', { params: { path: { jobId } } }));

export type Passport = S['PassportSchema'];
export const passport = (tradeInId: string) =>
  answer(gradingApi.GET('/v1/devices/{tradeInId}/passport', { params: { path: { tradeInId } } }));
export const quarantine = () => answer(gradingApi.GET('/v1/quarantine'));
