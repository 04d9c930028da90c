import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles, partnerScope } from '@tradein/auth';
import { ApiProblems, NotFoundError } from '@tradein/service-runtime';
import { DataSource } from 'typeorm';
import { PayoutDestinationEntity } from '../payout-destination.entity';
import { type DestinationView } from '../register-destination/register-destination.dto';
import { DestinationViewSchema } from '../destination-view.schema';

@ApiTags('payout destinations')
@ApiProblems(403)
@Controller('v1/payout-destinations')
export class GetDestinationController {
  constructor(private readonly dataSource: DataSource) {}

  /** The masked form only; another partner's reference answers 404. */
  @Get(':ref')
  @ApiOkResponse({ type: DestinationViewSchema })
  @ApiOperation({ summary: 'A payout destination, masked' })
  @ApiProblems(404)
  @Roles('partner', 'store_staff', 'ops')
  async get(@Param('ref') ref: string, @CurrentPrincipal() principal: Principal): Promise<DestinationView> {
    const scope = partnerScope(principal);
    const d = await this.dataSource.manager.findOne(PayoutDestinationEntity, { where: { id: ref } });
    if (!d || (scope !== undefined && d.partnerId !== scope)) throw new NotFoundError('payout destination', ref);
    return {
      destinationRef: d.id,
      scheme: d.scheme,
      currency: d.currency,
      masked: d.masked,
      partnerId: d.partnerId,
      sellerRef: d.sellerRef,
    };
  }
}
