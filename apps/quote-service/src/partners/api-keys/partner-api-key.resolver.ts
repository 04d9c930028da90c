import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type ApiKeyResolver, type PartnerPrincipal } from '@tradein/auth';
import { hashApiKey, looksLikeApiKey } from './api-key-secret';

/** Resolves `X-Api-Key` for the global auth guard: a live (unrevoked) key → its partner and program. */
@Injectable()
export class PartnerApiKeyResolver implements ApiKeyResolver {
  constructor(private readonly dataSource: DataSource) {}

  async resolve(apiKey: string): Promise<PartnerPrincipal | null> {
    if (!looksLikeApiKey(apiKey)) return null;
    const rows: Array<{ id: string; partner_id: string; program_id: string | null }> = await this.dataSource.query(
      'SELECT id, partner_id, program_id FROM partner_api_key WHERE key_hash = $1 AND revoked_at IS NULL',
      [hashApiKey(apiKey)],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      kind: 'partner', role: 'partner', subject: `api-key:${row.id}`, partnerId: row.partner_id, keyId: row.id,
      ...(row.program_id ? { programId: row.program_id } : {}),
    };
  }
}
