import { Controller, Get, Header, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { ApiProblems, NotFoundError } from '@tradein/service-runtime';
import { Box } from '../../boxes/box.entity';
import { IntakeCase } from '../../intake-cases/intake-case.entity';
import { Shipment } from '../../shipments/shipment.entity';

/** The printable label of a shipment: a return printed at the site, a box label at the store, any for ops. */
@ApiTags('shipments')
@ApiBearerAuth('staff-token')
@Controller('v1/shipments')
export class LabelController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':shipmentId/label')
  @Roles('ops', 'grader', 'store_staff')
  @Header('content-type', 'text/plain; charset=utf-8')
  @ApiOperation({ summary: 'The label as ZPL text' })
  @ApiProduces('text/plain')
  @ApiOkResponse({ schema: { type: 'string', example: '^XA^FO50,50^A0N,40^FDSBX001^FS^XZ' }, description: 'ZPL text.' })
  @ApiProblems(403, 404)
  async label(@CurrentPrincipal() p: Principal, @Param('shipmentId', new ParseUUIDPipe()) shipmentId: string): Promise<string> {
    const shipment = await this.dataSource.getRepository(Shipment).findOneBy({ id: shipmentId });
    if (!shipment || !(await this.mayPrint(p, shipment))) throw new NotFoundError('shipment', shipmentId);
    return shipment.label;
  }

  private async mayPrint(p: Principal, s: Shipment): Promise<boolean> {
    if (p.kind !== 'staff') return false;
    if (p.role === 'ops') return true;
    if (s.boxId) {
      const box = await this.dataSource.getRepository(Box).findOneBy({ id: s.boxId });
      return p.role === 'store_staff' && !!box && box.storeId === p.storeId;
    }
    const c = s.tradeInId ? await this.dataSource.getRepository(IntakeCase).findOneBy({ tradeInId: s.tradeInId }) : null;
    if (!c) return false;
    if (p.role === 'grader')
      return !!p.siteId && (s.destinationId === p.siteId || (c.locationType === 'SITE' && c.locationId === p.siteId));
    return false;
  }
}
