import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource, IsNull } from 'typeorm';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { ApiProblems, CLOCK, type Clock, ConflictError, NotFoundError } from '@tradein/service-runtime';
import { DEVICE_STATUS_PROVIDER, type DeviceStatusProvider, type DeviceStatusResult } from '../device-status-provider';
import { DeviceStatusAudit } from '../device-status-audit.entity';
import { DeviceStatusEntry } from '../device-status-entry.entity';
import { deviceKeyFromInput } from '../device-key-input';
import { AddBlockListEntryDto, RemoveBlockListEntryDto } from './block-list.dto';
import { BlockListEntrySchema, DeviceStatusSchema } from './block-list-view.schema';

/** The local block list: ops add and remove devices with a reason; every change is audited. */
@ApiTags('block list')
@ApiBearerAuth('staff-token')
@Roles('ops')
@ApiProblems(403)
@Controller('v1/block-list')
export class BlockListController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(DEVICE_STATUS_PROVIDER) private readonly provider: DeviceStatusProvider,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post('entries')
  @HttpCode(201)
  @ApiOperation({ summary: 'List a device as STOLEN, LOST or FINANCED_UNPAID' })
  @ApiCreatedResponse({ type: BlockListEntrySchema })
  @ApiProblems(409)
  async add(@CurrentPrincipal() p: Principal, @Body() dto: AddBlockListEntryDto): Promise<DeviceStatusEntry> {
    const deviceKey = deviceKeyFromInput(dto.imei, dto.serialNumber);
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const entries = manager.getRepository(DeviceStatusEntry);
      if (await entries.existsBy({ deviceKey, status: dto.status, removedAt: IsNull() })) {
        throw new ConflictError('ALREADY_LISTED', `${deviceKey} is already listed as ${dto.status}`);
      }
      const entry = entries.create({
        id: randomUUID(),
        deviceKey,
        status: dto.status,
        reason: dto.reason,
        addedBy: p.subject,
        addedAt: now,
        removedBy: null,
        removedAt: null,
        removalReason: null,
      });
      await entries.insert(entry);
      await manager.getRepository(DeviceStatusAudit).insert({
        entryId: entry.id,
        deviceKey,
        action: 'ADDED',
        status: dto.status,
        reason: dto.reason,
        actor: p.subject,
        at: now,
      });
      return entry;
    });
  }

  @Post('entries/:id/removal')
  @HttpCode(200)
  @ApiOperation({ summary: 'Take a device off the list (recovered, paid off), with the reason' })
  @ApiOkResponse({ type: BlockListEntrySchema })
  @ApiProblems(404, 409)
  async remove(
    @CurrentPrincipal() p: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: RemoveBlockListEntryDto,
  ): Promise<DeviceStatusEntry> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const entries = manager.getRepository(DeviceStatusEntry);
      const entry = await entries.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!entry) throw new NotFoundError('block-list entry', id);
      if (entry.removedAt) throw new ConflictError('ALREADY_REMOVED', `entry ${id} was removed at ${entry.removedAt.toISOString()}`);
      Object.assign(entry, { removedAt: now, removedBy: p.subject, removalReason: dto.reason });
      await entries.save(entry);
      await manager.getRepository(DeviceStatusAudit).insert({
        entryId: id,
        deviceKey: entry.deviceKey,
        action: 'REMOVED',
        status: entry.status,
        reason: dto.reason,
        actor: p.subject,
        at: now,
      });
      return entry;
    });
  }

  @Get('status')
  @ApiOperation({ summary: "A device's current status and its audit trail" })
  @ApiOkResponse({ type: DeviceStatusSchema })
  async status(
    @Query('imei') imei?: string,
    @Query('serialNumber') serialNumber?: string,
  ): Promise<DeviceStatusResult & { deviceKey: string; audit: DeviceStatusAudit[] }> {
    const deviceKey = deviceKeyFromInput(imei, serialNumber);
    const audit = await this.dataSource.getRepository(DeviceStatusAudit).find({ where: { deviceKey }, order: { id: 'ASC' } });
    return { deviceKey, ...(await this.provider.check(deviceKey)), audit };
  }
}
