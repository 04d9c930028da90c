import { randomUUID } from 'node:crypto';
import { Body, Controller, Headers, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles, partnerScope } from '@tradein/auth';
import { ApiIdempotencyKey, ApiProblems, ValidationFailedError, withIdempotency } from '@tradein/service-runtime';
import { DataSource } from 'typeorm';
import { Inject } from '@nestjs/common';
import { CLOCK, type Clock } from '@tradein/service-runtime';
import { checkBankDetails } from '../bank-details/bank-details';
import { BankDetailsCipher } from '../bank-details-cipher';
import { PayoutDestinationEntity } from '../payout-destination.entity';
import { sealDestinationPlaintext } from '../sealed-destination';
import { bankDetailsFromDto } from './bank-details-input';
import { type DestinationView, RegisterDestinationDto } from './register-destination.dto';
import { DestinationViewSchema } from '../destination-view.schema';

@ApiTags('payout destinations')
@ApiProblems(403)
@Controller('v1/payout-destinations')
export class RegisterDestinationController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: BankDetailsCipher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Partners (for their sellers), store staff (at the till) and ops register accounts; nothing is written on bad input. */
  @Post()
  @ApiCreatedResponse({ type: DestinationViewSchema })
  @ApiProblems(422)
  @ApiIdempotencyKey()
  @ApiOperation({ summary: 'Register a bank account to pay a seller (answered masked; the account is stored encrypted)' })
  @Roles('partner', 'store_staff', 'ops')
  async register(
    @Body() dto: RegisterDestinationDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DestinationView> {
    const input = bankDetailsFromDto(dto);
    if (!input.ok) throw new ValidationFailedError(input.errors);
    const checked = checkBankDetails(input.value, dto.currency);
    if (!checked.ok) throw new ValidationFailedError(checked.errors);
    const partnerId = partnerScope(principal) ?? null;
    const storeId = principal.kind === 'staff' && principal.role === 'store_staff' ? (principal.storeId ?? null) : null;
    const result = await withIdempotency(
      this.dataSource,
      { operation: 'payout-destinations', principal },
      idempotencyKey,
      dto,
      async (manager) => {
        const id = `pd_${randomUUID()}`;
        const v = checked.value;
        await manager.insert(PayoutDestinationEntity, {
          id,
          partnerId,
          storeId,
          sellerRef: dto.sellerRef ?? null,
          registeredBy: principal.subject,
          scheme: v.details.scheme,
          currency: v.currency,
          sealedDetails: this.cipher.seal(sealDestinationPlaintext({ holderName: dto.holderName, details: v.details }), id),
          masked: v.masked,
          fingerprint: this.cipher.fingerprint(v.accountIdentity),
          createdAt: this.clock.now(),
        });
        const body: DestinationView = {
          destinationRef: id,
          scheme: v.details.scheme,
          currency: v.currency,
          masked: v.masked,
          partnerId,
          sellerRef: dto.sellerRef ?? null,
        };
        return { status: 201, body };
      },
    );
    return result.body;
  }
}
