import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { ClaimJobService } from '../claim-job/claim-job.service';
import { JobIdPipe } from '../job-id.pipe';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '@tradein/service-runtime';

@ApiTags('grading queue')
@ApiProblems(403)
@Controller('v1/jobs')
export class ReleaseJobController {
  constructor(private readonly claims: ClaimJobService) {}

  /** Hands a claimed job back to the queue (only the lease holder can). */
  @Post(':jobId/release')
  @ApiOperation({ summary: 'Hand a claimed job back to the queue (lease holder only)' })
  @ApiProblems(404, 409)
  @ApiNoContentResponse({ description: 'Released: the job is back in the queue.' })
  @HttpCode(204)
  @Roles('grader', 'ops')
  async release(@CurrentPrincipal() principal: Principal, @Param('jobId', JobIdPipe) jobId: string): Promise<void> {
    await this.claims.release(principal, jobId);
  }
}
