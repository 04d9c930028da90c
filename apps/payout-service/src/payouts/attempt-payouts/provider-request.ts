import { type EntityManager } from 'typeorm';
import { type BankDetailsCipher } from '../../destinations/bank-details-cipher';
import { PayoutDestinationEntity } from '../../destinations/payout-destination.entity';
import { openDestinationPlaintext } from '../../destinations/sealed-destination';
import { type ProviderDestination, type ProviderPaymentRequest } from '../../providers/payout-provider';
import { type PayoutEntity } from '../payout.entity';
import { type ClaimedAttempt } from './claimed-attempt';

/** What the provider is asked to pay; bank details are opened only here, only for this call. */
export async function providerRequest(
  manager: EntityManager,
  cipher: BankDetailsCipher,
  item: ClaimedAttempt,
): Promise<ProviderPaymentRequest> {
  const p = item.payout;
  return {
    idempotencyKey: item.attempt.idempotencyKey,
    payoutId: p.id,
    method: p.method,
    amountMinor: p.amountMinor,
    currency: p.currency,
    destination: await destination(manager, cipher, p),
  };
}

async function destination(manager: EntityManager, cipher: BankDetailsCipher, p: PayoutEntity): Promise<ProviderDestination> {
  switch (p.method) {
    case 'BANK_TRANSFER': {
      const d = await manager.findOneOrFail(PayoutDestinationEntity, { where: { id: p.destinationRef ?? '' } });
      const sealed = openDestinationPlaintext(cipher.open(d.sealedDetails, d.id));
      return { kind: 'BANK_ACCOUNT', holderName: sealed.holderName, details: sealed.details };
    }
    case 'PARTNER_CREDIT':
      return { kind: 'PARTNER_WALLET', partnerId: p.partnerId, walletRef: p.destinationRef ?? p.sellerRef };
    case 'GIFT_CARD':
    case 'STORE_CREDIT':
      return { kind: 'GIFT_CARD', recipientRef: p.destinationRef ?? p.sellerRef };
  }
}
