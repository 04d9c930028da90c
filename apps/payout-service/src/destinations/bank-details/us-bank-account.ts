import { type FieldError } from './field-error';

/**
 * ABA routing number checksum (the American Bankers Association's 3-7-1 weights): the weighted sum of the
 * nine digits must be a multiple of 10.
 */
export function abaChecksumValid(routing: string): boolean {
  if (!/^\d{9}$/.test(routing)) return false;
  const d = [...routing].map(Number);
  const sum = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8]);
  return sum % 10 === 0;
}

export function checkUsAccount(routingNumber: string, accountNumber: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!/^\d{9}$/.test(routingNumber)) errors.push({ field: 'routingNumber', reason: 'must be 9 digits' });
  else if (!abaChecksumValid(routingNumber)) errors.push({ field: 'routingNumber', reason: 'fails the ABA checksum' });
  // NACHA allows up to 17 characters; US banks use at least 4 digits.
  if (!/^\d{4,17}$/.test(accountNumber)) errors.push({ field: 'accountNumber', reason: 'must be 4 to 17 digits' });
  return errors;
}
