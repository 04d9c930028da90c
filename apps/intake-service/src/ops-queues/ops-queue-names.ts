/** The ops work queues intake-service answers (GET /v1/ops/queues/{queue}). */
export const OPS_QUEUES = ['unshipped', 'carrier-exceptions', 'suspended', 'quarantined', 'boxes-in-transit', 'label-failures'] as const;
export type OpsQueue = (typeof OPS_QUEUES)[number];
