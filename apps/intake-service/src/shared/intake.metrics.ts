import { counter } from '@tradein/observability';

/** Counted after the transaction commits, so rolled-back attempts are not counted. */
export const receiptsCounter = counter('intake_receipts_total', 'Devices received, by intake point and outcome', ['point', 'outcome']);
export const carrierScansCounter = counter('intake_carrier_scans_total', 'Carrier scans, by result', ['result']);
