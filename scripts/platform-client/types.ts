/** The shapes of the public answers the flows read (only the fields they use). */
export interface Money { amountMinor: string; currency: string }

export interface TimelineEntry { from: string | null; to: string | null; outcome: string; cause: string }

export interface TradeInView {
  id: string; state: string; quotedAmount: Money; payoutMethod: string;
  offer: { kind: string; amount: Money; reasonCodes: string[]; answer: string | null } | null;
  timeline: TimelineEntry[];
}

export interface CustodyRecord { action: string; actor: string; deviceKey: string | null; shipmentId: string | null; detail: Record<string, unknown> }
export interface CustodyView { records: CustodyRecord[] }

export interface PayoutView { id: string; status: string; amount: Money; method: string; holdReasons: string[] }
