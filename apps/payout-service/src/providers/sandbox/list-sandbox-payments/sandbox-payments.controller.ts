import { Controller, Get, NotFoundException, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SandboxPaymentListSchema } from './sandbox-payment-view.schema';
import { Roles } from '@tradein/auth';
import { DataSource } from 'typeorm';
import { ProviderRegistry } from '../../provider-registry';
import { type SandboxPayment } from '../sandbox-payment';
import { SandboxPaymentsQuery, type SandboxPaymentView } from './sandbox-payments.dto';
import { ApiProblems } from '@tradein/service-runtime';

const view = (p: SandboxPayment): SandboxPaymentView => ({
  provider: p.provider,
  idempotencyKey: p.idempotencyKey,
  payoutId: p.payoutId,
  method: p.method,
  amount: { amountMinor: p.amountMinor.toString(), currency: p.currency },
  destinationRef: p.destinationRef,
  status: p.status,
  providerReference: p.providerReference,
  declineCode: p.declineCode,
  createdAt: p.createdAt.toISOString(),
  settledAt: p.settledAt?.toISOString() ?? null,
});

/**
 * What the sandbox providers hold, as a real provider's dashboard would show it: lets ops and tests check
 * that each key was paid once, whatever payout-service's own records say. Read-only (a PROCESSING payment
 * is shown as such, not settled); 404 when no sandbox provider is in use.
 */
@ApiTags('ops: sandbox payment providers (development, tests and demos only)')
@Roles('ops')
@ApiProblems(403)
@Controller('v1/ops/sandbox-provider')
export class SandboxPaymentsController {
  constructor(
    private readonly providers: ProviderRegistry,
    private readonly dataSource: DataSource,
  ) {}

  @Get('payments')
  @ApiOperation({ summary: 'Payments the sandbox providers received (development and demos; 404 when real providers are wired)' })
  @ApiProblems(404)
  @ApiOkResponse({ type: SandboxPaymentListSchema })
  async list(@Query() q: SandboxPaymentsQuery): Promise<{ items: SandboxPaymentView[] }> {
    const sandbox = this.providers.sandboxes()[0];
    if (!sandbox) throw new NotFoundException('no sandbox payment provider is in use');
    let payoutIds = q.payoutId ? [q.payoutId] : undefined;
    if (q.tradeInId) {
      // The provider knows our payout ids (the reference sent with each payment), not trade-ins: ours say which.
      const ours: Array<{ id: string }> = await this.dataSource.query('SELECT id::text AS id FROM payout WHERE trade_in_id = $1', [
        q.tradeInId,
      ]);
      payoutIds = ours.map((r) => r.id).filter((id) => !payoutIds || payoutIds.includes(id));
    }
    const items = await sandbox.book.list({ provider: q.provider, idempotencyKey: q.idempotencyKey, payoutIds, limit: q.limit });
    return { items: items.map(view) };
  }
}
