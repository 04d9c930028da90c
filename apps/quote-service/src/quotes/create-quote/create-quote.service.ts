import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type Pool } from 'pg';
import { DataSource } from 'typeorm';
import { type Principal } from '@tradein/auth';
import { QuoteCreated, type Market } from '@tradein/contracts';
import { newEvent, OutboxWriter, type PipelinedTransaction, poolOf } from '@tradein/messaging';
import {
  CLOCK,
  type Clock,
  ForbiddenLikeNotFound,
  InvalidFieldError,
  NotFoundError,
  UnprocessableError,
  ValidationFailedError,
  withPipelinedIdempotency,
} from '../../shared/service-errors';
import { CatalogService } from '../../catalog/catalog.service';
import { questionnaireFor } from '../../catalog/questionnaires/questionnaires.seed';
import { validateAnswers } from '../../catalog/questionnaires/validate-answers';
import { isValidImei, tacOf } from '@tradein/device-identity';
import { insertStatement } from '@tradein/service-runtime';
import { toBonusProgram } from '../../partners/bonus-mapping';
import { loadProgram } from '../../partners/partner-program.entity';
import { priceDevice } from '../../pricing/engine/price-device';
import { PriceTablesService } from '../../pricing/price-tables.service';
import { addDays } from '../../policy/offer-policy';
import { PolicyService } from '../../policy/policy.service';
import { MARKET_CURRENCY } from '../../shared/minor-units';
import { TradeInEntity } from '../../trade-in-record/trade-in.entity';
import { TradeInTimelineEntity } from '../../trade-in-record/trade-in-timeline.entity';
import { openTradeIn } from '../../trade-in-record/open-trade-in';
import { QuoteEntity } from '../../trade-in-record/quote.entity';
import { quoteView } from '../quote.view';
import { type CreateQuoteDto } from './create-quote.dto';

/**
 * POST /v1/quotes: validate everything first (nothing is written for bad input), price with the current
 * price table, then write the quote, its trade-in (QUOTED) and tradein.quote.created in one transaction.
 * The transaction is pipelined (ADR 0020): START TRANSACTION, the Idempotency-Key's claim, the program and
 * the price go in one flight; the quote, its trade-in, the event, the stored answer and COMMIT in the next.
 */
