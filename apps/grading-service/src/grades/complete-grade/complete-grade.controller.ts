import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { JobIdPipe } from '../../queue/job-id.pipe';
import { CompleteGradeService } from './complete-grade.service';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { GradeViewSchema } from '../grade-view.schema';
import { ApiProblems } from '@tradein/service-runtime';

@ApiTags('grades')
@ApiProblems(403)
@Controller('v1/jobs')
export class CompleteGradeController {
  constructor(private readonly grades: CompleteGradeService) {}

  /** Grades the device from your inspection and its erasure certificates; emits tradein.device.graded. */
  @Post(':jobId/grade')
  @ApiOperation({ summary: 'Grade the device from your inspection and its erasure certificates' })
  @ApiProblems(404, 409)
  @ApiCreatedResponse({ type: GradeViewSchema })
  @HttpCode(201)
  @Roles('grader', 'ops')
  complete(@CurrentPrincipal() principal: Principal, @Param('jobId', JobIdPipe) jobId: string): Promise<Record<string, unknown>> {
    return this.grades.complete(principal, jobId);
  }
}
