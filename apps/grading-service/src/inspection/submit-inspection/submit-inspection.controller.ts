import { Body, Controller, HttpCode, Param, Put } from '@nestjs/common';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { JobIdPipe } from '../../queue/job-id.pipe';
import { SubmitInspectionDto } from './submit-inspection.dto';
import { SubmitInspectionService } from './submit-inspection.service';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InspectionResultSchema } from './inspection-result.schema';
import { ApiProblems } from '@tradein/service-runtime';

@ApiTags('inspection')
@ApiProblems(403)
@Controller('v1/jobs')
export class SubmitInspectionController {
  constructor(private readonly inspections: SubmitInspectionService) {}

  /** Records (or replaces, while you hold the lease) the inspection of a job. */
  @Put(':jobId/inspection')
  @ApiOperation({ summary: 'Record or replace the inspection of a job you hold the lease on' })
  @ApiProblems(404, 409)
  @ApiOkResponse({ type: InspectionResultSchema })
  @HttpCode(200)
  @Roles('grader', 'ops')
  submit(
    @CurrentPrincipal() principal: Principal,
    @Param('jobId', JobIdPipe) jobId: string,
    @Body() dto: SubmitInspectionDto,
  ): Promise<Record<string, unknown>> {
    return this.inspections.submit(principal, jobId, dto);
  }
}
