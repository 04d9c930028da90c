import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { NotFoundError } from '@tradein/service-runtime';
import { type GradedCondition } from '../../trade-in-record/graded-condition';
import { FinalOfferService } from '../../offers/finalize/final-offer.service';
import { type Transition } from '../../trade-in-record/state/apply-trade-in-input';
import { type TradeInInput } from '../../trade-in-record/state/trade-in-input';
import { TradeInEntity } from '../../trade-in-record/trade-in.entity';
import { type Cause, type Emit } from '../../trade-in-record/emit';
import { TradeInRecorder } from '../../trade-in-record/trade-in-recorder.service';

/**
 * Applies an input to a trade-in and follows through on what the state machine asks for: a grade that
 * moves the trade-in to GRADED is repriced at once (finalized or revised) in the same transaction.
 */
@Injectable()
export class TradeInWorkflow {
  constructor(
    private readonly recorder: TradeInRecorder,
    private readonly finalOffer: FinalOfferService,
  ) {}

  async handle(
    m: EntityManager,
    ids: { tradeInId: string; partnerId: string },
    input: TradeInInput,
    cause: Cause,
    emit: Emit,
    grade?: GradedCondition,
  ): Promise<Transition> {
    const tradeIn = await this.recorder.lock(m, ids.tradeInId);
    // An event about a trade-in we never issued, or naming another partner, is a producer bug: throwing sends it
    // to the dead-letter topic (with the reason) rather than applying it to the wrong record.
    if (!tradeIn) throw new NotFoundError('trade-in', ids.tradeInId);
    if (tradeIn.partnerId !== ids.partnerId)
      throw new Error(`event names partner ${ids.partnerId}, trade-in ${tradeIn.id} belongs to another partner`);
    return this.handleLocked(m, tradeIn, input, cause, emit, grade);
  }

  async handleLocked(
    m: EntityManager,
    tradeIn: TradeInEntity,
    input: TradeInInput,
    cause: Cause,
    emit: Emit,
    grade?: GradedCondition,
  ): Promise<Transition> {
    const previousGrade = tradeIn.gradedCondition;
    if (grade) tradeIn.gradedCondition = grade;
    const t = await this.recorder.apply(m, tradeIn, input, cause);
    const keepsGrade = t.outcome === 'APPLIED' ? Boolean(t.reprice) : t.outcome === 'RECORDED' && t.facts.pendingGradeId === grade?.gradeId;
    if (grade && !keepsGrade && previousGrade !== grade) {
      // A late or duplicate grade must not replace the one the current offer is based on.
      tradeIn.gradedCondition = previousGrade;
      await m.save(TradeInEntity, tradeIn);
    }
    if (t.outcome === 'APPLIED' && t.reprice) await this.finalOffer.reprice(m, tradeIn, emit, cause);
    return t;
  }
}
