import { createHash } from 'node:crypto';
import { type DataSource, type EntityManager } from 'typeorm';
import { type Principal } from '@tradein/auth';
import { DomainError, InvalidFieldError } from '../errors/domain-error';

export interface IdempotentResult<T> {
  status: number;
  body: T;
  /** True when this answer is the stored one of an earlier request with the same key. */
  replayed: boolean;
}

export class IdempotencyKeyReusedError extends DomainError {
  constructor() {
    super('IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was already used with a different request body', 'unprocessable');
  }
}

const KEY = /^[A-Za-z0-9_.:-]{8,128}$/;

/** Whose key space a key lives in: the operation, and the caller it was used by. */
export interface IdempotencyScope {
  /** The operation (and its resource when the path names one), e.g. `accept` or `erasure:<jobId>`. */
  operation: string;
  principal: Principal;
}

/**
 * The stored scope: every tenancy dimension of the caller (role, partner, store, site, subject), so a key and body
 * replayed by anyone else — another partner, another store of the same partner, another key of the same partner,
 * a grader moved to another site — never meets the record, let alone its stored answer.
 */
export function tenantScope(s: IdempotencyScope): string {
  const p = s.principal as Principal & { partnerId?: string; storeId?: string; siteId?: string };
  return [
    s.operation,
    `role=${p.role}`,
    `partner=${p.partnerId ?? ''}`,
    `store=${p.storeId ?? ''}`,
    `site=${p.siteId ?? ''}`,
    `sub=${p.subject}`,
  ]
    .map((part) => encodeURIComponent(part))
    .join('|');
}

export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/**
 * Runs `work` at most once per (caller's tenant scope, operation, key): same key and body → the stored answer; same key,
 * other body → 422. The key row is inserted first in the same transaction as the work, so a
 * concurrent duplicate waits on it and a failed request leaves no key behind (it can be retried).
 * Without a key the work simply runs.
 */
export async function withIdempotency<T>(
  dataSource: DataSource,
  tenant: IdempotencyScope,
  key: string | undefined,
  body: unknown,
  work: (manager: EntityManager) => Promise<{ status?: number; body: T }>,
): Promise<IdempotentResult<T>> {
  if (key === undefined) {
    const r = await dataSource.transaction(work);
    return { status: r.status ?? 201, body: r.body, replayed: false };
  }
  if (!KEY.test(key)) throw new InvalidFieldError('Idempotency-Key', 'must be 8-128 characters of letters, digits, _ . : -');
  const hash = requestHash(body);
  const scope = tenantScope(tenant);
  return dataSource.transaction(async (manager) => {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO idempotency_record (scope, key, request_hash, status_code, response) VALUES ($1, $2, $3, 0, 'null'::jsonb)
       ON CONFLICT DO NOTHING RETURNING key`,
      [scope, key, hash],
    );
    if (!inserted.length) {
      const [row]: Array<{ request_hash: string; status_code: number; response: T }> = await manager.query(
        'SELECT request_hash, status_code, response FROM idempotency_record WHERE scope = $1 AND key = $2',
        [scope, key],
      );
      if (!row || row.request_hash !== hash) throw new IdempotencyKeyReusedError();
      return { status: row.status_code, body: row.response, replayed: true };
    }
    const r = await work(manager);
    const status = r.status ?? 201;
    await manager.query('UPDATE idempotency_record SET status_code = $3, response = $4 WHERE scope = $1 AND key = $2', [
      scope,
      key,
      status,
      JSON.stringify(r.body),
    ]);
    return { status, body: r.body, replayed: false };
  });
}
