import { type CurrencyCode } from '@tradein/contracts';
import { MINOR_UNIT_DIGITS } from '@tradein/money';
import { type SettlementReport } from './settlement-report';

/** Minor units as a decimal amount for humans (bigint string arithmetic, no floating point). */
export function formatMinor(amountMinor: bigint, currency: CurrencyCode): string {
  const digits = MINOR_UNIT_DIGITS[currency];
  const negative = amountMinor < 0n;
  const abs = (negative ? -amountMinor : amountMinor).toString().padStart(digits + 1, '0');
  const whole = digits ? abs.slice(0, -digits) : abs;
  const fraction = digits ? `.${abs.slice(-digits)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/**
 * RFC 4180 quoting, plus a leading apostrophe for cells a spreadsheet would run as a formula
 * (OWASP "CSV injection"): partner reports are opened in spreadsheets.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const HEADER = ['record', 'trade_in_id', 'payout_id', 'method', 'store_id', 'currency', 'amount', 'bonus', 'paid_at'];

/** Lines first, then one TOTAL row per currency whose amount is the net owed to the partner. */
export function settlementCsv(report: SettlementReport): string {
  const rows: string[][] = [HEADER];
  for (const l of report.lines) {
    rows.push([
      'LINE',
      l.tradeInId,
      l.payoutId,
      l.method,
      l.storeId ?? '',
      l.currency,
      formatMinor(l.amountMinor, l.currency),
      formatMinor(l.bonusMinor, l.currency),
      l.paidAt.toISOString(),
    ]);
  }
  for (const t of report.totals) {
    rows.push(['TOTAL_PAID', '', '', '', '', t.currency, formatMinor(t.paidMinor, t.currency), formatMinor(t.bonusMinor, t.currency), '']);
    rows.push(['STORE_CREDIT_TO_REIMBURSE', '', '', 'STORE_CREDIT', '', t.currency, formatMinor(t.storeCreditMinor, t.currency), '', '']);
    rows.push([
      'PARTNER_CREDIT_TO_REIMBURSE',
      '',
      '',
      'PARTNER_CREDIT',
      '',
      t.currency,
      formatMinor(t.partnerCreditMinor, t.currency),
      '',
      '',
    ]);
    rows.push(['NET_TO_PARTNER', '', '', '', '', t.currency, formatMinor(t.netToPartnerMinor, t.currency), '', '']);
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
