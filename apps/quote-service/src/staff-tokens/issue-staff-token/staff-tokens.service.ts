import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { DataSource } from 'typeorm';
import { AUTH_OPTIONS, type AuthOptions, type Principal, type TokenClaims, signStaffToken } from '@tradein/auth';
import { CLOCK, type Clock, type FieldProblem, UnprocessableError, ValidationFailedError } from '@tradein/service-runtime';
import { PartnerEntity } from '../../partners/partner.entity';
import { StaffTokenIssuanceEntity } from '../staff-token-issuance.entity';
import { DEFAULT_STAFF_TOKEN_TTL_SECONDS, type IssueStaffTokenDto } from './issue-staff-token.dto';

export interface IssuedStaffToken {
  issuanceId: string;
  token: string;
  tokenType: 'Bearer';
  expiresIn: number;
  expiresAt: string;
  claims: TokenClaims;
}

export interface StaffTokenIssuanceView {
  issuanceId: string;
  issuedBy: string;
  subject: string;
  role: string;
  storeId?: string;
  siteId?: string;
  partnerId?: string;
  reason?: string;
  issuedAt: string;
  expiresAt: string;
}

/** Which binding each role must carry, and which it must not (a grader token with a store would be ambiguous). */
function bindingProblems(dto: IssueStaffTokenDto): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const need = (field: 'storeId' | 'partnerId' | 'siteId', why: string) => {
    if (!dto[field]) problems.push({ field, reason: `is required for ${dto.role}: ${why}` });
  };
  const refuse = (field: 'storeId' | 'partnerId' | 'siteId') => {
    if (dto[field]) problems.push({ field, reason: `must not be set for ${dto.role}` });
  };
  if (dto.role === 'store_staff') {
    need('storeId', 'store staff act for one store');
    need('partnerId', 'a store acts for its partner');
    refuse('siteId');
  } else if (dto.role === 'grader') {
    need('siteId', 'graders work at one grading site');
    refuse('storeId');
    refuse('partnerId');
  } else {
    refuse('storeId');
    refuse('partnerId');
    refuse('siteId');
  }
  return problems;
}

/**
 * Ops issue staff tokens here instead of running a shell script with the signing secret: quote-service
 * already holds it (it signs partner tokens) and owns the partners a store token must name. Every
 * token is audited (who issued what to whom, until when) in the same transaction, before it is returned.
 */
@Injectable()
export class StaffTokensService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(AUTH_OPTIONS) private readonly auth: AuthOptions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async issue(issuer: Principal, dto: IssueStaffTokenDto): Promise<IssuedStaffToken> {
    const problems = bindingProblems(dto);
    if (problems.length) throw new ValidationFailedError(problems);
    const ttl = dto.ttlSeconds ?? DEFAULT_STAFF_TOKEN_TTL_SECONDS;
    return this.dataSource.transaction(async (m) => {
      if (dto.partnerId && !(await m.getRepository(PartnerEntity).existsBy({ id: dto.partnerId }))) {
        throw new UnprocessableError('UNKNOWN_PARTNER', `partnerId: no partner ${dto.partnerId}`, [
          { field: 'partnerId', reason: 'no such partner' },
        ]);
      }
      const claims: TokenClaims = {
        sub: dto.subject,
        role: dto.role,
        ...(dto.storeId ? { storeId: dto.storeId } : {}),
        ...(dto.partnerId ? { partnerId: dto.partnerId } : {}),
        ...(dto.siteId ? { siteId: dto.siteId } : {}),
      };
      const token = signStaffToken(claims, this.auth, ttl);
      // The expiry the token carries (signed against the system clock, as verification is).
      const exp = (jwt.decode(token) as { exp: number }).exp;
      const row = m.getRepository(StaffTokenIssuanceEntity).create({
        id: randomUUID(),
        issuedBy: issuer.subject,
        subject: dto.subject,
        role: dto.role,
        storeId: dto.storeId ?? null,
        siteId: dto.siteId ?? null,
        partnerId: dto.partnerId ?? null,
        reason: dto.reason ?? null,
        issuedAt: this.clock.now(),
        expiresAt: new Date(exp * 1000),
      });
      await m.getRepository(StaffTokenIssuanceEntity).insert(row);
      return { issuanceId: row.id, token, tokenType: 'Bearer', expiresIn: ttl, expiresAt: row.expiresAt.toISOString(), claims };
    });
  }

  async list(limit: number): Promise<StaffTokenIssuanceView[]> {
    const rows = await this.dataSource.getRepository(StaffTokenIssuanceEntity).find({ order: { issuedAt: 'DESC' }, take: limit });
    return rows.map((r) => ({
      issuanceId: r.id,
      issuedBy: r.issuedBy,
      subject: r.subject,
      role: r.role,
      ...(r.storeId ? { storeId: r.storeId } : {}),
      ...(r.siteId ? { siteId: r.siteId } : {}),
      ...(r.partnerId ? { partnerId: r.partnerId } : {}),
      ...(r.reason ? { reason: r.reason } : {}),
      issuedAt: r.issuedAt.toISOString(),
      expiresAt: r.expiresAt.toISOString(),
    }));
  }
}
