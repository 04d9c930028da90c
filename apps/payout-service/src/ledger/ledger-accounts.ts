/**
 * The chart of accounts. Amounts on ledger lines are signed: a debit is positive, a credit negative, so
 * every journal entry, and therefore every currency's whole ledger, sums to zero.
 *
 *  trade_in_cost                   what we pay for devices out of our own pocket (final amount minus bonus)
 *  seller_payable                  owed to sellers from finalization until they are paid (a liability)
 *  partner_bonus_receivable:<p>    promotion bonuses partner p funds: p owes them to us
 *  store_credit_payable:<p>        store credit p's stores gave at the till: we owe it to p
 *  partner_credit_payable:<p>      credit p put in its own wallet for the seller: we owe it to p
 *  provider_clearing:<provider>    money that left through a payment provider (bank transfer, gift cards)
 */
export const LEDGER_ACCOUNTS = {
  tradeInCost: 'trade_in_cost',
  sellerPayable: 'seller_payable',
  partnerBonusReceivable: (partnerId: string) => `partner_bonus_receivable:${partnerId}`,
  storeCreditPayable: (partnerId: string) => `store_credit_payable:${partnerId}`,
  partnerCreditPayable: (partnerId: string) => `partner_credit_payable:${partnerId}`,
  providerClearing: (provider: string) => `provider_clearing:${provider}`,
} as const;
