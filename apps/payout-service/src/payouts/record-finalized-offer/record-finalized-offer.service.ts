import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type NewEvent } from '@tradein/contracts';
import { OutboxWriter } from '@tradein/messaging';
import { CLOCK, type Clock } from '@tradein/service-runtime';
import { type EntityManager } from 'typeorm';
import { PayoutSettings } from '../../config/payout-settings';
import { PayoutDestinationEntity } from '../../destinations/payout-destination.entity';
import { toEurMinor } from '../../holds/eur-equivalent';
import { FINANCED_UNPAID, calendarYear, hasFlag, identityVerified, lockTallies, tally } from '../../holds/hold-facts';
import { holdReasons, type HoldInput, type HoldReason, type Tally } from '../../holds/hold-rules';
import { rulesForProgram } from '../../holds/velocity-rules.config';
import { postJournalEntries } from '../../ledger/ledger-writer';
import { postOfferFinalized, postPayoutPaid, type JournalEntry } from '../../ledger/posting-rules';
import { STORE_TILL } from '../../providers/provider-registry';
import { addBusinessDays } from '../list-overdue/business-days';
import { payoutCompleted, payoutHeld } from '../payout-events';
import { type PayoutStatus } from '../payout-status';
import { type FinalizedOfferCommand } from './finalized-offer.command';

export interface RecordedPayout {
  payoutId: string;
  status: PayoutStatus;
  holdReasons: HoldReason[];
}

/**
 * Creates the one payout of a finalized trade-in, its liability in the ledger and, when it must wait,
 * its hold, all in the caller's transaction. It never pays: the payment worker does, from the database.
 */
