import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { ApiProblems, withIdempotency } from '@tradein/service-runtime';
import { type BoxView } from '../box-views';
import { ReceiveBoxDto, ScanBoxDeviceDto } from './site-box.dto';
import { type ScanResult, SiteBoxesService } from './site-boxes.service';
import { BoxViewSchema } from '../box-view.schema';
import { BoxReconciliationSchema, BoxScanResultSchema } from './site-box-scan.schema';

@ApiTags('site boxes')
@ApiBearerAuth('staff-token')
@Roles('grader', 'ops')
@ApiProblems(403)
@Controller('v1/sites/:siteId/boxes')
export class SiteBoxesController {
  constructor(
    private readonly service: SiteBoxesService,
    private readonly dataSource: DataSource,
  ) {}

  @Post('receipts')
  @ApiProblems(404, 409, 422)
  @ApiOkResponse({ type: BoxViewSchema })
  @HttpCode(200)
  @ApiOperation({ summary: 'Receive a store box by its tracking number (Idempotency-Key accepted)' })
  async receive(
    @CurrentPrincipal() p: Principal,
    @Param('siteId') siteId: string,
    @Body() dto: ReceiveBoxDto,
    @Headers('idempotency-key') key?: string,
  ): Promise<BoxView> {
    return (
      await withIdempotency(this.dataSource, { operation: `box-receipts:${siteId}`, principal: p }, key, dto, async (m) => ({
        status: 200,
        body: await this.service.receive(m, p, siteId, dto.trackingNumber),
      }))
    ).body;
  }

  @Post(':boxId/scans')
  @HttpCode(200)
  @ApiOperation({ summary: 'Scan one device out of a received box (Idempotency-Key: a scan retried after a lost answer counts once)' })
  @ApiOkResponse({ type: BoxScanResultSchema })
  @ApiProblems(404, 409, 422)
  async scan(
    @CurrentPrincipal() p: Principal,
    @Param('siteId') siteId: string,
    @Param('boxId', new ParseUUIDPipe()) boxId: string,
    @Body() dto: ScanBoxDeviceDto,
    @Headers('idempotency-key') key?: string,
  ): Promise<ScanResult> {
    return (
      await withIdempotency(this.dataSource, { operation: `box-scans:${siteId}:${boxId}`, principal: p }, key, dto, async (m) => ({
        status: 200,
        body: await this.service.scan(m, p, siteId, boxId, dto),
      }))
    ).body;
  }

  @Post(':boxId/reconciliation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close the unpacking: unscanned manifest lines become MISSING discrepancies' })
  @ApiOkResponse({ type: BoxReconciliationSchema })
  @ApiProblems(404, 409)
  reconcile(
    @CurrentPrincipal() p: Principal,
    @Param('siteId') siteId: string,
    @Param('boxId', new ParseUUIDPipe()) boxId: string,
  ): Promise<{ arrived: string[]; missing: string[]; unexpected: string[] }> {
    return this.dataSource.transaction((m) => this.service.reconcileBox(m, p, siteId, boxId));
  }
}
