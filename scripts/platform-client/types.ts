/** The shapes of the public answers the flows read (only the fields they use). */
export interface Money { amountMinor: string; currency: string }

export interface TimelineEntry { from: string | null; to: string | null; outcome: string; cause: string; detail?: string | null }

export interface TradeInView {
  id: string; state: string; quotedAmount: Money; payoutMethod: string;
  offer: { kind: string; amount: Money; reasonCodes: string[]; answer: string | null; basis?: string | null; decidedAt?: string } | null;
  timeline: TimelineEntry[];
  /** Deadlines (ISO times): the quote's validity, ship-by after acceptance, the answer window of a revised offer. */
  quoteExpiresAt?: string; acceptedAt?: string | null; shipBy?: string | null; respondBy?: string | null;
  revisedOfferPolicy?: { policy: string; withinPercent: number | null } | null;
  /** Store trade-ins: how much less grading found the device worth than the price given at the till. */
  storeDiscrepancy?: Money | null;
}

export interface CustodyRecord { action: string; actor: string; deviceKey: string | null; shipmentId: string | null; detail: Record<string, unknown> }
export interface CustodyView { records: CustodyRecord[] }

export interface PayoutView { id: string; status: string; amount: Money; method: string; holdReasons: string[] }

export interface StockItemView { stockItemId: string; tradeInId: string; sku: string; siteId: string; cosmeticGrade: string; disposition: string; status: string }

export interface BoxView {
  id: string; storeId: string; siteId: string; status: string;
  items: Array<{ tradeInId: string; deviceKey: string; arrivedAt: string | null }>;
  manifest: Array<{ tradeInId: string; deviceKey: string; modelId: string }> | null;
  trackingNumber?: string;
}
