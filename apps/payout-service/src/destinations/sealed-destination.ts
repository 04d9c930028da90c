import { type BankDetails } from './bank-details/bank-details';

/** What is sealed per destination: everything a bank needs, nothing that ever leaves unmasked. */
export interface SealedDestination {
  holderName: string;
  details: BankDetails;
}

export function sealDestinationPlaintext(d: SealedDestination): string {
  return JSON.stringify(d);
}

export function openDestinationPlaintext(plaintext: string): SealedDestination {
  return JSON.parse(plaintext) as SealedDestination;
}
