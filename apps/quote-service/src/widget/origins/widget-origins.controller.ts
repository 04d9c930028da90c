import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { CurrentPrincipal, type Principal, Roles, partnerScope } from '@tradein/auth';
import { ApiProblems, InvalidFieldError } from '@tradein/service-runtime';
import { PARTNER_RATE_LIMIT } from '../../shared/caller-scope';
import { WidgetOriginDto } from './widget-origin.dto';
import { WidgetOriginsService } from './widget-origins.service';
import { WidgetOriginsSchema } from '../widget-view.schema';

const ORIGINS_EXAMPLE = { partnerId: 'acme-games', origins: ['https://shop.acme-games.example'] };

/** Ops register any partner's shop origins. */
@ApiTags('partners (ops)')
@ApiBearerAuth('staff-token')
@Roles('ops')
@ApiProblems(403)
@Controller('v1/partners/:partnerId/widget-origins')
export class OpsWidgetOriginsController {
  constructor(private readonly origins: WidgetOriginsService) {}

  @Get()
  @ApiOperation({ summary: "A partner's registered widget (shop) origins" })
  @ApiResponse({ status: 200, type: WidgetOriginsSchema, example: ORIGINS_EXAMPLE })
  @ApiProblems(404)
  async list(@Param('partnerId') partnerId: string) {
    return { partnerId, origins: await this.origins.list(partnerId) };
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: "Register a shop origin for the partner's widget (idempotent)" })
  @ApiResponse({ status: 200, type: WidgetOriginsSchema, example: ORIGINS_EXAMPLE })
  @ApiResponse({ status: 400, description: 'INVALID_FIELD origin: must use https, exactly scheme://host[:port]' })
  @ApiProblems(404)
  async add(@Param('partnerId') partnerId: string, @Body() dto: WidgetOriginDto) {
    return { partnerId, origins: await this.origins.add(partnerId, dto.origin) };
  }

  @Delete()
  @ApiQuery({
    name: 'origin',
    required: true,
    description: 'The origin to remove, scheme://host[:port].',
    example: 'https://shop.acme-games.example',
  })
  @ApiOperation({ summary: 'Remove a shop origin (?origin=…): CORS and new widget sessions stop for it' })
  @ApiResponse({ status: 200, type: WidgetOriginsSchema, example: { partnerId: 'acme-games', origins: [] } })
  @ApiProblems(404)
  async remove(@Param('partnerId') partnerId: string, @Query('origin') origin: string | undefined) {
    if (!origin) throw new InvalidFieldError('origin', 'query parameter is required');
    return { partnerId, origins: await this.origins.remove(partnerId, origin) };
  }
}

/** A partner registers its own shop origins with its API key. */
@ApiTags('partners')
@ApiSecurity('partner-api-key')
@Throttle(PARTNER_RATE_LIMIT)
@Roles('partner')
@ApiProblems(403)
@Controller('v1/widget-origins')
export class PartnerWidgetOriginsController {
  constructor(private readonly origins: WidgetOriginsService) {}

  @Get()
  @ApiOperation({ summary: 'Your registered widget (shop) origins' })
  @ApiResponse({ status: 200, type: WidgetOriginsSchema, example: ORIGINS_EXAMPLE })
  async list(@CurrentPrincipal() p: Principal) {
    const partnerId = partnerScope(p) as string;
    return { partnerId, origins: await this.origins.list(partnerId) };
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Register one of your shop origins (idempotent)' })
  @ApiResponse({ status: 200, type: WidgetOriginsSchema, example: ORIGINS_EXAMPLE })
  @ApiResponse({ status: 400, description: 'INVALID_FIELD origin' })
  async add(@CurrentPrincipal() p: Principal, @Body() dto: WidgetOriginDto) {
    const partnerId = partnerScope(p) as string;
    return { partnerId, origins: await this.origins.add(partnerId, dto.origin) };
  }

  @Delete()
  @ApiQuery({
    name: 'origin',
    required: true,
    description: 'The origin to remove, scheme://host[:port].',
    example: 'https://shop.acme-games.example',
  })
  @ApiOperation({ summary: 'Remove one of your shop origins (?origin=…)' })
  @ApiResponse({ status: 200, type: WidgetOriginsSchema, example: { partnerId: 'acme-games', origins: [] } })
  @ApiProblems(404)
  async remove(@CurrentPrincipal() p: Principal, @Query('origin') origin: string | undefined) {
    if (!origin) throw new InvalidFieldError('origin', 'query parameter is required');
    const partnerId = partnerScope(p) as string;
    return { partnerId, origins: await this.origins.remove(partnerId, origin) };
  }
}
