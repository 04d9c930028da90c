import { Controller, Headers, HttpCode, Inject, Post, type RawBodyRequest, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiHeader, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { type FastifyRequest } from 'fastify';
import { Public } from '@tradein/auth';
import { CLOCK, type Clock, DomainError, InvalidFieldError } from '@tradein/service-runtime';
import { carrierScansCounter } from '../../shared/intake.metrics';
import { CARRIER_ADAPTER, type CarrierAdapter } from '../carrier/carrier-adapter';
import { CarrierEventsService, type ScanReport } from './carrier-events.service';
import { ScanReportSchema } from './scan-report.schema';

class InvalidSignatureError extends DomainError {
  constructor(reason: string) {
    super('INVALID_SIGNATURE', `carrier signature rejected: ${reason}`, 'unauthenticated');
  }
}

@ApiTags('carrier')
// No platform credential: the carrier signs each webhook (checked in the handler, 401 INVALID_SIGNATURE otherwise).
@ApiSecurity('carrier-signature')
@Controller('v1/carrier-events')
export class CarrierEventsController {
  constructor(
    @Inject(CARRIER_ADAPTER) private readonly carrier: CarrierAdapter,
    private readonly service: CarrierEventsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Public (the carrier has no staff token) but only a correctly signed, fresh webhook is read. */
  @Public()
  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'Carrier scan webhook (HMAC-SHA256 signed over timestamp and body)' })
  @ApiHeader({
    name: 'X-Carrier-Timestamp',
    required: true,
    description: 'Unix seconds of the signature; too old or too new answers 401.',
    schema: { type: 'string', pattern: '^\\d{1,12}$' },
  })
  @ApiAcceptedResponse({ type: ScanReportSchema })
  async receive(@Req() req: RawBodyRequest<FastifyRequest>, @Headers() headers: Record<string, string | undefined>): Promise<ScanReport> {
    if (!req.rawBody) throw new InvalidFieldError('body', 'must be application/json');
    const parsed = this.carrier.parseWebhook(req.rawBody.toString('utf8'), headers, this.clock.now());
    if (!parsed.ok) {
      carrierScansCounter.inc({ result: parsed.kind === 'SIGNATURE' ? 'rejected_signature' : 'rejected_payload' });
      if (parsed.kind === 'SIGNATURE') throw new InvalidSignatureError(parsed.reason);
      throw new InvalidFieldError(parsed.field, parsed.reason);
    }
    const report = await this.service.apply(this.carrier.code, parsed.scans);
    carrierScansCounter.inc({ result: 'applied' }, report.applied);
    carrierScansCounter.inc({ result: 'duplicate' }, report.duplicates);
    carrierScansCounter.inc({ result: 'unknown_parcel' }, report.unknownParcels);
    return report;
  }
}
