import { randomUUID } from 'node:crypto';
import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@tradein/auth';
import { ApiProblems, CLOCK, type Clock, NotFoundError } from '@tradein/service-runtime';
import { IntakeConfig } from '../../config/intake.config';
import { CARRIER_ADAPTER, type CarrierAdapter } from '../carrier/carrier-adapter';
import { SandboxCarrierAdapter } from '../carrier/sandbox-carrier.adapter';
import { CarrierEventsService, type ScanReport } from '../carrier-events/carrier-events.service';
import { ScanReportSchema } from '../carrier-events/scan-report.schema';
import { SandboxScanDto } from './sandbox-scan.dto';

/**
 * Plays the sandbox carrier's part so the platform runs end to end with no outside carrier: the scan is
 * signed as the carrier signs its webhooks, then verified and applied exactly as POST /v1/carrier-events
 * would. Exists only while the sandbox carrier is the configured one.
 */
@ApiTags('carrier')
@ApiBearerAuth('staff-token')
@Controller('v1/sandbox-carrier/scans')
export class SandboxScanController {
  constructor(
    @Inject(CARRIER_ADAPTER) private readonly carrier: CarrierAdapter,
    private readonly service: CarrierEventsService,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly config: IntakeConfig,
  ) {}

  @Post()
  @Roles('ops')
  @HttpCode(202)
  @ApiOperation({ summary: 'Sandbox only: simulate a carrier scan (signed and applied like a real webhook)' })
  @ApiAcceptedResponse({ type: ScanReportSchema })
  @ApiProblems(403, 404)
  async scan(@Body() dto: SandboxScanDto): Promise<ScanReport> {
    if (!(this.carrier instanceof SandboxCarrierAdapter) || this.config.INTAKE_SANDBOX_SCANS !== 'enabled')
      throw new NotFoundError('route', 'sandbox-carrier');
    const now = this.clock.now();
    const hook = this.carrier.signedWebhook(
      [
        {
          eventId: `sbx-${randomUUID()}`,
          trackingNumber: dto.trackingNumber,
          code: dto.code,
          occurredAt: dto.occurredAt ?? now.toISOString(),
          ...(dto.detail ? { detail: dto.detail } : {}),
        },
      ],
      now,
    );
    const parsed = this.carrier.parseWebhook(hook.body, hook.headers, now);
    if (!parsed.ok) throw new Error(`sandbox carrier could not verify its own webhook: ${parsed.kind}`);
    return this.service.apply(this.carrier.code, parsed.scans);
  }
}
