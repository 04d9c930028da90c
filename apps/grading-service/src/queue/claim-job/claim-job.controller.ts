import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { JobIdPipe } from '../job-id.pipe';
import { type ClaimResult, ClaimJobService } from './claim-job.service';

@Controller('v1/jobs')
export class ClaimJobController {
  constructor(private readonly claims: ClaimJobService) {}

  /** Claim a job, or renew your own lease on it. 409 when another technician holds it. */
  @Post(':jobId/claim')
  @HttpCode(200)
  @Roles('grader', 'ops')
  claim(@CurrentPrincipal() principal: Principal, @Param('jobId', JobIdPipe) jobId: string): Promise<ClaimResult> {
    return this.claims.claim(principal, jobId);
  }
}
