import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { DeviceReceived, DeviceReleased, type NewEvent } from '@tradein/contracts';
import { OutboxWriter } from '@tradein/messaging';
import { ApiProblems, CLOCK, type Clock, ConflictError, NotFoundError } from '@tradein/service-runtime';
import { CustodyLog } from '../../custody/custody-log.service';
import { IntakeCase } from '../../intake-cases/intake-case.entity';
import { ReturnShipments } from '../../returns/ship-return/return-shipments.service';
import { caseEvent } from '../../intake-cases/case-event';
import { ReleaseHoldDto } from './release-hold.dto';
import { ReleasedHoldSchema } from './released-hold.schema';

/**
 * Ops end a quarantine or a suspension: to grading (the device is then received, and a grading job opens on
 * the device.received that follows device.released) or back to its owner on an insured return.
 */
@ApiTags('holds')
@ApiBearerAuth('staff-token')
@Roles('ops')
@ApiProblems(403)
@Controller('v1/holds')
export class ReleaseHoldController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly custody: CustodyLog,
    private readonly returns: ReturnShipments,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':tradeInId/release')
  @HttpCode(200)
  @ApiOperation({ summary: 'Release a quarantined or suspended device to grading or to its owner' })
  @ApiOkResponse({ type: ReleasedHoldSchema })
  @ApiProblems(404, 409)
  release(
    @CurrentPrincipal() p: Principal,
    @Param('tradeInId') tradeInId: string,
    @Body() dto: ReleaseHoldDto,
  ): Promise<{ tradeInId: string; status: string }> {
    return this.dataSource.transaction(async (m) => {
      const c = await m.getRepository(IntakeCase).findOne({ where: { tradeInId }, lock: { mode: 'pessimistic_write' } });
      if (!c) throw new NotFoundError('trade-in', tradeInId);
      if (c.status !== 'QUARANTINED' && c.status !== 'SUSPENDED')
        throw new ConflictError('NOT_HELD', `trade-in ${tradeInId} is ${c.status}, not held`);
      // An empty parcel has no device to send anywhere: it can only be closed by the investigation.
      if (!c.deviceKey) throw new ConflictError('NO_DEVICE', `trade-in ${tradeInId} has no device in our hands`);
      const now = this.clock.now();
      const from = c.status;
      await this.custody.append(m, {
        tradeInId,
        deviceKey: c.deviceKey,
        action: 'RELEASED',
        actor: p.subject,
        locationType: c.locationType,
        locationId: c.locationId,
        at: now,
        detail: { from, to: dto.to, reason: dto.reason },
      });
      const events: NewEvent<object>[] = [caseEvent(c, DeviceReleased, { releasedTo: dto.to, reason: dto.reason }, now)];
      if (dto.to === 'TO_OWNER') {
        const shipped = await this.returns.start(m, c, p.subject, now);
        if (shipped) events.push(shipped);
      } else {
        Object.assign(c, {
          status: 'RECEIVED',
          holdUntil: null,
          holdReasonCodes: null,
          suspensionReasonCode: null,
          suspensionCategory: null,
          suspensionDetail: null,
        });
        await m.getRepository(IntakeCase).save(c);
        events.push(
          caseEvent(
            c,
            DeviceReceived,
            {
              location: { type: c.locationType ?? 'SITE', id: c.locationId ?? '' },
              device: {
                modelId: c.modelId,
                ...(c.variantId ? { variantId: c.variantId } : {}),
                category: c.category,
                ...(c.imei ? { tac: c.imei.slice(0, 8) } : {}),
              },
              identity: {
                ...(c.imei ? { imei: c.imei } : {}),
                ...(c.serialNumber ? { serialNumber: c.serialNumber } : {}),
                ...(c.detectedModelId ? { detectedModelId: c.detectedModelId } : {}),
                blockListStatus: c.blockListStatus ?? 'UNKNOWN',
                activationLock: c.activationLock ?? false,
                mdmEnrolled: c.mdmEnrolled ?? false,
                duplicateOpenTradeIn: c.duplicateOpenTradeIn ?? false,
              },
              receivedAt: now.toISOString(),
              receivedBy: p.subject,
              evidenceRefs: [],
            },
            now,
          ),
        );
      }
      await this.outbox.append(m, events);
      return { tradeInId, status: c.status };
    });
  }
}
