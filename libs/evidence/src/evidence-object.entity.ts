import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An uploaded evidence object, in the database of the service it was uploaded to: what a reference
 * (`sha256:<hex>`) is checked against. One row per content; the first uploader is kept.
 */
@Entity({ name: 'evidence_object' })
export class EvidenceObject {
  @PrimaryColumn({ type: 'char', length: 64 }) sha256: string;
  @Column({ name: 'object_key', type: 'text' }) objectKey: string;
  @Column({ name: 'content_type', type: 'varchar', length: 32 }) contentType: string;
  @Column({ name: 'size_bytes', type: 'int' }) sizeBytes: number;
  @Column({ name: 'uploaded_by', type: 'varchar', length: 128 }) uploadedBy: string;
  /** The store, site or `ops` the uploader was bound to. */
  @Column({ name: 'uploaded_for', type: 'varchar', length: 128 }) uploadedFor: string;
  @Column({ name: 'uploaded_at', type: 'timestamptz' }) uploadedAt: Date;
}
