import { type ErrorCodeList } from '@tradein/service-runtime';

/** grading-service's own error codes (the shared ones: RUNTIME_ERROR_CODES, EVIDENCE_ERROR_CODES), one line each. */
export const GRADING_ERROR_CODES = {
  JOB_ALREADY_CLAIMED: 'another technician holds the grading job until its lease expires',
  JOB_CLOSED: 'the grading job is no longer open',
  LEASE_NOT_HELD: 'claim the grading job first (the lease is missing or expired)',
  JOB_ALREADY_OPEN: 'the device already has an open grading job',
  REGRADE_NEEDS_ANOTHER_TECHNICIAN: 'an appeal regrade must be done by a technician who has not graded this device',
  DEVICE_DETAILS_PENDING: "the device's receipt has not reached grading yet; retry shortly",
  INSPECTION_REQUIRED: 'the inspection must be submitted before the grade',
  INSPECTION_BY_ANOTHER_TECHNICIAN: 'the inspection was submitted by another technician',
  ERASURE_REQUIRED: 'an erasure certificate is needed for each storage medium before grading',
  NOT_QUARANTINED: 'only a quarantined device can be reinspected',
  TRADE_IN_DECLINED: 'the trade-in was declined; the device goes back to the customer',
} as const satisfies ErrorCodeList;
