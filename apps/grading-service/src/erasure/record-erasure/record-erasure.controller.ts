import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { type FastifyReply } from 'fastify';
import { JobIdPipe } from '../../queue/job-id.pipe';
import { RecordErasureDto } from './record-erasure.dto';
import { type CertificateView, RecordErasureService } from './record-erasure.service';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CertificateViewSchema } from './certificate-view.schema';
import { ApiIdempotencyKey, ApiProblems } from '@tradein/service-runtime';

@ApiTags('erasure')
@ApiProblems(403)
@Controller('v1/jobs')
export class RecordErasureController {
  constructor(private readonly erasures: RecordErasureService) {}

  /** Records the erasure certificate of one storage medium (Idempotency-Key supported). */
  @Post(':jobId/erasures')
  @ApiIdempotencyKey()
  @ApiOperation({ summary: 'Record the NIST SP 800-88 erasure certificate of one storage medium' })
  @ApiProblems(404, 409, 422)
  @ApiCreatedResponse({
    type: CertificateViewSchema,
    description: 'The certificate recorded (a replayed Idempotency-Key answers the same).',
  })
  @Roles('grader', 'ops')
  async record(
    @CurrentPrincipal() principal: Principal,
    @Param('jobId', JobIdPipe) jobId: string,
    @Body() dto: RecordErasureDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CertificateView> {
    const result = await this.erasures.record(principal, jobId, dto, key);
    void reply.status(result.status);
    return result.body;
  }
}
