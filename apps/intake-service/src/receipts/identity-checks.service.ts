import { Inject, Injectable } from '@nestjs/common';
import { In, Not, type EntityManager } from 'typeorm';
import { type DeviceIdentityDto } from '@tradein/contracts';
import { IntakeConfig } from '../config/intake.config';
import { DEVICE_STATUS_PROVIDER, type DeviceStatusProvider, type DeviceStatusResult } from '../device-status/device-status-provider';
import { IntakeCase } from '../intake-cases/intake-case.entity';
import { OPEN_WITH_DEVICE } from '../intake-cases/intake-status';
import { type DeviceReading, deviceKeyOf } from '../identity/device-reading';
import { type IdentityVerdict, type IntakePoint, decideIdentity } from '../identity/identity-verdict';
import { TacDirectory } from '../identity/tac-directory.service';

export interface IdentityCheckInput {
  at: IntakePoint;
  reading: DeviceReading;
  activationLock: boolean;
  mdmEnrolled: boolean;
  emptyParcel?: boolean;
  now: Date;
}

export interface IdentityCheckResult {
  verdict: IdentityVerdict;
  deviceKey: string | null;
  identity: DeviceIdentityDto;
}

/** Gathers what the identity decision needs (TAC table, block list, other open trade-ins), then decides. */
@Injectable()
export class IdentityChecks {
  constructor(
    private readonly tacs: TacDirectory,
    @Inject(DEVICE_STATUS_PROVIDER) private readonly deviceStatus: DeviceStatusProvider,
    private readonly config: IntakeConfig,
  ) {}

  async run(manager: EntityManager, c: IntakeCase, input: IdentityCheckInput): Promise<IdentityCheckResult> {
    const hasDevice = !!(input.reading.imei || input.reading.serialNumber);
    const deviceKey = hasDevice ? deviceKeyOf(input.reading) : null;
    const tacRow = input.reading.imei ? await this.tacs.modelOf(manager, input.reading.imei.tac) : null;
    const status: DeviceStatusResult = deviceKey ? await this.deviceStatus.check(deviceKey) : { status: 'UNKNOWN', reasons: [] };
    const duplicate = deviceKey
      ? await manager.getRepository(IntakeCase).existsBy({ deviceKey, tradeInId: Not(c.tradeInId), status: In([...OPEN_WITH_DEVICE]) })
      : false;
    const verdict = decideIdentity({
      at: input.at,
      quoted: { modelId: c.modelId, ...(c.quotedTac ? { tac: c.quotedTac } : {}) },
      reading: input.reading,
      tacModelId: tacRow?.modelId,
      deviceStatus: status,
      activationLock: input.activationLock,
      mdmEnrolled: input.mdmEnrolled,
      duplicateOpenTradeIn: duplicate,
      emptyParcel: input.emptyParcel,
      now: input.now,
      quarantineHoldDays: this.config.QUARANTINE_HOLD_DAYS,
      unknownTac: input.at === 'DOCK' ? this.config.UNKNOWN_TAC_AT_DOCK : this.config.UNKNOWN_TAC_AT_STORE,
    });
    const detected = verdict.kind === 'REFUSED' ? undefined : verdict.detectedModelId;
    const identity: DeviceIdentityDto = {
      ...(input.reading.imei ? { imei: input.reading.imei.imei } : {}),
      ...(input.reading.serialNumber ? { serialNumber: input.reading.serialNumber } : {}),
      ...(detected ? { detectedModelId: detected } : {}),
      blockListStatus: status.status,
      activationLock: input.activationLock,
      mdmEnrolled: input.mdmEnrolled,
      duplicateOpenTradeIn: duplicate,
    };
    return { verdict, deviceKey, identity };
  }
}
