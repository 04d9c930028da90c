import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { InvalidFieldError } from '@tradein/service-runtime';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A period of whole UTC days, both ends included; defaults to the last 30 days. */
export class PeriodQuery {
  @IsOptional() @Matches(DAY, { message: 'from must be a date YYYY-MM-DD' }) from?: string;
  @IsOptional() @Matches(DAY, { message: 'to must be a date YYYY-MM-DD' }) to?: string;
  @IsOptional() @IsString() @Length(1, 64) siteId?: string;
}

export interface Period {
  start: Date;
  /** Exclusive: the day after `to`. */
  end: Date;
}

/** Resolves a period, or returns the `field: reason` that makes it unusable. */
export function resolvePeriod(q: PeriodQuery, now: Date): Period | string {
  const day = 86_400_000;
  const to = q.to ? new Date(`${q.to}T00:00:00Z`) : new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const from = q.from ? new Date(`${q.from}T00:00:00Z`) : new Date(to.getTime() - 29 * day);
  if (Number.isNaN(from.getTime())) return 'from: is not a calendar date';
  if (Number.isNaN(to.getTime())) return 'to: is not a calendar date';
  if (from.getTime() > to.getTime()) return 'from: must not be after to';
  if (to.getTime() - from.getTime() > 366 * day) return 'to: a period spans at most 366 days';
  return { start: from, end: new Date(to.getTime() + day) };
}

/** The period of a quality query, or a 400 naming the field and the reason. */
export function periodOf(q: PeriodQuery, now: Date): Period {
  const period = resolvePeriod(q, now);
  if (typeof period !== 'string') return period;
  const colon = period.indexOf(': ');
  throw new InvalidFieldError(period.slice(0, colon), period.slice(colon + 2));
}
