import { type FieldError } from './field-error';

export function normalizeSortCode(raw: string): string {
  return raw.replace(/[\s-]/g, '');
}

/**
 * UK sort code (6 digits) and account number (8 digits). Pay.UK's modulus-checking tables change several
 * times a year and are licensed data, so only the format is checked here; the provider rejects the rest.
 */
export function checkGbAccount(sortCode: string, accountNumber: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!/^\d{6}$/.test(normalizeSortCode(sortCode))) errors.push({ field: 'sortCode', reason: 'must be 6 digits (dashes allowed)' });
  if (!/^\d{8}$/.test(accountNumber)) errors.push({ field: 'accountNumber', reason: 'must be 8 digits' });
  return errors;
}
