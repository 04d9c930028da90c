import { Type, plainToInstance } from 'class-transformer';
import { IsIn, IsInt, IsString, IsUrl, Length, Max, Min, NotEquals, ValidateIf, validateSync } from 'class-validator';
import { describeValidationErrors } from '@tradein/contracts';
import { BaseServiceConfig } from '@tradein/service-runtime';

/** The credentials of the local object store scripts/infra/objectstore.sh starts on loopback; refused in production. */
export const DEV_S3_ACCESS_KEY_ID = 'tradein-dev';
export const DEV_S3_SECRET_ACCESS_KEY = 'tradein-dev-secret-key';
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

const S3_URL = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

/**
 * Settings of a service that takes evidence uploads (intake, grading: their config classes extend this):
 * any S3-compatible store (Versity Gateway under `npm start` and the tests, a cloud bucket in production).
 */
export class EvidenceStoreConfig extends BaseServiceConfig {
  /**
   * The store's URL. Empty: outside production the local store (http://127.0.0.1:$S3_PORT, 19000), in
   * production the provider's own endpoint for S3_REGION (AWS).
   */
  @ValidateIf((s: EvidenceStoreConfig) => s.S3_ENDPOINT !== '')
  @IsUrl(S3_URL, { message: 'S3_ENDPOINT must be an http(s) URL or empty' })
  S3_ENDPOINT = '';

  @IsString() @Length(1, 64) S3_REGION = 'us-east-1';

  @IsString()
  @Length(3, 63)
  S3_BUCKET = 'tradein-evidence';

  @IsString()
  @Length(3, 128)
  @ValidateIf((s: EvidenceStoreConfig) => s.NODE_ENV === 'production')
  @NotEquals(DEV_S3_ACCESS_KEY_ID, { message: 'S3_ACCESS_KEY_ID must be set in production' })
  S3_ACCESS_KEY_ID = DEV_S3_ACCESS_KEY_ID;

  @IsString()
  @Length(8, 256)
  @ValidateIf((s: EvidenceStoreConfig) => s.NODE_ENV === 'production')
  @NotEquals(DEV_S3_SECRET_ACCESS_KEY, { message: 'S3_SECRET_ACCESS_KEY must be set in production' })
  S3_SECRET_ACCESS_KEY = DEV_S3_SECRET_ACCESS_KEY;

  /** Path-style URLs (http://host/bucket/key): what self-hosted S3 servers expect. */
  @IsIn(['true', 'false']) S3_FORCE_PATH_STYLE: 'true' | 'false' = 'true';

  /** Largest photo accepted by POST /v1/evidence (413 above). */
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(MAX_EVIDENCE_BYTES)
  EVIDENCE_MAX_BYTES = MAX_EVIDENCE_BYTES;
}

/** Only the evidence store's part of a config (what the S3 client and the upload limits need). */
export type EvidenceStoreSettings = Pick<
  EvidenceStoreConfig,
  | 'NODE_ENV'
  | 'S3_ENDPOINT'
  | 'S3_REGION'
  | 'S3_BUCKET'
  | 'S3_ACCESS_KEY_ID'
  | 'S3_SECRET_ACCESS_KEY'
  | 'S3_FORCE_PATH_STYLE'
  | 'EVIDENCE_MAX_BYTES'
>;

const KEYS: ReadonlyArray<keyof EvidenceStoreSettings> = [
  'NODE_ENV',
  'S3_ENDPOINT',
  'S3_REGION',
  'S3_BUCKET',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
  'EVIDENCE_MAX_BYTES',
];

/** Where the S3 client connects: the configured endpoint, else the local store outside production, else the provider's default. */
export function s3EndpointOf(s: EvidenceStoreSettings, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (s.S3_ENDPOINT) return s.S3_ENDPOINT;
  return s.NODE_ENV === 'production' ? undefined : `http://127.0.0.1:${env['S3_PORT'] ?? '19000'}`;
}

export class EvidenceSettingsError extends Error {}

/**
 * The evidence settings alone, from an environment, for tools and tests that are not a service (the
 * infra script creating the bucket, the tests reading the store): validated like a service's config.
 */
export function loadEvidenceSettings(env: Record<string, string | undefined>): EvidenceStoreSettings {
  const source = Object.fromEntries(KEYS.filter((k) => env[k] !== undefined && env[k] !== '').map((k) => [k, env[k]]));
  const settings = plainToInstance(EvidenceStoreConfig, source, { exposeDefaultValues: true });
  // The rest of a service's settings (PORT, DATABASE_URL...) is not asked for here.
  const errors = validateSync(settings).filter((e) => (KEYS as readonly string[]).includes(e.property));
  if (errors.length)
    throw new EvidenceSettingsError(`invalid evidence store settings\n  - ${describeValidationErrors(errors).join('\n  - ')}`);
  return settings;
}
