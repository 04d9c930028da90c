import { Body, Controller, Get, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { ApiIdempotencyKey, ApiProblems, withIdempotency } from '@tradein/service-runtime';
import { type ReceiptOutcome } from '../receipts/receipt-recorder.service';
import { receiptsCounter } from '../shared/intake.metrics';
import { DockReceiptDto } from './dock-receipt.dto';
import { DockReceiptService, type ParcelView } from './dock-receipt.service';
import { ReceiptOutcomeSchema } from '../receipts/receipt-outcome.schema';
import { ParcelViewSchema } from './parcel-view.schema';

@ApiTags('dock receipt')
@ApiBearerAuth('staff-token')
@ApiProblems(403)
@Controller('v1/dock')
export class DockReceiptController {
  constructor(
    private readonly service: DockReceiptService,
    private readonly dataSource: DataSource,
  ) {}

  @Get('parcels/:trackingNumber')
  @Roles('grader', 'ops')
  @ApiOperation({ summary: 'Find a parcel by its scanned tracking number' })
  @ApiOkResponse({ type: ParcelViewSchema })
  @ApiProblems(404)
  findParcel(@CurrentPrincipal() principal: Principal, @Param('trackingNumber') trackingNumber: string): Promise<ParcelView> {
    return this.service.findParcel(principal, trackingNumber);
  }

  @Post('receipts')
  @Roles('grader', 'ops')
  @HttpCode(201)
  @ApiOperation({ summary: 'Receive a parcel: weight, unboxing evidence, IMEI or serial, identity checks' })
  @ApiCreatedResponse({ type: ReceiptOutcomeSchema })
  @ApiIdempotencyKey()
  @ApiProblems(404, 409, 422)
  async receive(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: DockReceiptDto,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<ReceiptOutcome> {
    const r = await withIdempotency(this.dataSource, { operation: 'dock-receipt', principal }, idempotencyKey, dto, async (manager) => ({
      body: await this.service.receive(manager, principal, dto),
    }));
    if (!r.replayed) receiptsCounter.inc({ point: 'DOCK', outcome: r.body.outcome });
    return r.body;
  }
}
