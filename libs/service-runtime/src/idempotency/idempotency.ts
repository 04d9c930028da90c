import { createHash } from 'node:crypto';
import { type Pool } from 'pg';
import { type DataSource, type EntityManager } from 'typeorm';
import { type Principal } from '@tradein/auth';
import { type PipelinedTransaction, type SqlRunner, inPipelinedTransaction, prepared } from '@tradein/messaging';
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

// Prepared on each connection (ADR 0024).
const CLAIM_KEY =
  prepared(`INSERT INTO idempotency_record (scope, key, request_hash, status_code, response) VALUES ($1, $2, $3, 0, 'null'::jsonb)
       ON CONFLICT DO NOTHING RETURNING key`);
const STORE_ANSWER = prepared('UPDATE idempotency_record SET status_code = $3, response = $4 WHERE scope = $1 AND key = $2');
const STORED_ANSWER = prepared('SELECT request_hash, status_code, response FROM idempotency_record WHERE scope = $1 AND key = $2');

function checkedKey(key: string): string {
  if (!KEY.test(key)) throw new InvalidFieldError('Idempotency-Key', 'must be 8-128 characters of letters, digits, _ . : -');
  return key;
}

/** The stored answer of the request that used this key first, or 422 when this one's body differs. */
async function storedAnswer<T>(sql: SqlRunner, scope: string, key: string, hash: string): Promise<IdempotentResult<T>> {
  const [row]: Array<{ request_hash: string; status_code: number; response: T }> = await sql.query(STORED_ANSWER, [scope, key]);
  if (!row || row.request_hash !== hash) throw new IdempotencyKeyReusedError();
  return { status: row.status_code, body: row.response, replayed: true };
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
  checkedKey(key);
  const hash = requestHash(body);
  const scope = tenantScope(tenant);
  return dataSource.transaction(async (manager) => {
    const inserted: unknown[] = await manager.query(CLAIM_KEY, [scope, key, hash]);
    if (!inserted.length) return storedAnswer<T>(manager, scope, key, hash);
    const r = await work(manager);
    const status = r.status ?? 201;
    await manager.query(STORE_ANSWER, [scope, key, status, JSON.stringify(r.body)]);
    return { status, body: r.body, replayed: false };
  });
}

/** The two steps of a pipelined idempotent request (see withPipelinedIdempotency). */
export interface PipelinedWork<R, T> {
  /** Reads sent in the same flight as START TRANSACTION and the key's claim; nothing they read is written. */
  read(tx: PipelinedTransaction): Promise<R>;
  /** The work, given the reads. Its last statements may be left unawaited: they leave with COMMIT. */
  write(tx: PipelinedTransaction, read: R): Promise<{ status?: number; body: T }>;
}

/**
 * withIdempotency's guarantees on a pipelined transaction (ADR 0020), for a hot path: START TRANSACTION,
 * the key's claim and the work's reads leave in one flight; the work's writes, the stored answer and COMMIT
 * in the last one. A replayed key answers from the stored record and writes nothing.
 */
export async function withPipelinedIdempotency<R, T>(
  pool: Pool,
  tenant: IdempotencyScope,
  key: string | undefined,
  body: unknown,
  work: PipelinedWork<R, T>,
): Promise<IdempotentResult<T>> {
  if (key !== undefined) checkedKey(key);
  const hash = requestHash(body);
  const scope = tenantScope(tenant);
  return inPipelinedTransaction(pool, async (tx) => {
    const claimed = key === undefined ? undefined : tx.query(CLAIM_KEY, [scope, key, hash]);
    const read = work.read(tx);
    read.catch(() => undefined); // a replay does not wait for the reads; their failure still fails COMMIT
    if (key !== undefined && !(await claimed)?.length) return storedAnswer<T>(tx, scope, key, hash);
    const r = await work.write(tx, await read);
    const status = r.status ?? 201;
    if (key !== undefined) void tx.query(STORE_ANSWER, [scope, key, status, JSON.stringify(r.body)]);
    return { status, body: r.body, replayed: false };
  });
}
