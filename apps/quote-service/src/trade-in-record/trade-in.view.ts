import { type QuoteEntity } from './quote.entity';
import { type TradeInEntity } from './trade-in.entity';
import { type TradeInTimelineEntity } from './trade-in-timeline.entity';

const money = (minor: string | bigint, currency: string) => ({ amountMinor: minor.toString(), currency });

/** Masks an e-mail for display (c****@example.com): enough to recognise, not to harvest. */
export function maskEmail(email: string): string {
  const [user, domain] = email.split('@');
  return `${user.slice(0, 1)}****@${domain ?? ''}`;
}

/** The trade-in as a partner sees it: state, deadlines, offers, and the timeline of every input. */
export function tradeInView(t: TradeInEntity, quote: QuoteEntity, timeline: TradeInTimelineEntity[]) {
  return {
    id: t.id,
    quoteId: t.quoteId,
    partnerId: t.partnerId,
    storeId: t.storeId,
    state: t.state,
    fulfilment: t.fulfilment,
    device: { modelId: quote.modelId, variantId: quote.variantId, category: quote.category },
    market: quote.market,
    quotedAmount: money(quote.totalMinor, quote.currency),
    quoteExpiresAt: t.quoteExpiresAt.toISOString(),
    acceptedAt: t.acceptedAt?.toISOString() ?? null,
    shipBy: t.shipBy?.toISOString() ?? null,
    payoutMethod: t.payoutMethod,
    revisedOfferPolicy: t.revisedOfferPolicy ? { policy: t.revisedOfferPolicy, withinPercent: t.autoAcceptWithinPercent } : null,
    customer: t.customer ? { name: t.customer.name, email: maskEmail(t.customer.email) } : null,
    offer: t.offer
      ? {
          kind: t.offer.kind,
          basis: t.offer.basis ?? null,
          amount: money(t.offer.totalMinor, quote.currency),
          deviceValue: money(t.offer.deviceValueMinor, quote.currency),
          bonus: money(t.offer.bonusMinor, quote.currency),
          reasonCodes: t.offer.reasonCodes ?? [],
          evidenceRefs: t.offer.evidenceRefs ?? [],
          gradeId: t.offer.gradeId,
          answer: t.offer.answer ?? null,
          appealId: t.offer.appealId ?? null,
          decidedAt: t.offer.decidedAt,
        }
      : null,
    respondBy: t.respondBy?.toISOString() ?? null,
    storeDiscrepancy: t.storeDiscrepancyMinor !== null ? money(t.storeDiscrepancyMinor, quote.currency) : null,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
    timeline: timeline.map((e) => ({
      sequence: Number(e.id),
      at: e.at.toISOString(),
      from: e.fromState,
      to: e.toState,
      outcome: e.outcome,
      cause: e.cause,
      eventId: e.eventId,
      detail: e.detail,
    })),
  };
}

export const TRADE_IN_EXAMPLE = {
  id: '5d1d6a0e-8b3c-4c8e-a0ab-7f1c2f9e4d21',
  quoteId: '0b8f8c1e-3f5d-4f7e-9a51-2f1f6b3f0c11',
  partnerId: 'acme-games',
  storeId: null,
  state: 'COUNTER_OFFERED',
  fulfilment: 'MAIL_IN',
  device: { modelId: 'sony-playstation-5-slim', variantId: 'disc', category: 'console' },
  market: 'FR',
  quotedAmount: { amountMinor: '28500', currency: 'EUR' },
  quoteExpiresAt: '2026-03-15T09:00:00.000Z',
  acceptedAt: '2026-03-01T09:05:00.000Z',
  shipBy: '2026-03-22T09:05:00.000Z',
  payoutMethod: 'BANK_TRANSFER',
  revisedOfferPolicy: { policy: 'ASK', withinPercent: null },
  customer: { name: 'Camille Martin', email: 'c****@example.com' },
  offer: {
    kind: 'REVISED',
    basis: null,
    amount: { amountMinor: '24000', currency: 'EUR' },
    deviceValue: { amountMinor: '24000', currency: 'EUR' },
    bonus: { amountMinor: '0', currency: 'EUR' },
    reasonCodes: ['MISSING_CONTROLLER'],
    evidenceRefs: ['photo-1'],
    gradeId: 'g-77',
    answer: null,
    appealId: null,
    decidedAt: '2026-03-17T10:00:00.000Z',
  },
  respondBy: '2026-03-24T10:00:00.000Z',
  storeDiscrepancy: null,
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-17T10:00:00.000Z',
  timeline: [
    {
      sequence: 1,
      at: '2026-03-01T09:00:00.000Z',
      from: null,
      to: 'QUOTED',
      outcome: 'APPLIED',
      cause: 'api:create-quote',
      eventId: null,
      detail: null,
    },
  ],
};
