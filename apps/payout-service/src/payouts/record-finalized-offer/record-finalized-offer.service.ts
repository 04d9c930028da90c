import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type NewEvent } from '@tradein/contracts';
import { OutboxWriter } from '@tradein/messaging';
import { CLOCK, type Clock } from '@tradein/service-runtime';
import { type EntityManager, In } from 'typeorm';
import { PayoutSettings } from '../payout-settings';
import { PayoutDestinationEntity } from '../../destinations/payout-destination.entity';
import { toEurMinor } from '../../holds/eur-equivalent';
import {
  DEVICE_HELD,
  FINANCED_UNPAID,
  calendarYear,
  flaggedTradeIns,
  lockTallies,
  tallyKey,
  verifiedSellers,
  windowTally,
  yearTallies,
} from '../../holds/hold-facts';
import { holdReasons, type HoldInput, type HoldReason, type Tally } from '../../holds/hold-rules';
import { rulesForProgram } from '../../holds/velocity-rules';
import { postJournalEntries } from '../../ledger/ledger-writer';
import { postOfferFinalized, postPayoutPaid, type JournalEntry } from '../../ledger/posting-rules';
import { STORE_TILL } from '../../providers/provider-registry';

/** A zero final amount (a device worth nothing, recycled for free) is settled without any provider. */
const NOTHING_TO_PAY = 'nothing-to-pay';
import { addBusinessDays } from '../list-overdue/business-days';
import { payoutCompleted, payoutHeld } from '../payout-events';
import { type PayoutStatus } from '../payout-status';
import { type FinalizedOfferCommand } from './finalized-offer.command';
import { insertPayouts, type PlannedPayout } from './insert-payouts';

export interface RecordedPayout {
  payoutId: string;
  status: PayoutStatus;
  holdReasons: HoldReason[];
}

type DestinationState = Exclude<HoldInput['destination'], 'OK'>;

/**
 * Creates the one payout of a finalized trade-in, its liability in the ledger and, when it must wait,
 * its hold, all in the caller's transaction. It never pays: the payment worker does, from the database.
 * Works on a batch with a fixed number of statements (bulk loads and the 1,000-trade-in run stay fast).
 */
