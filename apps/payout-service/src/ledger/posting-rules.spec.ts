import { CURRENCIES, PAYOUT_METHODS, type CurrencyCode } from '@tradein/contracts';
import { seededRandom } from '../providers/sandbox/seeded-random';
import { ledgerInvariant } from './ledger-balance';
import { entrySum, postOfferFinalized, postPayoutCancelled, postPayoutPaid, type JournalEntry, type PayoutFacts } from './posting-rules';

const facts = (over: Partial<PayoutFacts> = {}): PayoutFacts => ({
  payoutId: 'po_1',
  partnerId: 'acme',
  method: 'BANK_TRANSFER',
  currency: 'EUR',
  amountMinor: 25_000n,
  bonusMinor: 5_000n,
  ...over,
});

function balances(entries: JournalEntry[]): Map<string, bigint> {
  const byAccount = new Map<string, bigint>();
  for (const e of entries)
    for (const l of e.lines) {
      const key = `${e.currency}|${l.account}`;
      byAccount.set(key, (byAccount.get(key) ?? 0n) + l.amountMinor);
    }
  return byAccount;
}

describe('posting rules', () => {
  it('finalization: cost net of bonus, partner owes the bonus, seller is owed the whole amount', () => {
    expect(postOfferFinalized(facts())).toEqual({
      payoutId: 'po_1',
      kind: 'OFFER_FINALIZED',
      currency: 'EUR',
      lines: [
        { account: 'trade_in_cost', amountMinor: 20_000n },
        { account: 'partner_bonus_receivable:acme', amountMinor: 5_000n },
        { account: 'seller_payable', amountMinor: -25_000n },
      ],
    });
  });

  it('leaves out the bonus line when there is no bonus', () => {
    expect(postOfferFinalized(facts({ bonusMinor: 0n })).lines.map((l) => l.account)).toEqual(['trade_in_cost', 'seller_payable']);
  });

  it('payment credits the account of the method used', () => {
    const credit = (method: PayoutFacts['method']) => postPayoutPaid(facts({ method }), 'sandbox-bank').lines[1];
    expect(credit('BANK_TRANSFER')).toEqual({ account: 'provider_clearing:sandbox-bank', amountMinor: -25_000n });
    expect(credit('GIFT_CARD').account).toBe('provider_clearing:sandbox-bank');
    expect(credit('STORE_CREDIT').account).toBe('store_credit_payable:acme');
    expect(credit('PARTNER_CREDIT').account).toBe('partner_credit_payable:acme');
  });

  it('a finalized then paid payout clears the seller liability', () => {
    const b = balances([postOfferFinalized(facts()), postPayoutPaid(facts(), 'p')]);
    expect(b.get('EUR|seller_payable')).toBe(0n);
    expect(b.get('EUR|provider_clearing:p')).toBe(-25_000n);
  });

  it('cancellation reverses finalization to zero on every account', () => {
    const b = balances([postOfferFinalized(facts()), postPayoutCancelled(facts())]);
    expect([...b.values()].every((v) => v === 0n)).toBe(true);
  });

  it('keeps 1,000 random trade-ins balanced per currency and leaves sellers owed only what is unpaid', () => {
    const random = seededRandom(20261126);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    const entries: JournalEntry[] = [];
    const outstanding = new Map<CurrencyCode, bigint>();
    for (let i = 0; i < 1000; i++) {
      const currency = pick(CURRENCIES);
      const amountMinor = BigInt(1 + Math.floor(random() * 2_000_000));
      const bonusMinor = random() < 0.3 ? BigInt(Math.floor(random() * Number(amountMinor))) : 0n;
      const p = facts({
        payoutId: `po_${i}`,
        partnerId: pick(['acme', 'telco', 'console']),
        method: pick(PAYOUT_METHODS),
        currency,
        amountMinor,
        bonusMinor,
      });
      entries.push(postOfferFinalized(p));
      const fate = random();
      if (fate < 0.7) entries.push(postPayoutPaid(p, pick(['sandbox-bank', 'sandbox-gift'])));
      else if (fate < 0.85) entries.push(postPayoutCancelled(p));
      else outstanding.set(currency, (outstanding.get(currency) ?? 0n) + amountMinor);
    }
    for (const e of entries) expect(entrySum(e)).toBe(0n);
    const perCurrency = new Map<CurrencyCode, { sumMinor: bigint; lineCount: number }>();
    for (const e of entries)
      for (const l of e.lines) {
        const c = perCurrency.get(e.currency) ?? { sumMinor: 0n, lineCount: 0 };
        perCurrency.set(e.currency, { sumMinor: c.sumMinor + l.amountMinor, lineCount: c.lineCount + 1 });
      }
    const inv = ledgerInvariant(
      [...perCurrency].map(([currency, c]) => ({ currency, ...c })),
      [],
    );
    expect(inv.balanced).toBe(true);
    expect(inv.currencies.map((c) => c.currency)).toEqual(['EUR', 'GBP', 'JPY', 'USD']);
    const b = balances(entries);
    for (const currency of CURRENCIES) expect(b.get(`${currency}|seller_payable`) ?? 0n).toBe(-(outstanding.get(currency) ?? 0n));
  });

  it('the invariant reports an imbalance', () => {
    expect(ledgerInvariant([{ currency: 'EUR', sumMinor: 1n, lineCount: 3 }], []).balanced).toBe(false);
    expect(ledgerInvariant([{ currency: 'EUR', sumMinor: 0n, lineCount: 3 }], ['je_1']).balanced).toBe(false);
  });
});
