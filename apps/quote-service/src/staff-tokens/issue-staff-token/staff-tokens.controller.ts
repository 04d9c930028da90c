import { Body, Controller, DefaultValuePipe, Get, HttpCode, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { ApiProblems, InvalidFieldError } from '@tradein/service-runtime';
import { IssueStaffTokenDto } from './issue-staff-token.dto';
import { IssuedStaffTokenSchema, StaffTokenIssuanceListSchema } from './staff-token.schemas';
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
  @ApiCreatedResponse({ type: IssuedStaffTokenSchema })
  // 400: a binding the role needs is missing, or one it must not have is set; 422 UNKNOWN_PARTNER: store_staff for a partner that does not exist.
  @ApiProblems(400, 403, 422)
  issue(@CurrentPrincipal() p: Principal, @Body() dto: IssueStaffTokenDto): Promise<IssuedStaffToken> {
    return this.service.issue(p, dto);
  }

  @Get()
  @ApiOperation({ summary: 'The audit of issued staff tokens, newest first (never the tokens themselves)' })
  @ApiOkResponse({ type: StaffTokenIssuanceListSchema })
  @ApiProblems(400, 403)
  async list(
    @Query(
      'limit',
      new DefaultValuePipe(50),
      new ParseIntPipe({ exceptionFactory: () => new InvalidFieldError('limit', 'must be an integer') }),
    )
    limit: number,
  ): Promise<{ items: StaffTokenIssuanceView[] }> {
    if (limit < 1 || limit > 500) throw new InvalidFieldError('limit', 'must be between 1 and 500');
    return { items: await this.service.list(limit) };
  }
}
