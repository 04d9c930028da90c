import { type ErrorCodeList } from '@tradein/service-runtime';

/** quote-service's own error codes (the shared ones: RUNTIME_ERROR_CODES), one line each; docs/error-codes.md lists them. */
export const QUOTE_ERROR_CODES = {
  UNKNOWN_MODEL: 'the quote names a model that is not in the catalog',
  UNKNOWN_VARIANT: 'the quote names a variant the model does not have',
  NOT_PRICED_IN_MARKET: 'the model has no price in the quote’s market',
  IMEI_MODEL_MISMATCH: "the IMEI's type allocation code belongs to another model",
  QUOTE_EXPIRED: 'the quote has expired; ask for a new quote',
  QUOTE_CANCELLED: 'the quote was cancelled',
  QUOTE_ALREADY_ACCEPTED: 'the quote was already accepted',
  TOO_LATE_TO_CANCEL: 'a trade-in can be cancelled only before its device ships',
  OFFER_NOT_OPEN: 'there is no offer in a state that allows this (finalize, revise, decline)',
  NO_REVISED_OFFER: 'the trade-in has no revised offer awaiting an answer',
  ANSWER_WINDOW_CLOSED: 'the window to answer the revised offer has closed',
  APPEAL_ALREADY_REQUESTED: 'an appeal is already open for this offer',
  PRICE_TABLE_INVALID: 'the uploaded price table breaks a rule; `errors` names each line',
  PARTNER_EXISTS: 'a partner with this id already exists',
  PROGRAM_EXISTS: 'a partner program with this id already exists',
  TAC_EXISTS: 'this type allocation code is already mapped to a model',
  UNKNOWN_PARTNER: 'a staff token names a partner that does not exist',
  WEBHOOK_URL_REJECTED: 'the webhook URL is not HTTPS, does not resolve, or points at a private address',
} as const satisfies ErrorCodeList;
