import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { DeviceQuarantined, DeviceReceived, DeviceSuspended, type NewEvent } from '@tradein/contracts';
import { OutboxWriter } from '@tradein/messaging';
import { ConflictError } from '@tradein/service-runtime';
import { CustodyLog } from '../custody/custody-log.service';
import { type IdentityCheckResult } from './identity-checks.service';
import { caseEvent } from '../intake-cases/case-event';
import { StoreCheck } from '../intake-cases/store-check.entity';
import { DeviceReceipt } from '../intake-cases/device-receipt.entity';
import { IntakeCase } from '../intake-cases/intake-case.entity';
import { canMove } from '../intake-cases/intake-status';

export interface ReceiptFacts {
  point: 'DOCK' | 'STORE';
  location: { type: 'SITE' | 'STORE'; id: string };
  check: IdentityCheckResult;
  evidenceRefs: string[];
  performedBy: string;
  at: Date;
  shipmentId?: string;
  parcelWeightGrams?: number;
  emptyParcel?: boolean;
  storeChecks?: Readonly<Record<string, string>>;
}

export interface ReceiptOutcome {
  tradeInId: string;
  receiptId: string;
  outcome: 'RECEIVED' | 'QUARANTINED' | 'SUSPENDED';
  status: IntakeCase['status'];
  reasonCodes: string[];
  holdUntil?: string;
  identity: IdentityCheckResult['identity'];
}

/**
 * Records one receipt: the receipt row (and the store's guided checks), the case's new state, the custody
 * record and the outgoing event, all in the caller's transaction.
 */
@Injectable()
export class ReceiptRecorder {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly custody: CustodyLog,
  ) {}

  async record(manager: EntityManager, c: IntakeCase, f: ReceiptFacts): Promise<ReceiptOutcome> {
    const v = f.check.verdict;
    if (v.kind === 'REFUSED') throw new Error('a refused intake is never recorded');
    if (!canMove(c.status, v.kind))
      throw new ConflictError('INVALID_STATE', `trade-in ${c.tradeInId} is ${c.status} and cannot be received`);
    const reasonCodes = v.kind === 'QUARANTINED' ? [...v.reasonCodes, ...v.notes] : v.kind === 'SUSPENDED' ? [v.reasonCode] : v.notes;
    const receiptId = randomUUID();
    const id = f.check.identity;
    await manager.getRepository(DeviceReceipt).insert({
      id: receiptId,
      tradeInId: c.tradeInId,
      point: f.point,
      locationType: f.location.type,
      locationId: f.location.id,
      shipmentId: f.shipmentId ?? null,
      parcelWeightGrams: f.parcelWeightGrams ?? null,
      emptyParcel: f.emptyParcel ?? false,
      evidenceRefs: f.evidenceRefs,
      deviceKey: f.check.deviceKey,
      imei: id.imei ?? null,
      serialNumber: id.serialNumber ?? null,
      detectedModelId: id.detectedModelId ?? null,
      blockListStatus: id.blockListStatus,
      activationLock: id.activationLock,
      mdmEnrolled: id.mdmEnrolled,
      duplicateOpenTradeIn: id.duplicateOpenTradeIn,
      outcome: v.kind,
      reasonCodes,
      performedBy: f.performedBy,
      performedAt: f.at,
    });
    if (f.storeChecks) {
      await manager.getRepository(StoreCheck).insert(
        Object.entries(f.storeChecks).map(([code, result]) => ({
          id: randomUUID(),
          receiptId,
          tradeInId: c.tradeInId,
          code,
          result,
          performedBy: f.performedBy,
          performedAt: f.at,
        })),
      );
    }

    Object.assign(c, {
      status: v.kind,
      deviceKey: f.check.deviceKey,
      imei: id.imei ?? null,
      serialNumber: id.serialNumber ?? null,
      detectedModelId: id.detectedModelId ?? null,
      blockListStatus: id.blockListStatus,
      activationLock: id.activationLock,
      mdmEnrolled: id.mdmEnrolled,
      duplicateOpenTradeIn: id.duplicateOpenTradeIn,
      locationType: f.location.type,
      locationId: f.location.id,
      receivedAt: f.at,
      receivedBy: f.performedBy,
      holdReasonCodes: v.kind === 'QUARANTINED' ? v.reasonCodes : null,
      holdUntil: v.kind === 'QUARANTINED' ? v.holdUntil : null,
      suspensionReasonCode: v.kind === 'SUSPENDED' ? v.reasonCode : null,
      suspensionCategory: v.kind === 'SUSPENDED' ? v.category : null,
      suspensionDetail: v.kind === 'SUSPENDED' ? v.detail : null,
    });
    await manager.getRepository(IntakeCase).save(c);

    const action = v.kind === 'RECEIVED' ? (f.point === 'DOCK' ? 'RECEIVED_AT_SITE' : 'RECEIVED_AT_STORE') : v.kind;
    await this.custody.append(manager, {
      tradeInId: c.tradeInId,
      deviceKey: f.check.deviceKey,
      action,
      actor: f.performedBy,
      locationType: f.location.type,
      locationId: f.location.id,
      shipmentId: f.shipmentId ?? null,
      at: f.at,
      detail: {
        receiptId,
        reasonCodes,
        ...(f.parcelWeightGrams !== undefined ? { parcelWeightGrams: f.parcelWeightGrams } : {}),
        evidenceRefs: f.evidenceRefs,
      },
    });

    let event: NewEvent<object>;
    if (v.kind === 'RECEIVED') {
      event = caseEvent(
        c,
        DeviceReceived,
        {
          location: f.location,
          device: {
            modelId: c.modelId,
            ...(c.variantId ? { variantId: c.variantId } : {}),
            category: c.category,
            ...(id.imei ? { tac: id.imei.slice(0, 8) } : {}),
          },
          identity: id,
          receivedAt: f.at.toISOString(),
          receivedBy: f.performedBy,
          evidenceRefs: f.evidenceRefs,
          ...(f.storeChecks ? { storeChecks: { ...f.storeChecks } } : {}),
        },
        f.at,
      );
    } else if (v.kind === 'QUARANTINED') {
      event = caseEvent(
        c,
        DeviceQuarantined,
        { location: f.location, identity: id, reasonCodes: v.reasonCodes, holdUntil: v.holdUntil.toISOString() },
        f.at,
      );
    } else {
      event = caseEvent(
        c,
        DeviceSuspended,
        { reasonCode: v.reasonCode, category: v.category, detail: v.detail, evidenceRefs: f.evidenceRefs },
        f.at,
      );
    }
    await this.outbox.append(manager, event);
    return {
      tradeInId: c.tradeInId,
      receiptId,
      outcome: v.kind,
      status: c.status,
      reasonCodes,
      identity: id,
      ...(v.kind === 'QUARANTINED' ? { holdUntil: v.holdUntil.toISOString() } : {}),
    };
  }
}
