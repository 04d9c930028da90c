import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { assertStoreAccess, CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { callerBinding } from '../../shared/caller-binding';
import { ApiProblems, withIdempotency } from '@tradein/service-runtime';
import { type BoxView } from '../box-views';
import { AddToBoxDto, OpenBoxDto } from './box.dto';
import { StoreBoxesService } from './store-boxes.service';
import { BoxViewSchema, ShippedBoxSchema, StoreBoxesPageSchema } from '../box-view.schema';
import { StoreBoxesQuery } from './store-boxes-query.dto';
import { listStoreBoxes, type StoreBoxSummary } from './store-boxes.query';

@ApiTags('store boxes')
@ApiBearerAuth('staff-token')
@Roles('store_staff', 'ops')
@ApiProblems(403)
@Controller('v1/stores/:storeId/boxes')
export class StoreBoxesController {
  constructor(
    private readonly service: StoreBoxesService,
    private readonly dataSource: DataSource,
  ) {}

  @Post()
  @ApiProblems(422)
  @ApiCreatedResponse({ type: BoxViewSchema })
  @HttpCode(201)
  @ApiOperation({ summary: 'Open a box for a grading site' })
  async open(
    @CurrentPrincipal() p: Principal,
    @Param('storeId') storeId: string,
    @Body() dto: OpenBoxDto,
    @Headers('idempotency-key') key?: string,
  ): Promise<BoxView> {
    return (
      await withIdempotency(
        this.dataSource,
        { operation: `box-open:${storeId}:${callerBinding(p)}`, principal: p },
        key,
        dto,
        async (m) => ({ body: await this.service.open(m, p, storeId, dto.siteId) }),
      )
    ).body;
  }

  @Get()
  @ApiProblems(400)
  @ApiOkResponse({ type: StoreBoxesPageSchema })
  @ApiOperation({ summary: "The store's boxes, open ones first, then newest, with how many devices each holds" })
  list(
    @CurrentPrincipal() p: Principal,
    @Param('storeId') storeId: string,
    @Query() q: StoreBoxesQuery,
  ): Promise<{ total: number; items: StoreBoxSummary[] }> {
    assertStoreAccess(p, storeId);
    return listStoreBoxes(this.dataSource.manager, storeId, q);
  }

  @Get(':boxId')
  @ApiProblems(404)
  @ApiOkResponse({ type: BoxViewSchema })
  @ApiOperation({ summary: 'A box with its items and, once shipped, its manifest' })
  get(
    @CurrentPrincipal() p: Principal,
    @Param('storeId') storeId: string,
    @Param('boxId', new ParseUUIDPipe()) boxId: string,
  ): Promise<BoxView> {
    return this.service.get(this.dataSource.manager, p, storeId, boxId);
  }

  @Post(':boxId/items')
  @ApiProblems(404, 409, 422)
  @ApiOkResponse({ type: BoxViewSchema })
  @HttpCode(200)
  @ApiOperation({ summary: 'Pack a device received at this store (Idempotency-Key: a scan retried after a lost answer packs once)' })
  async add(
    @CurrentPrincipal() p: Principal,
    @Param('storeId') storeId: string,
    @Param('boxId', new ParseUUIDPipe()) boxId: string,
    @Body() dto: AddToBoxDto,
    @Headers('idempotency-key') key?: string,
  ): Promise<BoxView> {
    return (
      await withIdempotency(this.dataSource, { operation: `box-items:${storeId}:${boxId}`, principal: p }, key, dto, async (m) => ({
        status: 200,
        body: await this.service.add(m, p, storeId, boxId, dto.tradeInId),
      }))
    ).body;
  }

  @Post(':boxId/items/:tradeInId/removal')
  @ApiProblems(404, 409)
  @ApiOkResponse({ type: BoxViewSchema })
  @HttpCode(200)
  @ApiOperation({ summary: 'Take a device out of an open box' })
  remove(
    @CurrentPrincipal() p: Principal,
    @Param('storeId') storeId: string,
    @Param('boxId', new ParseUUIDPipe()) boxId: string,
    @Param('tradeInId') tradeInId: string,
  ): Promise<BoxView> {
    return this.dataSource.transaction((m) => this.service.remove(m, p, storeId, boxId, tradeInId));
  }

  @Post(':boxId/close')
  @ApiProblems(404, 409)
  @ApiOkResponse({ type: BoxViewSchema })
  @ApiOperation({ summary: 'Close a box: its manifest is frozen' })
  @HttpCode(200)
  close(
    @CurrentPrincipal() p: Principal,
    @Param('storeId') storeId: string,
    @Param('boxId', new ParseUUIDPipe()) boxId: string,
  ): Promise<BoxView> {
    return this.dataSource.transaction((m) => this.service.close(m, p, storeId, boxId));
  }

  @Post(':boxId/ship')
  @ApiProblems(404, 409)
  @ApiOkResponse({ type: ShippedBoxSchema })
  @HttpCode(200)
  @ApiOperation({ summary: 'Ship a closed box: manifest frozen, insured label issued' })
  ship(
    @CurrentPrincipal() p: Principal,
    @Param('storeId') storeId: string,
    @Param('boxId', new ParseUUIDPipe()) boxId: string,
  ): Promise<BoxView & { label: string; labelFormat: string }> {
    return this.dataSource.transaction((m) => this.service.ship(m, p, storeId, boxId));
  }
}
