import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { QuoteConfig } from '../config/quote.config';
import { PartnerProgramEntity } from '../partners/partner-program.entity';
import { effectivePolicy, offerPolicyFrom, type OfferPolicy } from './offer-policy';

/** One policy configuration feeds every deadline; a partner program may override the durations. */
@Injectable()
export class PolicyService {
  constructor(private readonly config: QuoteConfig) {}

  base(): OfferPolicy {
    return offerPolicyFrom(this.config);
  }

  /** For a program the caller already read (no second lookup). */
  forLoadedProgram(program: PartnerProgramEntity | null): OfferPolicy {
    return effectivePolicy(this.base(), program);
  }

  async forProgram(m: EntityManager, programId: string | null): Promise<OfferPolicy> {
    if (!programId) return this.base();
    const program = await m.findOneBy(PartnerProgramEntity, { id: programId });
    return effectivePolicy(this.base(), program);
  }
}
