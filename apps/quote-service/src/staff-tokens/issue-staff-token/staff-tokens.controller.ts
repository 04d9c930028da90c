import { Body, Controller, DefaultValuePipe, Get, HttpCode, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { InvalidFieldError } from '@tradein/service-runtime';
import { IssueStaffTokenDto } from './issue-staff-token.dto';
import { type IssuedStaffToken, type StaffTokenIssuanceView, StaffTokensService } from './staff-tokens.service';

@ApiTags('staff tokens')
@ApiBearerAuth('staff-token')
@Roles('ops')
@Controller('v1/ops/staff-tokens')
export class StaffTokensController {
  constructor(private readonly service: StaffTokensService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Issue a staff token: store_staff (store + existing partner), grader (site) or ops; at most 12 h; audited' })
  @ApiResponse({
    status: 201,
    schema: { example: { issuanceId: '6f1c…', token: 'eyJhbGciOiJIUzI1NiIs…', tokenType: 'Bearer', expiresIn: 28800, expiresAt: '2026-12-03T18:00:00.000Z', claims: { sub: 'camille.martin', role: 'store_staff', storeId: 'STORE-DEMO-1', partnerId: 'demo-partner' } } },
  })
  @ApiResponse({ status: 400, description: 'VALIDATION_FAILED: a binding the role needs is missing, or one it must not have is set' })
  @ApiResponse({ status: 422, description: 'UNKNOWN_PARTNER: store_staff for a partner that does not exist' })
  issue(@CurrentPrincipal() p: Principal, @Body() dto: IssueStaffTokenDto): Promise<IssuedStaffToken> {
    return this.service.issue(p, dto);
  }

  @Get()
  @ApiOperation({ summary: 'The audit of issued staff tokens, newest first (never the tokens themselves)' })
  async list(@Query('limit', new DefaultValuePipe(50), new ParseIntPipe({ exceptionFactory: () => new InvalidFieldError('limit', 'must be an integer') })) limit: number): Promise<{ items: StaffTokenIssuanceView[] }> {
    if (limit < 1 || limit > 500) throw new InvalidFieldError('limit', 'must be between 1 and 500');
    return { items: await this.service.list(limit) };
  }
}
