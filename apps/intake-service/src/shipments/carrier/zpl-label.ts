import { formatMoney, money } from '@tradein/money';
/** Where a parcel goes or comes from, as printed. */
export interface LabelAddress {
  readonly name: string;
  readonly lines: readonly string[];
}

export interface LabelContent {
  readonly carrier: string;
  readonly service: string;
  readonly trackingNumber: string;
  readonly from: LabelAddress;
  readonly to: LabelAddress;
  /** Printed as text; no arithmetic happens on it. */
  readonly insuredValue: { readonly amountMinor: string; readonly currency: string };
  /** Our reference for the dock (trade-in or box id). */
  readonly reference: string;
}

/** `12345` EUR → `EUR 123.45` (shared money formatting: never through a float). */
export function formatMinorUnits(amountMinor: string, currency: string): string {
  return formatMoney(money(amountMinor, currency));
}

/**
 * Field data with ^ and ~ would be read as ZPL commands; with ^FH each field may carry them hex-escaped
 * (`_5E`, `_7E`), and `_` itself becomes `_5F`. Non-ASCII letters are kept out (printers' default code page).
 */
export function zplField(text: string): string {
  return text
    .replace(/_/g, '_5F')
    .replace(/\^/g, '_5E')
    .replace(/~/g, '_7E')
    .replace(/[^\x20-\x7E]/g, '?');
}

/**
 * A 4×6 inch thermal label in ZPL II: addresses, the tracking number as a Code 128 barcode and in clear,
 * the insured value and our reference. Rendered locally so the sandbox runs with no outside carrier.
 */
export function renderZplLabel(c: LabelContent): string {
  const lines: string[] = ['^XA', '^CI0', '^PW812', '^LL1218'];
  let y = 40;
  const text = (s: string, size = 30): void => {
    lines.push(`^FO40,${y}^A0N,${size},${size}^FH^FD${zplField(s)}^FS`);
    y += size + 10;
  };
  text(`${c.carrier} - ${c.service}`, 40);
  y += 10;
  text('FROM:', 24);
  [c.from.name, ...c.from.lines].forEach((l) => text(l, 26));
  y += 20;
  text('TO:', 24);
  [c.to.name, ...c.to.lines].forEach((l) => text(l, 36));
  y += 30;
  lines.push(`^FO60,${y}^BY3^BCN,200,Y,N,N^FD${zplField(c.trackingNumber)}^FS`);
  y += 280;
  text(`INSURED: ${formatMinorUnits(c.insuredValue.amountMinor, c.insuredValue.currency)}`, 30);
  text(`REF: ${c.reference}`, 30);
  lines.push('^XZ');
  return lines.join('\n');
}