@Injectable()
export class RecordFinalizedOffer {
  constructor(
    private readonly settings: PayoutSettings,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Returns, per command, the payout created or null for a trade-in that already has one. */
  async execute(manager: EntityManager, commands: readonly FinalizedOfferCommand[]): Promise<Array<RecordedPayout | null>> {
    const now = this.clock.now();
    const fresh = await this.withoutKnownTradeIns(manager, commands);
    const destinations = await this.destinations(manager, fresh);
    const states = fresh.map((cmd) => this.destinationState(cmd, destinations));
    const fingerprints = states.map((s) => (typeof s === 'string' ? null : s.fingerprint));
    const needsChecks = fresh.map((cmd) => !this.settledAtOnce(cmd));
    await lockTallies(
      manager,
      fresh.flatMap((cmd, i) =>
        needsChecks[i] ? [`payout-seller:${cmd.sellerRef}`, ...(fingerprints[i] ? [`payout-destination:${fingerprints[i]}`] : [])] : [],
      ),
    );

    const sellers = fresh.map((c) => c.sellerRef);
    const sellerYears = await yearTallies(manager, 'seller', sellers);
    const accountYears = await yearTallies(
      manager,
      'destination',
      fingerprints.filter((f): f is string => f !== null),
    );
    const verified = await verifiedSellers(manager, sellers);
    const financed = await flaggedTradeIns(
      manager,
      fresh.map((c) => c.tradeInId),
      FINANCED_UNPAID,
    );
    const deviceHeld = await flaggedTradeIns(
      manager,
      fresh.map((c) => c.tradeInId),
      DEVICE_HELD,
    );

    const planned: PlannedPayout[] = [];
    for (const [i, cmd] of fresh.entries()) {
      const eurMinor = toEurMinor(cmd.amountMinor, cmd.currency, this.settings.eurRates);
      const year = calendarYear(cmd.finalizedAt).year;
      const fingerprint = fingerprints[i];
      const state = states[i];
      const settled = !needsChecks[i];
      const reasons = settled
        ? []
        : holdReasons({
            eurMinor,
            identityVerified: verified.has(tallyKey(cmd.sellerRef, year)),
            sellerYear: sellerYears.get(tallyKey(cmd.sellerRef, year)) ?? { count: 0, eurMinor: 0n },
            destinationYear: fingerprint ? (accountYears.get(tallyKey(fingerprint, year)) ?? { count: 0, eurMinor: 0n }) : null,
            ...(await this.velocity(manager, cmd, fingerprint, planned)),
            financedUnpaid: financed.has(cmd.tradeInId),
            deviceHeld: deviceHeld.has(cmd.tradeInId),
            destination: typeof state === 'string' ? state : 'OK',
          });
      // Later commands of the batch count this one, as they would have after its commit.
      bump(sellerYears, tallyKey(cmd.sellerRef, year), eurMinor);
      if (fingerprint) bump(accountYears, tallyKey(fingerprint, year), eurMinor);
      planned.push({
        id: randomUUID(),
        cmd,
        fingerprint,
        eurMinor,
        reasons,
        status: settled ? 'PAID' : reasons.length ? 'HELD' : 'PENDING',
        provider: settled ? (cmd.method === 'STORE_CREDIT' ? STORE_TILL : NOTHING_TO_PAY) : null,
        providerReference: settled
          ? cmd.method === 'STORE_CREDIT'
            ? `store:${cmd.storeId ?? 'unknown'}:${cmd.tradeInId}`
            : NOTHING_TO_PAY
          : null,
      });
    }

    const inserted = await insertPayouts(manager, planned, now, (at) =>
      addBusinessDays(at, this.settings.deadlineBusinessDays, this.settings.holidays),
    );
    const entries: JournalEntry[] = [];
    const events: NewEvent<object>[] = [];
    for (const p of planned) {
      if (!inserted.has(p.id)) continue;
      const cmd = p.cmd;
      const facts = {
        payoutId: p.id,
        partnerId: cmd.partnerId,
        method: cmd.method,
        currency: cmd.currency,
        amountMinor: cmd.amountMinor,
        bonusMinor: cmd.bonusMinor,
      };
      const ref = {
        id: p.id,
        tradeInId: cmd.tradeInId,
        partnerId: cmd.partnerId,
        correlationId: cmd.correlationId,
        method: cmd.method,
        amountMinor: cmd.amountMinor,
        currency: cmd.currency,
      };
      entries.push(postOfferFinalized(facts));
      if (p.status === 'PAID') {
        entries.push(postPayoutPaid(facts, p.provider ?? STORE_TILL));
        events.push(payoutCompleted(ref, p.providerReference ?? STORE_TILL, now, cmd.eventId));
      } else if (p.status === 'HELD') {
        events.push(payoutHeld(ref, p.reasons[0], cmd.eventId));
      }
    }
    await postJournalEntries(manager, entries, now);
    if (events.length) await this.outbox.append(manager, events);

    const byTradeIn = new Map(planned.filter((p) => inserted.has(p.id)).map((p) => [p.cmd.tradeInId, p]));
    return commands.map((cmd) => {
      const p = byTradeIn.get(cmd.tradeInId);
      if (!p || p.cmd !== cmd) return null;
      return { payoutId: p.id, status: p.status, holdReasons: p.reasons };
    });
  }

  /** Store credit was handed over at the till and a zero amount pays nothing: both are settled at once. */
  private settledAtOnce(cmd: FinalizedOfferCommand): boolean {
    return cmd.method === 'STORE_CREDIT' || cmd.amountMinor === 0n;
  }

  /** Skips trade-ins already paid for (and repeats within the batch) so they neither count nor post. */
  private async withoutKnownTradeIns(manager: EntityManager, commands: readonly FinalizedOfferCommand[]): Promise<FinalizedOfferCommand[]> {
    if (!commands.length) return [];
    const known: Array<{ trade_in_id: string }> = await manager.query('SELECT trade_in_id FROM payout WHERE trade_in_id = ANY($1)', [
      commands.map((c) => c.tradeInId),
    ]);
    const seen = new Set(known.map((k) => k.trade_in_id));
    return commands.filter((c) => (seen.has(c.tradeInId) ? false : (seen.add(c.tradeInId), true)));
  }

  private async destinations(
    manager: EntityManager,
    cmds: readonly FinalizedOfferCommand[],
  ): Promise<Map<string, PayoutDestinationEntity>> {
    const refs = [...new Set(cmds.filter((c) => c.method === 'BANK_TRANSFER' && c.destinationRef).map((c) => c.destinationRef as string))];
    if (!refs.length) return new Map();
    const found = await manager.find(PayoutDestinationEntity, { where: { id: In(refs) } });
    return new Map(found.map((d) => [d.id, d]));
  }

  private destinationState(
    cmd: FinalizedOfferCommand,
    destinations: Map<string, PayoutDestinationEntity>,
  ): DestinationState | PayoutDestinationEntity {
    if (cmd.method !== 'BANK_TRANSFER') return 'NOT_NEEDED';
    const d = cmd.destinationRef ? destinations.get(cmd.destinationRef) : undefined;
    // Another partner's destination is as good as unknown: references cannot be borrowed across partners.
    if (!d || (d.partnerId !== null && d.partnerId !== cmd.partnerId)) return 'MISSING';
    if (d.currency !== cmd.currency) return 'CURRENCY_MISMATCH';
    return d;
  }

  /** Velocity rules of the program: the database's window plus earlier payouts of this batch in it. */
  private async velocity(
    manager: EntityManager,
    cmd: FinalizedOfferCommand,
    fingerprint: string | null,
    earlier: readonly PlannedPayout[],
  ): Promise<Pick<HoldInput, 'rules' | 'windows'>> {
    const rules = rulesForProgram(this.settings.velocityRules, cmd.programId);
    const windows: Array<Tally | null> = [];
    for (const rule of rules) {
      const value = rule.scope === 'SELLER' ? cmd.sellerRef : fingerprint;
      if (!value) {
        windows.push(null);
        continue;
      }
      const from = new Date(cmd.finalizedAt.getTime() - rule.windowHours * 3600_000);
      const to = new Date(cmd.finalizedAt.getTime() + 1);
      const t = await windowTally(manager, rule.scope === 'SELLER' ? 'seller' : 'destination', value, from, to);
      for (const p of earlier) {
        const same = rule.scope === 'SELLER' ? p.cmd.sellerRef === value : p.fingerprint === value;
        if (same && p.cmd.finalizedAt >= from && p.cmd.finalizedAt < to) {
          t.count += 1;
          t.eurMinor += p.eurMinor;
        }
      }
      windows.push(t);
    }
    return { rules, windows };
  }
}

function bump(tallies: Map<string, Tally>, key: string, eurMinor: bigint): void {
  const t = tallies.get(key) ?? { count: 0, eurMinor: 0n };
  tallies.set(key, { count: t.count + 1, eurMinor: t.eurMinor + eurMinor });
}
