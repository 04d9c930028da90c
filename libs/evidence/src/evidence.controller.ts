import { Controller, Get, Headers, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { ApiIdempotencyKey, ApiProblems, DomainError, InvalidFieldError, NotFoundError } from '@tradein/service-runtime';
import { EvidenceViewSchema } from './evidence-view.schema';
import { type EvidenceStoreSettings } from './evidence-settings';
import { EvidenceService, type EvidenceView } from './evidence.service';
import { EVIDENCE_SETTINGS } from './evidence.tokens';

class EvidenceTooLargeError extends DomainError {
  constructor(max: number) {
    super('PAYLOAD_TOO_LARGE', `file: larger than ${max} bytes`, 'too-large', [{ field: 'file', reason: `must be at most ${max} bytes` }]);
  }
}

class NotMultipartError extends DomainError {
  constructor() {
    super('UNSUPPORTED_MEDIA_TYPE', 'send the photo as multipart/form-data with one part named "file"', 'unsupported-media-type', [
      { field: 'Content-Type', reason: 'must be multipart/form-data' },
    ]);
  }
}

const EXAMPLE: EvidenceView = {
  ref: 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  contentType: 'image/jpeg',
  sizeBytes: 184_211,
  uploadedAt: '2026-11-26T14:05:02.000Z',
};

@ApiTags('evidence')
@ApiBearerAuth('staff-token')
@Controller('v1/evidence')
export class EvidenceController {
  constructor(
    private readonly service: EvidenceService,
    @Inject(EVIDENCE_SETTINGS) private readonly settings: EvidenceStoreSettings,
  ) {}

  @Post()
  @Roles('grader', 'store_staff', 'ops')
  // The shared input guard takes only JSON bodies unless a route names another media type.
  @RouteConfig({ bodyMediaTypes: ['multipart/form-data'] })
  @ApiOperation({ summary: 'Upload a photo (JPEG, PNG or WebP, up to 10 MB) as evidence; cite its ref in inspections and dock receipts' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiCreatedResponse({
    type: EvidenceViewSchema,
    description: 'Stored (or already stored: the same bytes give the same ref)',
    example: EXAMPLE,
  })
  @ApiProblems(400, 403, 413, 415, 422, 503)
  @ApiIdempotencyKey()
  async upload(
    @CurrentPrincipal() principal: Principal,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<EvidenceView> {
    if (typeof req.isMultipart !== 'function' || !req.isMultipart()) throw new NotMultipartError();
    const max = this.settings.EVIDENCE_MAX_BYTES;
    let bytes: Buffer;
    try {
      const part = await req.file({ limits: { fileSize: max, files: 1, fields: 0, parts: 1 } });
      if (!part) throw new InvalidFieldError('file', 'is required (one part named "file")');
      if (part.fieldname !== 'file') throw new InvalidFieldError(part.fieldname, 'unexpected part; send one part named "file"');
      bytes = await part.toBuffer();
    } catch (err) {
      if (err instanceof DomainError) throw err;
      const code = (err as { code?: string }).code;
      if (code === 'FST_REQ_FILE_TOO_LARGE') throw new EvidenceTooLargeError(max);
      if (code === 'FST_PARTS_LIMIT' || code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT')
        throw new InvalidFieldError('file', 'send exactly one part, named "file"');
      throw new InvalidFieldError('file', 'the multipart body could not be read');
    }
    const r = await this.service.upload(principal, bytes, idempotencyKey);
    if (r.replayed) void reply.header('idempotent-replayed', 'true');
    void reply.status(201);
    return r.view;
  }

  @Get(':ref')
  @Roles('grader', 'store_staff', 'ops')
  @ApiOperation({ summary: 'What is stored under an evidence ref (sha256:<hex>)' })
  @ApiOkResponse({ type: EvidenceViewSchema, example: EXAMPLE })
  @ApiProblems(403, 404)
  async get(@Param('ref') ref: string): Promise<EvidenceView> {
    const view = await this.service.get(ref);
    if (!view) throw new NotFoundError('evidence', ref);
    return view;
  }
}
