import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { JobIdPipe } from '../job-id.pipe';
import { type ClaimResult, ClaimJobService } from './claim-job.service';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '@tradein/service-runtime';
import { ClaimResultSchema } from './claim-result.schema';

@ApiTags('grading queue')
@ApiProblems(403)
@Controller('v1/jobs')
export class ClaimJobController {
  constructor(private readonly claims: ClaimJobService) {}

  /** Claim a job, or renew your own lease on it. 409 when another technician holds it. */
  @Post(':jobId/claim')
  @ApiOperation({ summary: 'Claim a job, or renew your own lease on it' })
  @ApiProblems(404, 409)
  @ApiOkResponse({ type: ClaimResultSchema })
  @HttpCode(200)
  @Roles('grader', 'ops')
  claim(@CurrentPrincipal() principal: Principal, @Param('jobId', JobIdPipe) jobId: string): Promise<ClaimResult> {
    return this.claims.claim(principal, jobId);
  }
}
