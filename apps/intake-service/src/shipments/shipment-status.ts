/** Normalised carrier milestones: every carrier adapter maps its own scan codes onto these. */
export const CARRIER_EVENT_STATUSES = ['LABEL_CREATED', 'IN_TRANSIT', 'DELIVERED_TO_SITE', 'EXCEPTION'] as const;
export type CarrierEventStatus = (typeof CARRIER_EVENT_STATUSES)[number];

export const SHIPMENT_STATUSES = ['LABEL_ISSUED', 'IN_TRANSIT', 'EXCEPTION', 'DELIVERED', 'VOIDED'] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

/** How far along a parcel is; scans only ever move it forward, so late or repeated scans change nothing. */
const PROGRESS: Readonly<Record<ShipmentStatus, number>> = {
  LABEL_ISSUED: 0,
  IN_TRANSIT: 1,
  EXCEPTION: 1,
  DELIVERED: 2,
  VOIDED: 3,
};

const STATUS_OF_EVENT: Readonly<Record<CarrierEventStatus, ShipmentStatus>> = {
  LABEL_CREATED: 'LABEL_ISSUED',
  IN_TRANSIT: 'IN_TRANSIT',
  DELIVERED_TO_SITE: 'DELIVERED',
  EXCEPTION: 'EXCEPTION',
};

export interface ShipmentProgress {
  readonly status: ShipmentStatus;
  /** When the scan that set the current status happened (carrier time), if any did. */
  readonly statusAt?: Date;
  /** Whether an in-transit milestone was already announced (it is announced once). */
  readonly inTransitAnnounced: boolean;
}

export type ScanOutcome = {
  readonly next: ShipmentProgress;
  /** Which platform event this scan announces, if any. */
  readonly announce: 'IN_TRANSIT' | 'DELIVERED' | 'EXCEPTION' | null;
};

/**
 * Applies one new (already de-duplicated) carrier scan. A scan older than the parcel's progress is kept in
 * the history but moves nothing; between IN_TRANSIT and EXCEPTION (same progress) the later scan wins, so a
 * parcel that recovers from an exception is in transit again. A voided label stays voided.
 */
export function applyScan(current: ShipmentProgress, scan: { status: CarrierEventStatus; at: Date }): ScanOutcome {
  const target = STATUS_OF_EVENT[scan.status];
  if (current.status === 'VOIDED' || current.status === 'DELIVERED') return { next: current, announce: null };
  const ahead = PROGRESS[target] > PROGRESS[current.status];
  const sameStepLater =
    PROGRESS[target] === PROGRESS[current.status] &&
    target !== current.status &&
    (!current.statusAt || scan.at.getTime() > current.statusAt.getTime());
  // A late exception scan is kept in the history only: the parcel has already moved past it.
  if (!ahead && !sameStepLater) return { next: current, announce: null };
  const next: ShipmentProgress = {
    status: target,
    statusAt: scan.at,
    inTransitAnnounced: current.inTransitAnnounced || target === 'IN_TRANSIT' || target === 'DELIVERED',
  };
  if (target === 'DELIVERED') return { next, announce: 'DELIVERED' };
  if (target === 'EXCEPTION') return { next, announce: 'EXCEPTION' };
  if (target === 'IN_TRANSIT' && !current.inTransitAnnounced) return { next, announce: 'IN_TRANSIT' };
  return { next, announce: null };
}

/** Only a label nobody has used can be voided. */
export function canVoid(status: ShipmentStatus): boolean {
  return status === 'LABEL_ISSUED';
}
