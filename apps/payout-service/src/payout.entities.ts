import { PayoutDestinationEntity } from './destinations/payout-destination.entity';
import { SellerVerificationEntity, TradeInFlagEntity } from './holds/hold-records.entity';
import { JournalEntryEntity, LedgerLineEntity } from './ledger/journal-entry.entity';
import { PayoutAttemptEntity } from './payouts/payout-attempt.entity';
import { PayoutAuditEntity } from './payouts/payout-audit.entity';
import { PayoutEntity } from './payouts/payout.entity';

export const PAYOUT_ENTITIES = [
  PayoutEntity,
  PayoutAttemptEntity,
  PayoutAuditEntity,
  PayoutDestinationEntity,
  JournalEntryEntity,
  LedgerLineEntity,
  SellerVerificationEntity,
  TradeInFlagEntity,
];
