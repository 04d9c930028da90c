import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import {
  AppealRequested,
  type CurrencyCode,
  type DeviceCategory,
  OfferDeclined,
  OfferFinalized,
  type OfferFinalizedPayload,
  OfferRevised,
} from '@tradein/contracts';
import { CLOCK, type Clock, ConflictError } from '@tradein/service-runtime';
import { CatalogService } from '../../catalog/catalog.service';
import { QuoteEntity } from '../../trade-in-record/quote.entity';
import { type Cause, type Emit } from '../../trade-in-record/emit';
import { TradeInRecorder } from '../../trade-in-record/trade-in-recorder.service';
import { type StoredOffer, type TradeInEntity } from '../../trade-in-record/trade-in.entity';
import { PolicyService } from '../../policy/policy.service';
import { decideFinalOffer } from '../final-offer/decide-final-offer';
import { resolveLapsedRevision } from '../final-offer/lapsed-revision';
import { quotedOfferOf } from './quoted-offer.mapper';

type Basis = OfferFinalizedPayload['basis'];

/**
 * The final offer: repricing after grading, the customer's answer to a revised offer, and the lapse of the
 * answer window. Each settles the trade-in through the state machine and emits the matching event in the
 * same transaction.
 */
@Injectable()
export class FinalOfferService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly recorder: TradeInRecorder,
    private readonly catalog: CatalogService,
    private readonly policies: PolicyService,
  ) {}

  /** After a (re)grade moved the trade-in to GRADED. */
  async reprice(m: EntityManager, tradeIn: TradeInEntity, emit: Emit, cause: Cause): Promise<void> {
    const grade = tradeIn.gradedCondition;
    if (!grade) throw new Error(`trade-in ${tradeIn.id} is GRADED without a grade`);
    const quote = await m.findOneByOrFail(QuoteEntity, { id: tradeIn.quoteId });
    const now = this.clock.now();
    const policy = await this.policies.forProgram(m, quote.programId);
    const decision = decideFinalOffer(
      quotedOfferOf(quote, tradeIn.fulfilment ?? 'MAIL_IN', this.catalog.model(quote.modelId)),
      grade,
      policy,
      now,
    );
    if (decision.decision === 'FINALIZE') {
      tradeIn.offer = {
        kind: 'FINAL',
        basis: decision.basis,
        deviceValueMinor: decision.deviceValueMinor.toString(),
        bonusMinor: decision.bonusMinor.toString(),
        totalMinor: decision.totalMinor.toString(),
        gradeId: grade.gradeId,
        decidedAt: now.toISOString(),
      };
      tradeIn.gradeId = grade.gradeId;
      tradeIn.storeDiscrepancyMinor = tradeIn.fulfilment === 'STORE' ? decision.storeDiscrepancyMinor : null;
      tradeIn.respondBy = null;
      await this.recorder.apply(m, tradeIn, { kind: 'OFFER_FINALIZED' }, { ...cause, detail: `final offer ${decision.basis}` });
      await emit(
        OfferFinalized,
        this.finalizedPayload(
          quote,
          tradeIn,
          decision.basis,
          decision.totalMinor,
          decision.bonusMinor,
          decision.basis === 'STORE_AS_GIVEN' ? decision.storeDiscrepancyMinor > 0n : undefined,
        ),
      );
      return;
    }
    tradeIn.offer = {
      kind: 'REVISED',
      deviceValueMinor: decision.deviceValueMinor.toString(),
      bonusMinor: decision.bonusMinor.toString(),
      totalMinor: decision.totalMinor.toString(),
      reasonCodes: [...decision.reasonCodes],
      evidenceRefs: [...decision.evidenceRefs],
      gradeId: grade.gradeId,
      decidedAt: now.toISOString(),
    };
    tradeIn.gradeId = grade.gradeId;
    tradeIn.respondBy = decision.respondBy;
    await this.recorder.apply(m, tradeIn, { kind: 'OFFER_REVISED' }, { ...cause, detail: `revised: ${decision.reasonCodes.join(', ')}` });
    await emit(OfferRevised, {
      quoteId: quote.id,
      quotedAmount: money(quote.totalMinor, quote.currency),
      revisedAmount: money(decision.totalMinor, quote.currency),
      reasonCodes: [...decision.reasonCodes],
      evidenceRefs: [...decision.evidenceRefs],
      respondBy: decision.respondBy.toISOString(),
      gradeId: grade.gradeId,
    });
  }

  /** The customer's answer to a revised offer, relayed by the partner (or store staff). */
  async answer(m: EntityManager, tradeIn: TradeInEntity, answer: 'ACCEPT' | 'DECLINE', emit: Emit, cause: Cause): Promise<void> {
    if (tradeIn.state !== 'COUNTER_OFFERED' || tradeIn.offer?.kind !== 'REVISED') {
      throw new ConflictError(
        'NO_REVISED_OFFER',
        `trade-in ${tradeIn.id} has no revised offer awaiting an answer (it is ${tradeIn.state})`,
      );
    }
    if (tradeIn.respondBy && this.clock.now() > tradeIn.respondBy) {
      throw new ConflictError('ANSWER_WINDOW_CLOSED', `the answer window closed at ${tradeIn.respondBy.toISOString()}`);
    }
    if (answer === 'ACCEPT') await this.settleRevised(m, tradeIn, 'REVISED_ACCEPTED', 'ACCEPTED', emit, cause);
    else await this.decline(m, tradeIn, 'CUSTOMER_DECLINED', 'DECLINED', emit, cause);
  }

  /**
   * The customer disputes a revised offer: a different technician grades again (grading-service). The answer
   * window is paused meanwhile, so silence cannot settle an offer under appeal; the regrade reprices it.
   */
  async appeal(
    m: EntityManager,
    tradeIn: TradeInEntity,
    requestedBy: 'PARTNER' | 'OPS',
    reason: string,
    emit: Emit,
    cause: Cause,
  ): Promise<string> {
    if (tradeIn.state !== 'COUNTER_OFFERED' || tradeIn.offer?.kind !== 'REVISED') {
      throw new ConflictError('NO_REVISED_OFFER', `only a revised offer can be appealed (trade-in is ${tradeIn.state})`);
    }
    if (tradeIn.offer.appealId)
      throw new ConflictError('APPEAL_ALREADY_REQUESTED', `appeal ${tradeIn.offer.appealId} is already open for this offer`);
    if (tradeIn.respondBy && this.clock.now() > tradeIn.respondBy) {
      throw new ConflictError('ANSWER_WINDOW_CLOSED', `the answer window closed at ${tradeIn.respondBy.toISOString()}`);
    }
    const appealId = randomUUID();
    tradeIn.offer = { ...tradeIn.offer, appealId };
    tradeIn.respondBy = null;
    await this.recorder.note(m, tradeIn, { ...cause, detail: `appeal ${appealId}: ${reason}` });
    await emit(AppealRequested, { appealId, requestedBy, reason });
    return appealId;
  }

  /** The answer window passed: the customer's own pre-chosen policy applies, never more. */
  async lapse(m: EntityManager, tradeIn: TradeInEntity, emit: Emit): Promise<void> {
    if (tradeIn.state !== 'COUNTER_OFFERED' || tradeIn.offer?.kind !== 'REVISED') return;
    const quote = await m.findOneByOrFail(QuoteEntity, { id: tradeIn.quoteId });
    const outcome = resolveLapsedRevision(
      tradeIn.revisedOfferPolicy ?? 'ASK',
      tradeIn.autoAcceptWithinPercent,
      quote.totalMinor,
      BigInt(tradeIn.offer.totalMinor),
    );
    const cause = {
      cause: 'deadline:answer-window',
      detail: `answer window passed; policy ${tradeIn.revisedOfferPolicy ?? 'ASK'} → ${outcome}`,
    };
    if (outcome === 'AUTO_ACCEPT') await this.settleRevised(m, tradeIn, 'REVISED_AUTO_ACCEPTED', 'AUTO_ACCEPTED', emit, cause);
    else await this.decline(m, tradeIn, 'NO_ANSWER_FREE_RETURN', 'LAPSED_FREE_RETURN', emit, cause);
  }

  private async settleRevised(
    m: EntityManager,
    tradeIn: TradeInEntity,
    basis: Basis,
    answer: StoredOffer['answer'],
    emit: Emit,
    cause: Cause,
  ): Promise<void> {
    const quote = await m.findOneByOrFail(QuoteEntity, { id: tradeIn.quoteId });
    const offer = tradeIn.offer as StoredOffer;
    tradeIn.offer = { ...offer, kind: 'FINAL', basis, answer, decidedAt: this.clock.now().toISOString() };
    await this.recorder.apply(m, tradeIn, { kind: 'OFFER_FINALIZED' }, cause);
    await emit(OfferFinalized, this.finalizedPayload(quote, tradeIn, basis, BigInt(offer.totalMinor), BigInt(offer.bonusMinor)));
  }

  private async decline(
    m: EntityManager,
    tradeIn: TradeInEntity,
    reason: 'CUSTOMER_DECLINED' | 'NO_ANSWER_FREE_RETURN',
    answer: StoredOffer['answer'],
    emit: Emit,
    cause: Cause,
  ): Promise<void> {
    tradeIn.offer = { ...(tradeIn.offer as StoredOffer), answer };
    await this.recorder.apply(m, tradeIn, { kind: 'OFFER_DECLINED' }, cause);
    await emit(OfferDeclined, { quoteId: tradeIn.quoteId, reason });
  }

  private finalizedPayload(
    quote: QuoteEntity,
    tradeIn: TradeInEntity,
    basis: Basis,
    totalMinor: bigint,
    bonusMinor: bigint,
    storeDiscrepancy?: boolean,
  ): OfferFinalizedPayload {
    return {
      quoteId: quote.id,
      device: { modelId: quote.modelId, variantId: quote.variantId, category: quote.category as DeviceCategory },
      market: quote.market as OfferFinalizedPayload['market'],
      fulfilment: tradeIn.fulfilment ?? 'MAIL_IN',
      quotedAmount: money(quote.totalMinor, quote.currency),
      finalAmount: money(totalMinor, quote.currency),
      bonusAmount: money(bonusMinor, quote.currency),
      payoutMethod: (tradeIn.payoutMethod ?? 'BANK_TRANSFER') as OfferFinalizedPayload['payoutMethod'],
      ...(tradeIn.payoutDestinationRef ? { payoutDestinationRef: tradeIn.payoutDestinationRef } : {}),
      sellerRef: tradeIn.sellerRef ?? 'unknown',
      ...(tradeIn.storeId ? { storeId: tradeIn.storeId } : {}),
      ...(quote.programId ? { programId: quote.programId } : {}),
      basis,
      ...(tradeIn.gradeId ? { gradeId: tradeIn.gradeId } : {}),
      ...(storeDiscrepancy !== undefined ? { storeDiscrepancy } : {}),
    };
  }
}

function money(minor: bigint, currency: string): { amountMinor: string; currency: CurrencyCode } {
  return { amountMinor: minor.toString(), currency: currency as CurrencyCode };
}
