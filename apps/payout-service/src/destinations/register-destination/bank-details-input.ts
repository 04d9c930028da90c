import { type BankDetails } from '../bank-details/bank-details';
import { type Checked, type FieldError } from '../bank-details/field-error';
import { type RegisterDestinationDto } from './register-destination.dto';

const FIELDS_BY_SCHEME = {
  IBAN: ['iban'],
  US_ACH: ['routingNumber', 'accountNumber'],
  GB_FPS: ['sortCode', 'accountNumber'],
} as const;

const ALL_FIELDS = ['iban', 'routingNumber', 'accountNumber', 'sortCode'] as const;

/** Picks the fields of the chosen scheme: missing ones and ones of another scheme are named. */
export function bankDetailsFromDto(dto: RegisterDestinationDto): Checked<BankDetails> {
  const wanted: readonly string[] = FIELDS_BY_SCHEME[dto.scheme];
  const errors: FieldError[] = [];
  for (const f of ALL_FIELDS) {
    const present = dto[f] !== undefined;
    if (wanted.includes(f) && !present) errors.push({ field: f, reason: `is required for scheme ${dto.scheme}` });
    if (!wanted.includes(f) && present) errors.push({ field: f, reason: `is not used by scheme ${dto.scheme}` });
  }
  if (errors.length) return { ok: false, errors };
  switch (dto.scheme) {
    case 'IBAN':
      return { ok: true, value: { scheme: 'IBAN', iban: dto.iban ?? '' } };
    case 'US_ACH':
      return { ok: true, value: { scheme: 'US_ACH', routingNumber: dto.routingNumber ?? '', accountNumber: dto.accountNumber ?? '' } };
    case 'GB_FPS':
      return { ok: true, value: { scheme: 'GB_FPS', sortCode: dto.sortCode ?? '', accountNumber: dto.accountNumber ?? '' } };
  }
}
