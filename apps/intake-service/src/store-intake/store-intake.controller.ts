import { Body, Controller, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { callerBinding } from '../shared/caller-binding';
import { ApiIdempotencyKey, ApiProblems, withIdempotency } from '@tradein/service-runtime';
import { ReceiptOutcomeSchema } from '../receipts/receipt-outcome.schema';
import { type ReceiptOutcome } from '../receipts/receipt-recorder.service';
import { receiptsCounter } from '../shared/intake.metrics';
import { StoreIntakeDto } from './store-intake.dto';
import { StoreIntakeService } from './store-intake.service';

@ApiTags('store intake')
@ApiBearerAuth('staff-token')
@ApiProblems(403)
@Controller('v1/stores/:storeId/intakes')
export class StoreIntakeController {
  constructor(
    private readonly service: StoreIntakeService,
    private readonly dataSource: DataSource,
  ) {}

  @Post()
  @Roles('store_staff', 'ops')
  @HttpCode(201)
  @ApiOperation({ summary: 'Take a device in at the store counter: IMEI, model from TAC, guided checks' })
  @ApiCreatedResponse({ type: ReceiptOutcomeSchema })
  @ApiIdempotencyKey()
  @ApiProblems(404, 409, 422)
  async intake(
    @CurrentPrincipal() principal: Principal,
    @Param('storeId') storeId: string,
    @Body() dto: StoreIntakeDto,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<ReceiptOutcome> {
    const r = await withIdempotency(
      this.dataSource,
      { operation: `store-intake:${storeId}:${callerBinding(principal)}`, principal },
      idempotencyKey,
      dto,
      async (manager) => ({ body: await this.service.intake(manager, principal, storeId, dto) }),
    );
    if (!r.replayed) receiptsCounter.inc({ point: 'STORE', outcome: r.body.outcome });
    return r.body;
  }
}
