import { type ErrorCodeList } from '@tradein/service-runtime';

/** intake-service's own error codes (the shared ones: RUNTIME_ERROR_CODES, EVIDENCE_ERROR_CODES), one line each. */
export const INTAKE_ERROR_CODES = {
  INVALID_SIGNATURE: "the carrier webhook's signature is missing, stale or wrong",
  INVALID_STATE: 'the trade-in is in a state in which its device cannot be received',
  NOT_RECEIVABLE: 'the parcel or device of this trade-in cannot be received again',
  DEVICE_MISMATCH: 'at a store counter: the IMEI names another model than the quoted one; quote again',
  TAC_UNKNOWN: 'at a store counter: the TAC is not in the TAC table, so the model cannot be confirmed',
  NOT_HELD: 'the trade-in is not held, so there is no hold to release',
  NO_DEVICE: 'the trade-in has no device in our hands',
  ALREADY_LISTED: 'the device is already on the block list with this status',
  ALREADY_REMOVED: 'the block-list entry was already removed',
  ALREADY_PACKED: 'the device is already packed in a box (this Idempotency-Key packed another)',
  NOT_PACKABLE: 'the device is not in a state that can be packed into a box',
  BOX_STATE: 'the box is in a state that does not allow this (closed, shipped, received)',
  EMPTY_BOX: 'an empty box cannot be closed',
  MIXED_CURRENCIES: 'a box holds devices quoted in several currencies',
} as const satisfies ErrorCodeList;
