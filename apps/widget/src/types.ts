import { type Money } from './money';

/** The API's answers as the widget reads them (the contract documents examples, not 2xx schemas, so these are ours). */
export interface Variant {
  id: string;
  storageGb?: number;
  connectivity?: string;
  edition?: string;
  price?: Money | null;
}

export interface Model {
  id: string;
  brand: string;
  name: string;
  category: string;
  variants: Variant[];
}

export interface Category {
  category: string;
  models: number;
}

export interface Question {
  code: string;
  label: string;
  options: Array<{ code: string; label: string }>;
}

export interface Questionnaire {
  category: string;
  /** The language the platform answered in (English when it does not publish the shopper's). */
  language: string;
  questions: Question[];
}

export interface BreakdownLine {
  kind: string;
  code: string;
  question?: string;
  answer?: string;
  amount: Money;
}

export interface Quote {
  id: string;
  tradeInId: string;
  status: string;
  device: { modelId: string; variantId: string; name?: string };
  market: string;
  amount: Money;
  breakdown: BreakdownLine[];
  expiresAt: string;
}

export interface TradeIn {
  id: string;
  state: string;
  shipBy: string | null;
  payoutMethod: string | null;
}

export interface TrackingView {
  tradeInId: string;
  state: string;
  device: { name: string };
  market: string;
  quotedAmount: Money;
  shipBy: string | null;
  label: { carrier: string; trackingNumber: string; format: string | null; available: boolean } | null;
  revisedOfferPolicy: { policy: 'ASK' | 'AUTO_ACCEPT_WITHIN'; withinPercent: number | null } | null;
  offer: { kind: 'FINAL' | 'REVISED'; amount: Money; reasonCodes: string[]; answer: string | null } | null;
  grading: {
    cosmeticGrade: string;
    functionalGrade: number;
    batteryHealthPercent: number | null;
    defectCodes: string[];
    missingAccessories: string[];
    evidenceRefs: string[];
  } | null;
  respondBy: string | null;
  canAnswer: boolean;
  timeline: Array<{ at: string; state: string }>;
}

export type PayoutMethod = 'PARTNER_CREDIT' | 'GIFT_CARD';

export interface AcceptForm {
  name: string;
  email: string;
  payout: PayoutMethod;
  policy: 'ASK' | 'AUTO_ACCEPT_WITHIN';
  withinPercent: number;
}
