import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Principal } from '@tradein/auth';
import {
  CLOCK,
  type Clock,
  DomainError,
  type FieldProblem,
  InvalidFieldError,
  UnprocessableError,
  withIdempotency,
} from '@tradein/service-runtime';
import { EvidenceObject } from './evidence-object.entity';
import { evidenceRef, objectKeyOf, sha256OfRef } from './evidence-ref';
import { EVIDENCE_TYPES, sniffImageType } from './image-type';
import { type S3ObjectStore } from './s3-object-store';
import { EVIDENCE_OBJECT_STORE } from './evidence.tokens';

export interface EvidenceView {
  /** What inspections and dock receipts cite. */
  ref: string;
  sha256: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
}

/** A reference a command cites, with the request field it came from (named in the error). */
export interface CitedEvidence {
  field: string;
  ref: string;
  /** When the command also states the content hash, it must be the one of the uploaded object. */
  sha256?: string;
  sha256Field?: string;
}

export class UnsupportedEvidenceTypeError extends DomainError {
  constructor() {
    super('UNSUPPORTED_MEDIA_TYPE', 'file: must be a JPEG, PNG or WebP image', 'unsupported-media-type', [
      { field: 'file', reason: `must be one of ${EVIDENCE_TYPES.join(', ')} (read from the bytes)` },
    ]);
  }
}

/** The store did not take the bytes: a 503 with Retry-After, the store's own error logged as the cause. */
export class ObjectStoreUnavailableError extends DomainError {
  readonly retryAfterSeconds = 5;
  constructor(cause: unknown) {
    super('OBJECT_STORE_UNAVAILABLE', 'the photo store is not answering; nothing was recorded, retry in a few seconds', 'unavailable');
    this.cause = cause;
  }
}

function uploaderBinding(p: Principal): string {
  if (p.kind === 'staff' && p.role === 'grader') return `site:${p.siteId ?? ''}`;
  if (p.kind === 'staff' && p.role === 'store_staff') return `store:${p.storeId ?? ''}`;
  return p.role;
}

@Injectable()
export class EvidenceService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVIDENCE_OBJECT_STORE) private readonly store: S3ObjectStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Stores the bytes under their SHA-256 (computed here, never taken from the client) and records the
   * object. The same bytes uploaded again give the same reference; with an Idempotency-Key, a retry
   * gets the first answer and the key reused for other bytes is refused.
   */
  async upload(
    principal: Principal,
    bytes: Buffer,
    idempotencyKey: string | undefined,
  ): Promise<{ view: EvidenceView; replayed: boolean }> {
    if (!bytes.length) throw new InvalidFieldError('file', 'is empty');
    const contentType = sniffImageType(bytes);
    if (!contentType) throw new UnsupportedEvidenceTypeError();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const binding = uploaderBinding(principal);
    const r = await withIdempotency(
      this.dataSource,
      { operation: 'evidence', principal },
      idempotencyKey,
      { sha256, contentType },
      async (m) => {
        const key = objectKeyOf(sha256);
        // The object first: a row must never name bytes the store does not have. A failure after this leaves
        // at most an unreferenced object under its own hash, which a later upload of the same bytes reuses.
        await this.store.putContent(key, bytes, contentType, sha256).catch((err: unknown) => {
          throw new ObjectStoreUnavailableError(err);
        });
        await m
          .createQueryBuilder()
          .insert()
          .into(EvidenceObject)
          .values({
            sha256,
            objectKey: key,
            contentType,
            sizeBytes: bytes.length,
            uploadedBy: principal.subject,
            uploadedFor: binding,
            uploadedAt: this.clock.now(),
          })
          .orIgnore()
          .execute();
        const row = await m.findOneByOrFail(EvidenceObject, { sha256 });
        return { body: toView(row) };
      },
    );
    return { view: r.body, replayed: r.replayed };
  }

  async get(sha256Ref: string): Promise<EvidenceView | undefined> {
    const sha256 = sha256OfRef(sha256Ref);
    if (!sha256) return undefined;
    const row = await this.dataSource.manager.findOneBy(EvidenceObject, { sha256 });
    return row ? toView(row) : undefined;
  }

  /**
   * Refuses a command citing evidence that was not uploaded to this service (422 naming each field), so
   * an inspection or a dock receipt can only point at bytes the platform holds.
   */
  async requireUploaded(manager: EntityManager, cited: CitedEvidence[]): Promise<void> {
    const hashes = [...new Set(cited.map((c) => sha256OfRef(c.ref)).filter((h): h is string => h !== undefined))];
    const found = new Set(
      hashes.length
        ? (
            await manager
              .createQueryBuilder(EvidenceObject, 'e')
              .select('e.sha256', 'sha256')
              .where('e.sha256 IN (:...hashes)', { hashes })
              .getRawMany<{ sha256: string }>()
          ).map((r) => r.sha256)
        : [],
    );
    const problems: FieldProblem[] = [];
    for (const c of cited) {
      const sha = sha256OfRef(c.ref);
      if (!sha)
        problems.push({
          field: c.field,
          reason: 'must be the ref of an uploaded evidence object (sha256:<64 hex>, from POST /v1/evidence)',
        });
      else if (!found.has(sha)) problems.push({ field: c.field, reason: 'no evidence was uploaded with this ref' });
      else if (c.sha256 !== undefined && c.sha256.toLowerCase() !== sha)
        problems.push({ field: c.sha256Field ?? `${c.field}.sha256`, reason: 'is not the SHA-256 of the uploaded object' });
    }
    if (problems.length)
      throw new UnprocessableError('UNKNOWN_EVIDENCE', problems.map((p) => `${p.field}: ${p.reason}`).join('; '), problems);
  }
}

function toView(row: EvidenceObject): EvidenceView {
  return {
    ref: evidenceRef(row.sha256),
    sha256: row.sha256,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    uploadedAt: new Date(row.uploadedAt).toISOString(),
  };
}
