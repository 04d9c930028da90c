import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock, InvalidFieldError, NotFoundError } from '@tradein/service-runtime';
import { PartnerEntity } from '../../partners/partner.entity';
import { PartnerWidgetOriginEntity } from './partner-widget-origin.entity';
import { shopOriginProblem } from './shop-origin';

/** A partner's registered shop origins: where its widget may run, and where quote-service answers CORS. */
@Injectable()
export class WidgetOriginsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(partnerId: string): Promise<string[]> {
    await this.partnerOrFail(partnerId);
    const rows = await this.dataSource.getRepository(PartnerWidgetOriginEntity).find({ where: { partnerId }, order: { origin: 'ASC' } });
    return rows.map((r) => r.origin);
  }

  /** Idempotent: registering an origin twice keeps one row. */
  async add(partnerId: string, origin: string): Promise<string[]> {
    const problem = shopOriginProblem(origin);
    if (problem) throw new InvalidFieldError('origin', problem);
    await this.partnerOrFail(partnerId);
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(PartnerWidgetOriginEntity)
      .values({ partnerId, origin, createdAt: this.clock.now() })
      .orIgnore()
      .execute();
    return this.list(partnerId);
  }

  async remove(partnerId: string, origin: string): Promise<string[]> {
    await this.partnerOrFail(partnerId);
    const r = await this.dataSource.getRepository(PartnerWidgetOriginEntity).delete({ partnerId, origin });
    if (!r.affected) throw new NotFoundError('widget origin', origin);
    return this.list(partnerId);
  }

  async isRegisteredFor(partnerId: string, origin: string): Promise<boolean> {
    return this.dataSource.getRepository(PartnerWidgetOriginEntity).existsBy({ partnerId, origin });
  }

  /** Any partner's origin: a preflight carries no credentials, so it cannot say which partner it is for. */
  async isRegistered(origin: string): Promise<boolean> {
    return this.dataSource.getRepository(PartnerWidgetOriginEntity).existsBy({ origin });
  }

  private async partnerOrFail(partnerId: string): Promise<void> {
    if (!(await this.dataSource.getRepository(PartnerEntity).existsBy({ id: partnerId }))) throw new NotFoundError('partner', partnerId);
  }
}
