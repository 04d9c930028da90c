import { api } from './http';
import { type Payout } from './types';

export const listPayouts = (query: { status?: string; tradeInId?: string }) => api<Payout[]>('payout', 'GET', '/v1/payouts', { query });
export const overduePayouts = () => api<Payout[]>('payout', 'GET', '/v1/payouts/overdue');
export const releaseHold = (payoutId: string, reason: string, identityVerified: boolean) =>
  api<Payout>('payout', 'POST', `/v1/payouts/${payoutId}/release`, { body: { reason, identityVerified } });

export interface PayoutDetail extends Payout {
  attemptHistory: Array<{ attemptNo: number; provider: string; status: string; outcomeCode: string | null; submittedAt: string }>;
  audit: Array<{ action: string; actor: string; reason: string | null; fromStatus: string; toStatus: string; at: string }>;
}
export const payoutDetail = (id: string) => api<PayoutDetail>('payout', 'GET', `/v1/payouts/${id}`);
