import { Controller, HttpCode, Post, Query } from '@nestjs/common';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { type ClaimResult } from '../claim-job/claim-job.service';
import { ListQueueQuery } from '../list-queue/list-queue.dto';
import { ClaimNextService } from './claim-next.service';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ClaimResultSchema } from '../claim-job/claim-result.schema';
import { ApiProblems } from '@tradein/service-runtime';

@ApiTags('grading queue')
@ApiProblems(403)
@Controller('v1/queue')
export class ClaimNextController {
  constructor(private readonly claims: ClaimNextService) {}

  /** Claims the oldest job you may take at your site; 404 when there is none. */
  @Post('claim-next')
  @ApiOperation({ summary: 'Claim the oldest job you may take' })
  @ApiProblems(404)
  @ApiOkResponse({ type: ClaimResultSchema })
  @HttpCode(200)
  @Roles('grader', 'ops')
  claimNext(@CurrentPrincipal() principal: Principal, @Query() q: ListQueueQuery): Promise<ClaimResult> {
    return this.claims.claimNext(principal, q.siteId);
  }
}
