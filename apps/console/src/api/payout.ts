import { type Payout as PayoutDoc } from '@tradein/api-client';
import { answer, payoutApi } from './typed';

type S = PayoutDoc.components['schemas'];

export const listPayouts = (query: { status?: S['PayoutStatus']; tradeInId?: string }) =>
  answer(payoutApi.GET('/v1/payouts', { params: { query } }));
export const overduePayouts = () => answer(payoutApi.GET('/v1/payouts/overdue'));
export const releaseHold = (payoutId: string, reason: string, identityVerified: boolean) =>
  answer(payoutApi.POST('/v1/payouts/{id}/release', { body: { reason, identityVerified }, params: { path: { id: payoutId } } }));

export type PayoutDetail = S['PayoutDetailSchema'];
export const payoutDetail = (id: string) => answer(payoutApi.GET('/v1/payouts/{id}', { params: { path: { id } } }));
