import { type DeviceReading } from './device-reading';

export type BlockListStatus = 'CLEAR' | 'BLOCKED' | 'FINANCED_UNPAID' | 'UNKNOWN';
export type BlockReason = 'STOLEN' | 'LOST' | 'FINANCED_UNPAID';
export type IntakePoint = 'DOCK' | 'STORE';

/** Everything the identity checks need, gathered by the caller (lookups are I/O; the verdict is not). */
export interface IdentityFacts {
  readonly at: IntakePoint;
  readonly quoted: { readonly modelId: string; readonly tac?: string };
  readonly reading: DeviceReading;
  /** The model the TAC table names for the read TAC; undefined when the TAC is not in the table. */
  readonly tacModelId?: string;
  readonly deviceStatus: { readonly status: BlockListStatus; readonly reasons: readonly BlockReason[] };
  readonly activationLock: boolean;
  readonly mdmEnrolled: boolean;
  /** The same IMEI or serial is on another trade-in that is still open. */
  readonly duplicateOpenTradeIn: boolean;
  /** Dock only: the parcel held no device. */
  readonly emptyParcel?: boolean;
  readonly now: Date;
  readonly quarantineHoldDays: number;
  /**
   * What to do when the TAC table does not know the read TAC: HOLD (suspend at the dock, refuse at the store)
   * or ACCEPT_UNVERIFIED (go on without a model confirmation, noted as MODEL_UNVERIFIED for the grader).
   */
  readonly unknownTac: 'HOLD' | 'ACCEPT_UNVERIFIED';
}

export type SuspensionCategory = 'TRANSPORT_ISSUE' | 'DEVICE_MISMATCH' | 'IDENTITY';

export type IdentityVerdict =
  | { kind: 'RECEIVED'; detectedModelId?: string; notes: string[] }
  | { kind: 'QUARANTINED'; detectedModelId?: string; reasonCodes: string[]; holdUntil: Date; notes: string[] }
  | { kind: 'SUSPENDED'; detectedModelId?: string; reasonCode: string; category: SuspensionCategory; detail: string }
  /** Store only: the customer is at the counter, so a fixable problem is refused and nothing is recorded. */
  | { kind: 'REFUSED'; code: string; field: string; message: string };

const DAY_MS = 86_400_000;

/**
 * The identity decision at a dock or a store counter, in the order a person would check: is there a device,
 * is it the quoted model, then may we hold it (block list, locks, duplicates). A parcel is never a silent
 * loss: whatever cannot be received opens a suspension or a quarantine with its reasons.
 */
export function decideIdentity(f: IdentityFacts): IdentityVerdict {
  if (f.at === 'DOCK' && f.emptyParcel) {
    return { kind: 'SUSPENDED', reasonCode: 'EMPTY_PARCEL', category: 'TRANSPORT_ISSUE', detail: 'the parcel arrived without a device' };
  }

  const model = compareModel(f);
  const unverified = model.kind === 'UNKNOWN_TAC' && f.unknownTac === 'ACCEPT_UNVERIFIED';
  if (model.kind === 'MISMATCH' || (model.kind === 'UNKNOWN_TAC' && !unverified)) {
    if (f.at === 'STORE') {
      return model.kind === 'MISMATCH'
        ? {
            kind: 'REFUSED',
            code: 'DEVICE_MISMATCH',
            field: 'imei',
            message: `the IMEI names model ${model.detected}, not the quoted ${f.quoted.modelId}: quote the device again`,
          }
        : {
            kind: 'REFUSED',
            code: 'TAC_UNKNOWN',
            field: 'imei',
            message: `TAC ${model.tac} is not in the TAC table, so the model cannot be confirmed: ask ops to add it`,
          };
    }
    return model.kind === 'MISMATCH'
      ? {
          kind: 'SUSPENDED',
          detectedModelId: model.detected,
          reasonCode: 'DIFFERENT_DEVICE',
          category: 'DEVICE_MISMATCH',
          detail: `received ${model.detected}, quoted ${f.quoted.modelId}`,
        }
      : {
          kind: 'SUSPENDED',
          reasonCode: 'TAC_UNKNOWN',
          category: 'IDENTITY',
          detail: `TAC ${model.tac} is not in the TAC table; the model cannot be confirmed`,
        };
  }
  const detectedModelId = model.kind === 'MATCH' ? model.detected : undefined;
  const notes = unverified ? ['MODEL_UNVERIFIED'] : [];

  if (f.at === 'STORE' && (f.activationLock || f.mdmEnrolled)) {
    const what = f.activationLock ? 'activation lock (Find My / FRP)' : 'MDM enrolment';
    return {
      kind: 'REFUSED',
      code: f.activationLock ? 'ACTIVATION_LOCK_ON' : 'MDM_ENROLLED',
      field: 'checks.LOCKS',
      message: `the customer must remove the ${what} before intake`,
    };
  }

  const reasonCodes = [
    ...f.deviceStatus.reasons.filter((r) => r !== 'FINANCED_UNPAID').map((r) => `BLOCKLIST_${r}`),
    ...(f.deviceStatus.status === 'BLOCKED' && f.deviceStatus.reasons.length === 0 ? ['BLOCKLIST_BLOCKED'] : []),
    ...(f.activationLock ? ['ACTIVATION_LOCK'] : []),
    ...(f.mdmEnrolled ? ['MDM_ENROLLED'] : []),
    ...(f.duplicateOpenTradeIn ? ['DUPLICATE_OPEN_TRADE_IN'] : []),
  ];
  if (reasonCodes.length > 0) {
    return {
      kind: 'QUARANTINED',
      detectedModelId,
      reasonCodes,
      holdUntil: new Date(f.now.getTime() + f.quarantineHoldDays * DAY_MS),
      notes,
    };
  }
  // FINANCED_UNPAID holds the payout, not the device: it travels in the identity for payout-service to act on.
  return { kind: 'RECEIVED', detectedModelId, notes };
}

type ModelComparison =
  | { kind: 'MATCH'; detected: string }
  | { kind: 'MISMATCH'; detected: string }
  | { kind: 'UNKNOWN_TAC'; tac: string }
  /** No IMEI (a serial-only device): the model is confirmed by the grader's inspection instead. */
  | { kind: 'NOT_APPLICABLE' };

function compareModel(f: IdentityFacts): ModelComparison {
  const imei = f.reading.imei;
  if (!imei) return { kind: 'NOT_APPLICABLE' };
  if (f.tacModelId) {
    return f.tacModelId === f.quoted.modelId ? { kind: 'MATCH', detected: f.tacModelId } : { kind: 'MISMATCH', detected: f.tacModelId };
  }
  // The quote named the device's TAC (read at quote time): the same TAC is the same model.
  if (f.quoted.tac && f.quoted.tac === imei.tac) return { kind: 'MATCH', detected: f.quoted.modelId };
  return { kind: 'UNKNOWN_TAC', tac: imei.tac };
}
