import { type DynamicModule, Inject, Module, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import fastifyMultipart from '@fastify/multipart';
import { type FastifyInstance } from 'fastify';
import { childLogger } from '@tradein/observability';
import { type EvidenceStoreConfig, type EvidenceStoreSettings } from './evidence-settings';
import { EvidenceController } from './evidence.controller';
import { EvidenceService } from './evidence.service';
import { EVIDENCE_OBJECT_STORE, EVIDENCE_SETTINGS } from './evidence.tokens';
import { S3ObjectStore, createS3Client, ensureBucket } from './s3-object-store';

/**
 * POST /v1/evidence (photo upload into the S3-compatible store) and EvidenceService.requireUploaded for
 * the commands that cite evidence. The service lists EvidenceObject and EvidenceObjects1764900000000
 * with its own entities and migrations.
 */
@Module({})
export class EvidenceModule implements OnModuleInit, OnApplicationBootstrap {
  /** `config`: the service's validated config (its class extends EvidenceStoreConfig). */
  static forRoot(settings: EvidenceStoreConfig): DynamicModule {
    return {
      module: EvidenceModule,
      // Global: the use cases citing evidence (dock receipts, inspections) inject EvidenceService from their own modules.
      global: true,
      controllers: [EvidenceController],
      providers: [
        { provide: EVIDENCE_SETTINGS, useValue: settings },
        { provide: EVIDENCE_OBJECT_STORE, useFactory: () => new S3ObjectStore(createS3Client(settings), settings.S3_BUCKET) },
        EvidenceService,
      ],
      exports: [EvidenceService],
    };
  }

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(EVIDENCE_SETTINGS) private readonly settings: EvidenceStoreSettings,
    @Inject(EVIDENCE_OBJECT_STORE) private readonly store: S3ObjectStore,
  ) {}

  /**
   * Multipart parsing only in the services that take uploads. Registered on the fastify instance before it
   * boots (Nest initialises modules before app.listen / ready), so the parser and request.file() exist
   * for every route; other routes still refuse multipart bodies through the shared input guard.
   */
  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    if (fastify.hasContentTypeParser('multipart/form-data')) return;
    void fastify.register(fastifyMultipart, { limits: { fileSize: this.settings.EVIDENCE_MAX_BYTES, files: 1, fields: 0, parts: 1 } });
  }

  /**
   * A fresh store (compose's objectstore, a new bucket name) gets its bucket at boot. A store where these
   * keys may not create buckets (a managed one) only logs it: uploads then say what is wrong. Not awaited:
   * an unreachable store must not hold the service's start (readiness is about PostgreSQL and Kafka).
   */
  onApplicationBootstrap(): void {
    ensureBucket(this.store.client, this.settings.S3_BUCKET).catch((err: unknown) => {
      childLogger('evidence').warn({ err, bucket: this.settings.S3_BUCKET }, 'evidence bucket not checked or created at start');
    });
  }
}