@Injectable()
export class RecordFinalizedOffer {
  constructor(
    private readonly settings: PayoutSettings,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Accepts a batch so bulk loads write the ledger in one go; returns null for a trade-in already recorded. */
  async execute(manager: EntityManager, commands: readonly FinalizedOfferCommand[]): Promise<Array<RecordedPayout | null>> {
    const now = this.clock.now();
    const entries: JournalEntry[] = [];
    const events: NewEvent<object>[] = [];
    const results: Array<RecordedPayout | null> = [];
    for (const cmd of commands) {
      const result = await this.recordOne(manager, cmd, now, entries, events);
      results.push(result);
    }
    await postJournalEntries(manager, entries, now);
    if (events.length) await this.outbox.append(manager, events);
    return results;
  }

  private async recordOne(
    manager: EntityManager, cmd: FinalizedOfferCommand, now: Date, entries: JournalEntry[], events: NewEvent<object>[],
  ): Promise<RecordedPayout | null> {
    const destination = await this.destinationFor(manager, cmd);
    const fingerprint = destination.kind === 'OK' ? destination.entity.fingerprint : null;
    const eurMinor = toEurMinor(cmd.amountMinor, cmd.currency, this.settings.eurRates);
    // Store credit was handed over at the till and a zero amount pays nothing: both are settled at once.
    const settledAtOnce = cmd.method === 'STORE_CREDIT' || cmd.amountMinor === 0n;
    const reasons = settledAtOnce ? [] : await this.holdReasonsFor(manager, cmd, eurMinor, fingerprint, destination.kind);
    const status: PayoutStatus = settledAtOnce ? 'PAID' : reasons.length ? 'HELD' : 'PENDING';
    const id = randomUUID();
    const provider = settledAtOnce ? STORE_TILL : null;
    const providerReference = settledAtOnce ? (cmd.method === 'STORE_CREDIT' ? `store:${cmd.storeId ?? 'unknown'}:${cmd.tradeInId}` : 'nothing-to-pay') : null;

    // The UNIQUE (trade_in_id) constraint, not a read before the insert, makes a duplicate event a no-op.
    const inserted: Array<{ id: string }> = await manager.query(
      `INSERT INTO payout (id, trade_in_id, partner_id, seller_ref, store_id, program_id, method, destination_ref,
         destination_fingerprint, currency, amount_minor, bonus_minor, eur_minor, status, hold_reasons, attempt_count,
         next_attempt_at, provider, provider_reference, correlation_id, finalized_at, due_at, paid_at, created_at, updated_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,0,$16,$17,$18,$19,$20,$21,$22,$23,$23)
       ON CONFLICT ON CONSTRAINT payout_one_per_trade_in DO NOTHING
       RETURNING id`,
      [
        id, cmd.tradeInId, cmd.partnerId, cmd.sellerRef, cmd.storeId, cmd.programId, cmd.method, cmd.destinationRef,
        fingerprint, cmd.currency, cmd.amountMinor.toString(), cmd.bonusMinor.toString(), eurMinor.toString(), status, reasons,
        status === 'PENDING' ? now.toISOString() : null, provider, providerReference, cmd.correlationId,
        cmd.finalizedAt.toISOString(), addBusinessDays(cmd.finalizedAt, this.settings.deadlineBusinessDays, this.settings.holidays).toISOString(),
        settledAtOnce ? now.toISOString() : null, now.toISOString(),
      ],
    );
    if (!inserted.length) return null;

    const facts = { payoutId: id, partnerId: cmd.partnerId, method: cmd.method, currency: cmd.currency, amountMinor: cmd.amountMinor, bonusMinor: cmd.bonusMinor };
    entries.push(postOfferFinalized(facts));
    const ref = { id, tradeInId: cmd.tradeInId, partnerId: cmd.partnerId, correlationId: cmd.correlationId, method: cmd.method, amountMinor: cmd.amountMinor, currency: cmd.currency };
    if (settledAtOnce) {
      entries.push(postPayoutPaid(facts, STORE_TILL));
      events.push(payoutCompleted(ref, providerReference ?? STORE_TILL, now, cmd.eventId));
    } else if (status === 'HELD') {
      events.push(payoutHeld(ref, reasons[0], cmd.eventId));
    }
    return { payoutId: id, status, holdReasons: reasons };
  }

  private async destinationFor(
    manager: EntityManager, cmd: FinalizedOfferCommand,
  ): Promise<{ kind: 'OK'; entity: PayoutDestinationEntity } | { kind: Exclude<HoldInput['destination'], 'OK'> }> {
    if (cmd.method !== 'BANK_TRANSFER') return { kind: 'NOT_NEEDED' };
    if (!cmd.destinationRef) return { kind: 'MISSING' };
    const entity = await manager.findOne(PayoutDestinationEntity, { where: { id: cmd.destinationRef } });
    // Another partner's destination is as good as unknown: references cannot be borrowed across partners.
    if (!entity || (entity.partnerId !== null && entity.partnerId !== cmd.partnerId)) return { kind: 'MISSING' };
    if (entity.currency !== cmd.currency) return { kind: 'CURRENCY_MISMATCH' };
    return { kind: 'OK', entity };
  }

  private async holdReasonsFor(
    manager: EntityManager, cmd: FinalizedOfferCommand, eurMinor: bigint, fingerprint: string | null, destination: HoldInput['destination'],
  ): Promise<HoldReason[]> {
    const year = calendarYear(cmd.finalizedAt);
    await lockTallies(manager, [`payout-seller:${cmd.sellerRef}`, ...(fingerprint ? [`payout-destination:${fingerprint}`] : [])]);
    const rules = rulesForProgram(this.settings.velocityRules, cmd.programId);
    const windows: Array<Tally | null> = [];
    for (const rule of rules) {
      const from = new Date(cmd.finalizedAt.getTime() - rule.windowHours * 3600_000);
      const to = new Date(cmd.finalizedAt.getTime() + 1);
      if (rule.scope === 'SELLER') windows.push(await tally(manager, 'seller', cmd.sellerRef, from, to));
      else windows.push(fingerprint ? await tally(manager, 'destination', fingerprint, from, to) : null);
    }
    return holdReasons({
      eurMinor,
      identityVerified: await identityVerified(manager, cmd.sellerRef, year.year),
      sellerYear: await tally(manager, 'seller', cmd.sellerRef, year.from, year.to),
      destinationYear: fingerprint ? await tally(manager, 'destination', fingerprint, year.from, year.to) : null,
      rules,
      windows,
      financedUnpaid: await hasFlag(manager, cmd.tradeInId, FINANCED_UNPAID),
      destination,
    });
  }
}
