import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { CLOCK, type Clock, ConflictError, NotFoundError, ValidationFailedError } from '@tradein/service-runtime';
import { issueApiKey } from '../api-keys/api-key-secret';
import { PartnerApiKeyResolver } from '../api-keys/partner-api-key.resolver';
import { validateBonus } from '../bonus-mapping';
import { PartnerApiKeyEntity } from '../partner-api-key.entity';
import { PartnerProgramEntity, type StoredBonus } from '../partner-program.entity';
import { PartnerEntity } from '../partner.entity';
import { type CreateApiKeyDto, type CreatePartnerDto, type CreateProgramDto } from './partner.dto';

export interface IssuedKeyView {
  keyId: string;
  partnerId: string;
  programId: string | null;
  prefix: string;
  /** Shown once: only its hash is stored. */
  apiKey: string;
  createdAt: string;
}

/** Ops manage partners, their programs and their API keys. */
@Injectable()
export class PartnersService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly keys: PartnerApiKeyResolver,
  ) {}

  async createPartner(dto: CreatePartnerDto): Promise<PartnerEntity> {
    return this.dataSource.transaction(async (m) => {
      if (await m.findOneBy(PartnerEntity, { id: dto.id })) throw new ConflictError('PARTNER_EXISTS', `partner ${dto.id} already exists`);
      return m.save(PartnerEntity, { id: dto.id, name: dto.name, createdAt: this.clock.now() });
    });
  }

  async listPartners(): Promise<PartnerEntity[]> {
    return this.dataSource.getRepository(PartnerEntity).find({ order: { id: 'ASC' } });
  }

  async createProgram(partnerId: string, dto: CreateProgramDto): Promise<PartnerProgramEntity> {
    if (dto.bonus !== undefined) {
      const problems = validateBonus(dto.bonus);
      if (problems.length) throw new ValidationFailedError(problems);
    }
    return this.dataSource.transaction(async (m) => {
      await this.partnerOrThrow(m, partnerId);
      if (await m.findOneBy(PartnerProgramEntity, { id: dto.id }))
        throw new ConflictError('PROGRAM_EXISTS', `program ${dto.id} already exists`);
      return m.save(PartnerProgramEntity, {
        id: dto.id,
        partnerId,
        name: dto.name,
        bonus: (dto.bonus as unknown as StoredBonus | undefined) ?? null,
        quoteValidDays: dto.quoteValidDays ?? null,
        shipByDays: dto.shipByDays ?? null,
        answerWindowDays: dto.answerWindowDays ?? null,
        createdAt: this.clock.now(),
      });
    });
  }

  async listPrograms(partnerId: string): Promise<PartnerProgramEntity[]> {
    await this.partnerOrThrow(this.dataSource.manager, partnerId);
    return this.dataSource.getRepository(PartnerProgramEntity).find({ where: { partnerId }, order: { id: 'ASC' } });
  }

  async createKey(partnerId: string, dto: CreateApiKeyDto): Promise<IssuedKeyView> {
    return this.dataSource.transaction(async (m) => {
      await this.partnerOrThrow(m, partnerId);
      if (dto.programId && !(await m.findOneBy(PartnerProgramEntity, { id: dto.programId, partnerId }))) {
        throw new NotFoundError('program', dto.programId);
      }
      return this.insertKey(m, partnerId, dto.programId ?? null);
    });
  }

  /** A new key replaces the old one, which stops working at once (the new one is shown once). */
  async rotateKey(partnerId: string, keyId: string): Promise<IssuedKeyView> {
    // Other replicas forget cached keys on the trigger's NOTIFY; this one at once, before it answers.
    const issued = await this.dataSource.transaction(async (m) => {
      const old = await m.findOne(PartnerApiKeyEntity, {
        where: { id: keyId, partnerId, revokedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!old) throw new NotFoundError('API key', keyId);
      const issued = await this.insertKey(m, partnerId, old.programId);
      await m.update(PartnerApiKeyEntity, { id: keyId }, { revokedAt: this.clock.now(), replacedBy: issued.keyId });
      return issued;
    });
    this.keys.forgetAll();
    return issued;
  }

  async revokeKey(partnerId: string, keyId: string): Promise<void> {
    const r = await this.dataSource
      .getRepository(PartnerApiKeyEntity)
      .update({ id: keyId, partnerId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
    this.keys.forgetAll();
    if (!r.affected) throw new NotFoundError('API key', keyId);
  }

  async listKeys(partnerId: string): Promise<PartnerApiKeyEntity[]> {
    await this.partnerOrThrow(this.dataSource.manager, partnerId);
    return this.dataSource.getRepository(PartnerApiKeyEntity).find({ where: { partnerId }, order: { createdAt: 'ASC' } });
  }

  private async insertKey(m: EntityManager, partnerId: string, programId: string | null): Promise<IssuedKeyView> {
    const key = issueApiKey();
    const createdAt = this.clock.now();
    await m.insert(PartnerApiKeyEntity, {
      id: key.keyId,
      partnerId,
      programId,
      prefix: key.prefix,
      keyHash: key.hash,
      createdAt,
      revokedAt: null,
      replacedBy: null,
    });
    return { keyId: key.keyId, partnerId, programId, prefix: key.prefix, apiKey: key.plaintext, createdAt: createdAt.toISOString() };
  }

  private async partnerOrThrow(m: EntityManager, partnerId: string): Promise<PartnerEntity> {
    const p = await m.findOneBy(PartnerEntity, { id: partnerId });
    if (!p) throw new NotFoundError('partner', partnerId);
    return p;
  }
}
