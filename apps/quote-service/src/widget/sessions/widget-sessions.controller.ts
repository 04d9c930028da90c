import { randomUUID } from 'node:crypto';
import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import {
  AUTH_OPTIONS,
  type AuthOptions,
  CurrentPrincipal,
  ForbiddenError,
  type Principal,
  Roles,
  WIDGET_SESSION_TTL_SECONDS,
  signWidgetToken,
} from '@tradein/auth';
import { InvalidFieldError } from '@tradein/service-runtime';
import { PartnerProgramEntity } from '../../partners/partner-program.entity';
import { PARTNER_RATE_LIMIT } from '../../shared/caller-scope';
import { WidgetOriginsService } from '../origins/widget-origins.service';
import { CreateWidgetSessionDto } from './create-widget-session.dto';
import { WidgetSessionSchema } from '../widget-view.schema';

/**
 * The partner's server (never a browser: it holds the API key) mints a short-lived widget session for one
 * shopper. The token carries the role `widget`, bound to the partner, program, market, shop origin and a
 * session id; it opens only the widget's routes (@WidgetAllowed), from that origin only.
 */
@ApiTags('widget')
@ApiSecurity('partner-api-key')
@Throttle(PARTNER_RATE_LIMIT)
@Roles('partner')
@Controller('v1/widget-sessions')
export class WidgetSessionsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly origins: WidgetOriginsService,
    @Inject(AUTH_OPTIONS) private readonly auth: AuthOptions,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Mint a 20-minute widget session token for one shopper on one of your shop origins (API key only)' })
  @ApiResponse({
    status: 201,
    type: WidgetSessionSchema,
    example: {
      token: 'eyJhbGciOiJIUzI1NiIs…',
      tokenType: 'Bearer',
      sessionId: '6c0e2f1a-8b3d-4e5f-9a7b-1c2d3e4f5a6b',
      expiresIn: WIDGET_SESSION_TTL_SECONDS,
      expiresAt: '2026-03-01T09:20:00.000Z',
      partnerId: 'acme-games',
      programId: null,
      market: 'FR',
      origin: 'https://shop.acme-games.example',
    },
  })
  @ApiResponse({ status: 400, description: 'INVALID_FIELD origin (not registered) or programId (not yours)' })
  @ApiResponse({ status: 403, description: 'FORBIDDEN: only an API key mints widget sessions' })
  async create(@Body() dto: CreateWidgetSessionDto, @CurrentPrincipal() p: Principal) {
    if (p.kind !== 'partner' || !p.keyId) throw new ForbiddenError('only a partner API key can mint widget sessions');
    if (!(await this.origins.isRegisteredFor(p.partnerId, dto.origin))) {
      throw new InvalidFieldError('origin', `${dto.origin} is not one of your registered widget origins (POST /v1/widget-origins)`);
    }
    if (p.programId && dto.programId && dto.programId !== p.programId) {
      throw new InvalidFieldError('programId', `this API key is bound to the program ${p.programId}`);
    }
    const programId = dto.programId ?? p.programId;
    if (programId && !(await this.dataSource.getRepository(PartnerProgramEntity).existsBy({ id: programId, partnerId: p.partnerId }))) {
      throw new InvalidFieldError('programId', `unknown program ${programId}`);
    }
    const sessionId = randomUUID();
    const token = signWidgetToken(
      { sessionId, partnerId: p.partnerId, market: dto.market, origin: dto.origin, ...(programId ? { programId } : {}) },
      this.auth,
    );
    return {
      token,
      tokenType: 'Bearer',
      sessionId,
      expiresIn: WIDGET_SESSION_TTL_SECONDS,
      // Wall time, not the service clock: the token's exp is checked against wall time (a moved dev clock aside).
      expiresAt: new Date(Date.now() + WIDGET_SESSION_TTL_SECONDS * 1000).toISOString(),
      partnerId: p.partnerId,
      programId: programId ?? null,
      market: dto.market,
      origin: dto.origin,
    };
  }
}
