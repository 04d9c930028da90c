import { type QuoteEntity } from '../trade-in-record/quote.entity';
import { type TradeInEntity } from '../trade-in-record/trade-in.entity';
import { type TradeInTimelineEntity } from '../trade-in-record/trade-in-timeline.entity';
import { type TradeInLabelEntity } from '../trade-in-record/trade-in-label.entity';

const money = (minor: string | bigint, currency: string) => ({ amountMinor: minor.toString(), currency });

/**
 * What the customer sees through the tracking link: no partner internals (event causes, ids of other
 * systems, the masked e-mail), only the steps the trade-in went through, the label, deadlines and the offer.
 */
export function trackingView(
  t: TradeInEntity,
  quote: QuoteEntity,
  timeline: TradeInTimelineEntity[],
  label: TradeInLabelEntity | null,
  modelName: string | undefined,
  now: Date,
) {
  const revisedOpen =
    t.state === 'COUNTER_OFFERED' &&
    t.offer?.kind === 'REVISED' &&
    !t.offer.answer &&
    !t.offer.appealId &&
    t.respondBy !== null &&
    now <= t.respondBy;
  const g = t.gradedCondition;
  return {
    tradeInId: t.id,
    state: t.state,
    device: { modelId: quote.modelId, variantId: quote.variantId, name: modelName ?? quote.modelId },
    market: quote.market,
    quotedAmount: money(quote.totalMinor, quote.currency),
    shipBy: t.shipBy?.toISOString() ?? null,
    label: label
      ? { carrier: label.carrier, trackingNumber: label.trackingNumber, format: label.labelFormat, available: label.label !== null }
      : null,
    revisedOfferPolicy: t.revisedOfferPolicy ? { policy: t.revisedOfferPolicy, withinPercent: t.autoAcceptWithinPercent } : null,
    offer: t.offer
      ? {
          kind: t.offer.kind,
          amount: money(t.offer.totalMinor, quote.currency),
          reasonCodes: t.offer.reasonCodes ?? [],
          answer: t.offer.answer ?? null,
          decidedAt: t.offer.decidedAt,
        }
      : null,
    // Shown while a revised offer stands and after it was answered (it became FINAL, keeping its answer).
    grading:
      g && (t.offer?.kind === 'REVISED' || t.offer?.answer)
        ? {
            cosmeticGrade: g.cosmeticGrade,
            functionalGrade: g.functionalGrade,
            batteryHealthPercent: g.batteryHealthPercent ?? null,
            defectCodes: [...g.defectCodes],
            missingAccessories: [...g.missingAccessories],
            evidenceRefs: [...g.evidenceRefs],
          }
        : null,
    respondBy: t.respondBy?.toISOString() ?? null,
    /** True while the customer may still accept or decline the revised offer here. */
    canAnswer: revisedOpen,
    timeline: timeline
      .filter((e) => e.outcome === 'APPLIED' && e.toState !== e.fromState)
      .map((e) => ({ at: e.at.toISOString(), state: e.toState })),
  };
}
