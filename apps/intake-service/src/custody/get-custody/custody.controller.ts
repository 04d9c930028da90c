import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DataSource, In } from 'typeorm';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { ApiProblems, InvalidFieldError, NotFoundError } from '@tradein/service-runtime';
import { parseImei } from '@tradein/device-identity';
import { normaliseSerial } from '../../identity/serial-number';
import { IntakeCase } from '../../intake-cases/intake-case.entity';
import { CustodyRecord } from '../custody-record.entity';
import { CustodyChainSchema } from './custody-view.schema';

export interface CustodyView {
  seq: string;
  tradeInId: string;
  deviceKey: string | null;
  action: string;
  actor: string;
  location: { type: string; id: string | null } | null;
  boxId: string | null;
  shipmentId: string | null;
  at: string;
  detail: Record<string, unknown>;
}

function view(r: CustodyRecord): CustodyView {
  return {
    seq: r.id,
    tradeInId: r.tradeInId,
    deviceKey: r.deviceKey,
    action: r.action,
    actor: r.actor,
    location: r.locationType ? { type: r.locationType, id: r.locationId } : null,
    boxId: r.boxId,
    shipmentId: r.shipmentId,
    at: r.occurredAt.toISOString(),
    detail: r.detail,
  };
}

/** Who may read a trade-in's custody: ops; its store's staff; graders of the site it was sent to or sits at. */
function mayRead(p: Principal, c: IntakeCase): boolean {
  if (p.kind !== 'staff') return false;
  if (p.role === 'ops') return true;
  if (p.role === 'store_staff') return !!p.storeId && p.storeId === c.storeId;
  return !!p.siteId && (p.siteId === c.destinationSiteId || (c.locationType === 'SITE' && p.siteId === c.locationId));
}

@ApiTags('custody')
@ApiBearerAuth('staff-token')
@ApiProblems(403)
@Controller('v1')
export class CustodyController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('trade-ins/:tradeInId/custody')
  @ApiProblems(404)
  @ApiOkResponse({ type: CustodyChainSchema })
  @Roles('store_staff', 'grader', 'ops')
  @ApiOperation({ summary: "The chain of custody of a trade-in's device, oldest first" })
  async ofTradeIn(@CurrentPrincipal() principal: Principal, @Param('tradeInId') tradeInId: string): Promise<{ records: CustodyView[] }> {
    const c = await this.dataSource.getRepository(IntakeCase).findOneBy({ tradeInId });
    if (!c || !mayRead(principal, c)) throw new NotFoundError('trade-in', tradeInId);
    const records = await this.dataSource.getRepository(CustodyRecord).find({ where: { tradeInId }, order: { id: 'ASC' } });
    return { records: records.map(view) };
  }

  @Get('custody')
  @ApiQuery({ name: 'imei', required: false, description: 'The device by IMEI (or give serialNumber).' })
  @ApiQuery({ name: 'serialNumber', required: false, description: 'The device by serial number, when it has no IMEI.' })
  @ApiOkResponse({ type: CustodyChainSchema })
  @Roles('ops')
  @ApiOperation({ summary: 'The custody chain of one device across its trade-ins (inbound trip included), by IMEI or serial number' })
  async ofDevice(@Query('imei') imei?: string, @Query('serialNumber') serialNumber?: string): Promise<{ records: CustodyView[] }> {
    let deviceKey: string;
    if (imei) {
      const parsed = parseImei(imei);
      if (!parsed.ok) throw new InvalidFieldError('imei', parsed.reason);
      deviceKey = `IMEI:${parsed.value.imei}`;
    } else if (serialNumber) {
      deviceKey = `SN:${normaliseSerial(serialNumber)}`;
    } else {
      throw new InvalidFieldError('imei', 'give imei or serialNumber');
    }
    // Records before the dock read (label, carrier scans) carry no device key yet: the device's chain is
    // every record of each trade-in it was identified on, plus its own keyed records.
    const repo = this.dataSource.getRepository(CustodyRecord);
    const keyed = await repo.find({ where: { deviceKey }, order: { id: 'ASC' } });
    const tradeInIds = [...new Set(keyed.map((r) => r.tradeInId))];
    const records = tradeInIds.length
      ? await repo.find({ where: [{ deviceKey }, { tradeInId: In(tradeInIds) }], order: { id: 'ASC' } })
      : keyed;
    return { records: records.map(view) };
  }
}
