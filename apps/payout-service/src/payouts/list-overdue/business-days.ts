/**
 * The payout deadline counts business days (docs/design/ARCHITECTURE.md: payout within 2 business days of
 * finalization): Saturdays, Sundays and the configured holidays (YYYY-MM-DD, UTC) do not count.
 * The time of day is kept, so a trade-in finalized on Friday 15:00 is due on Tuesday 15:00.
 */
export function addBusinessDays(start: Date, days: number, holidays: ReadonlySet<string> = new Set()): Date {
  const d = new Date(start.getTime());
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (isBusinessDay(d, holidays)) left--;
  }
  return d;
}

export function isBusinessDay(d: Date, holidays: ReadonlySet<string>): boolean {
  const weekday = d.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(d.toISOString().slice(0, 10));
}