@Injectable()
export class CreateQuoteService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly catalog: CatalogService,
    private readonly prices: PriceTablesService,
    private readonly policies: PolicyService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private get pool(): Pool {
    return poolOf(this.dataSource);
  }

  async create(principal: Principal, dto: CreateQuoteDto, idempotencyKey: string | undefined) {
    const actor = actorOf(principal);
    const model = this.catalog.model(dto.modelId);
    if (!model) throw new InvalidFieldError('modelId', `unknown model ${dto.modelId}`, 'UNKNOWN_MODEL');
    if (!model.variants.some((v) => v.id === dto.variantId)) {
      throw new InvalidFieldError('variantId', `${model.id} has variants ${model.variants.map((v) => v.id).join(', ')}`, 'UNKNOWN_VARIANT');
    }
    const currency = MARKET_CURRENCY[dto.market];
    if (dto.currency && dto.currency !== currency)
      throw new InvalidFieldError('currency', `market ${dto.market} trades in ${currency}, not ${dto.currency}`);
    const questionnaire = questionnaireFor(model.category);
    if (!questionnaire) throw new Error(`no questionnaire for ${model.category}`);
    const problems = validateAnswers(questionnaire, dto.answers);
    if (problems.length) throw new ValidationFailedError(problems);
    if (dto.imei !== undefined) {
      if (!isValidImei(dto.imei)) throw new InvalidFieldError('imei', 'check digit does not match (Luhn)');
      const tacModel = await this.catalog.modelForTac(tacOf(dto.imei));
      if (tacModel && tacModel !== model.id) {
        throw new UnprocessableError('IMEI_MODEL_MISMATCH', `the IMEI's type allocation code belongs to ${tacModel}, not ${model.id}`, [
          { field: 'imei', reason: `TAC belongs to ${tacModel}` },
        ]);
      }
    }
    const programId = dto.programId ?? actor.programId ?? null;

    // A widget session's keys are its own: a replay must never hand it the partner server's quote.
    const binding = principal.kind === 'widget' ? principal.subject : (actor.storeId ?? '*');
    return withPipelinedIdempotency(this.pool, { operation: `quotes:${binding}`, principal }, idempotencyKey, dto, {
      read: (tx) =>
        Promise.all([
          programId ? loadProgram(this.dataSource, tx, programId, actor.partnerId) : null,
          this.prices.currentBasePrice(tx, model.id, dto.variantId, dto.market as Market),
        ]),
      write: async (tx, [program, { version, base }]) => {
        if (programId && !program) throw new ForbiddenLikeNotFound('program', programId);
        if (base === undefined) {
          throw new UnprocessableError(
            'NOT_PRICED_IN_MARKET',
            `${model.id} ${dto.variantId} has no price in ${dto.market} (price table v${version})`,
            [{ field: 'market', reason: `no price for this model in ${dto.market}` }],
          );
        }
        const now = this.clock.now();
        const bonusProgram = program ? toBonusProgram(program.id, program.bonus) : null;
        const priced = priceDevice({
          baseMinor: base,
          currency,
          category: model.category,
          questionnaire,
          answers: dto.answers,
          program: bonusProgram,
          pricedAt: now,
        });
        const policy = this.policies.forLoadedProgram(program);
        const quote = this.dataSource.manager.create(QuoteEntity, {
          id: randomUUID(),
          tradeInId: randomUUID(),
          partnerId: actor.partnerId,
          programId: program?.id ?? null,
          storeId: actor.storeId,
          createdBy: principal.subject,
          modelId: model.id,
          variantId: dto.variantId,
          category: model.category,
          market: dto.market,
          currency,
          imei: dto.imei ?? null,
          priceTableVersion: version,
          questionnaireVersion: questionnaire.version,
          answers: { ...dto.answers },
          baseMinor: base,
          deviceValueMinor: priced.deviceValueMinor,
          bonusMinor: priced.bonusMinor,
          totalMinor: priced.totalMinor,
          outcome: priced.outcome,
          breakdown: priced.breakdown.map((l) => ({ ...l, deltaMinor: l.deltaMinor.toString() })),
          programSnapshot: program?.bonus ? { ...program.bonus, programId: program.id } : null,
          pricedAt: now,
          expiresAt: addDays(now, policy.quoteValidDays),
        });
        const tradeIn = this.insertQuoteAndTradeIn(tx, quote, now);
        await this.outbox.append(
          tx,
          newEvent(
            QuoteCreated,
            { tradeInId: tradeIn.id, partnerId: quote.partnerId, correlationId: tradeIn.correlationId },
            {
              quoteId: quote.id,
              device: {
                modelId: model.id,
                variantId: dto.variantId,
                category: model.category,
                ...(dto.imei ? { tac: tacOf(dto.imei) } : {}),
              },
              market: dto.market,
              amount: { amountMinor: quote.totalMinor.toString(), currency },
              priceTableVersion: version,
              expiresAt: quote.expiresAt.toISOString(),
              ...(quote.storeId ? { storeId: quote.storeId } : {}),
              ...(quote.programId ? { programId: quote.programId } : {}),
            },
          ),
        );
        return { status: 201, body: quoteView(quote, tradeIn, now, model.name) };
      },
    });
  }

  /** Sends the quote, its trade-in and the first timeline row as one statement (not awaited: it leaves with the event). */
  private insertQuoteAndTradeIn(tx: PipelinedTransaction, quote: QuoteEntity, now: Date): TradeInEntity {
    const { tradeIn, timeline } = openTradeIn(quote, now, 'api:create-quote');
    const statement = insertStatement(this.dataSource.manager, [
      { target: QuoteEntity, values: quote },
      { target: TradeInEntity, values: tradeIn },
      { target: TradeInTimelineEntity, values: timeline },
    ]);
    if (statement) void tx.query(...statement);
    return tradeIn;
  }
}

/** Who a quote is for: a partner (API key or partner token) or a store acting for its partner. */
export function actorOf(p: Principal): { partnerId: string; storeId: string | null; programId?: string } {
  if (p.kind === 'partner' || p.kind === 'widget') return { partnerId: p.partnerId, storeId: null, programId: p.programId };
  if (p.role === 'store_staff' && p.partnerId && p.storeId) return { partnerId: p.partnerId, storeId: p.storeId };
  throw new NotFoundError('partner', 'for this caller');
}
