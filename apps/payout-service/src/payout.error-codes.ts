import { type ErrorCodeList } from '@tradein/service-runtime';

/** payout-service's own error codes (the shared ones: RUNTIME_ERROR_CODES), one line each. */
export const PAYOUT_ERROR_CODES = {
  PAYOUT_STATUS_CONFLICT: "the payout's status does not allow this action",
  HOLD_NOT_RELEASABLE: 'a hold reason of this payout cannot be released by hand; refuse the payout instead',
  UNPAYABLE_OFFER: 'a finalized offer breaks the payout rules (event consumer: dead-lettered at once)',
} as const satisfies ErrorCodeList;
