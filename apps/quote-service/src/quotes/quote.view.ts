import { type QuoteEntity } from '../trade-in-record/quote.entity';
import { type TradeInEntity } from '../trade-in-record/trade-in.entity';

export type QuoteStatus = 'OPEN' | 'EXPIRED' | 'ACCEPTED' | 'CANCELLED';

export function quoteStatus(quote: QuoteEntity, tradeIn: TradeInEntity | null, now: Date): QuoteStatus {
  const state = tradeIn?.state ?? 'QUOTED';
  if (state === 'QUOTED') return now >= quote.expiresAt ? 'EXPIRED' : 'OPEN';
  if (state === 'EXPIRED' && tradeIn?.expiredReason === 'QUOTE_EXPIRED') return 'EXPIRED';
  if (state === 'CANCELLED' && !tradeIn?.acceptedAt) return 'CANCELLED';
  return 'ACCEPTED';
}

const money = (minor: bigint | string, currency: string) => ({ amountMinor: minor.toString(), currency });

/** The quote as the API shows it: price, breakdown, pinned versions, validity. */
export function quoteView(quote: QuoteEntity, tradeIn: TradeInEntity | null, now: Date, modelName?: string) {
  return {
    id: quote.id,
    tradeInId: quote.tradeInId,
    status: quoteStatus(quote, tradeIn, now),
    partnerId: quote.partnerId,
    programId: quote.programId,
    storeId: quote.storeId,
    device: { modelId: quote.modelId, variantId: quote.variantId, category: quote.category, ...(modelName ? { name: modelName } : {}) },
    market: quote.market,
    outcome: quote.outcome,
    amount: money(quote.totalMinor, quote.currency),
    deviceValue: money(quote.deviceValueMinor, quote.currency),
    bonus: money(quote.bonusMinor, quote.currency),
    breakdown: quote.breakdown.map((l) => ({
      kind: l.kind,
      code: l.code,
      ...(l.question ? { question: l.question, answer: l.answer } : {}),
      ...(l.bp !== undefined ? { bp: l.bp } : {}),
      amount: money(l.deltaMinor, quote.currency),
    })),
    answers: quote.answers,
    priceTableVersion: quote.priceTableVersion,
    questionnaireVersion: quote.questionnaireVersion,
    pricedAt: quote.pricedAt.toISOString(),
    expiresAt: quote.expiresAt.toISOString(),
  };
}

export const QUOTE_EXAMPLE = {
  id: '0b8f8c1e-3f5d-4f7e-9a51-2f1f6b3f0c11',
  tradeInId: '5d1d6a0e-8b3c-4c8e-a0ab-7f1c2f9e4d21',
  status: 'OPEN',
  partnerId: 'acme-games',
  programId: null,
  storeId: null,
  device: { modelId: 'sony-playstation-5-slim', variantId: 'disc', category: 'console', name: 'PlayStation 5 Slim' },
  market: 'FR',
  outcome: 'OFFER',
  amount: { amountMinor: '28500', currency: 'EUR' },
  deviceValue: { amountMinor: '28500', currency: 'EUR' },
  bonus: { amountMinor: '0', currency: 'EUR' },
  breakdown: [
    { kind: 'BASE', code: 'BASE_PRICE', amount: { amountMinor: '30000', currency: 'EUR' } },
    {
      kind: 'FACTOR',
      code: 'BODY_CONDITION',
      question: 'body',
      answer: 'light_wear',
      bp: 9500,
      amount: { amountMinor: '-1500', currency: 'EUR' },
    },
  ],
  answers: { functional: 'works', body: 'light_wear', controllers: 'all_included', accessories: 'complete', locks: 'none' },
  priceTableVersion: 1,
  questionnaireVersion: 1,
  pricedAt: '2026-03-01T09:00:00.000Z',
  expiresAt: '2026-03-15T09:00:00.000Z',
};
