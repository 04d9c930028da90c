import { Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { AUTH_OPTIONS, type AuthOptions, CurrentPrincipal, ForbiddenError, type Principal, Roles, signStaffToken } from '@tradein/auth';
import { PARTNER_RATE_LIMIT } from '../../shared/caller-scope';
import { PartnerTokenSchema } from '../manage-partners/partner-view.schema';

/** Lifetime of an exchanged token: short, so a revoked API key stops working everywhere within it. */
export const PARTNER_TOKEN_TTL_SECONDS = 900;

/**
 * Partners hold API keys only here (ADR 0003). To read what other services keep for them (payout
 * destinations, settlement reports) they exchange a live key for a short-lived partner JWT that
 * every service verifies. Only a key can be exchanged: a token cannot mint further tokens.
 */
@ApiTags('partners')
@ApiSecurity('partner-api-key')
@Throttle(PARTNER_RATE_LIMIT)
@Roles('partner')
@Controller('v1/partner-tokens')
export class PartnerTokenController {
  constructor(@Inject(AUTH_OPTIONS) private readonly auth: AuthOptions) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Exchange the API key for a 15-minute partner token usable with payout-service' })
  @ApiResponse({
    status: 201,
    type: PartnerTokenSchema,
    example: { token: 'eyJhbGciOiJIUzI1NiIs…', tokenType: 'Bearer', expiresIn: 900, partnerId: 'acme-games' },
  })
  @ApiResponse({ status: 403, description: 'FORBIDDEN: only an API key can be exchanged' })
  issue(@CurrentPrincipal() p: Principal) {
    if (p.kind !== 'partner' || !p.keyId) throw new ForbiddenError('only an API key can be exchanged for a partner token');
    const token = signStaffToken(
      { sub: p.subject, role: 'partner', partnerId: p.partnerId, ...(p.programId ? { programId: p.programId } : {}) },
      this.auth,
      PARTNER_TOKEN_TTL_SECONDS,
    );
    return { token, tokenType: 'Bearer', expiresIn: PARTNER_TOKEN_TTL_SECONDS, partnerId: p.partnerId };
  }
}
