import { plainToInstance } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Length, Max, Min, NotEquals, ValidateIf, validateSync } from 'class-validator';
import { Type } from 'class-transformer';
import { describeValidationErrors } from '@tradein/contracts';

/** The credentials of the local object store scripts/infra/objectstore.sh starts on loopback; refused in production. */
export const DEV_S3_ACCESS_KEY_ID = 'tradein-dev';
export const DEV_S3_SECRET_ACCESS_KEY = 'tradein-dev-secret-key';
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

const S3_URL = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

/**
 * Where evidence photos are stored: any S3-compatible store (Versity Gateway under `npm start` and the
 * tests, a cloud bucket in production). Outside production the defaults reach the local store.
 */
export class EvidenceStoreSettings {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  /** Empty in production means the provider's own endpoint for S3_REGION (AWS). */
  @ValidateIf((s: EvidenceStoreSettings) => s.S3_ENDPOINT !== '')
  @IsUrl(S3_URL, { message: 'S3_ENDPOINT must be an http(s) URL' })
  S3_ENDPOINT = '';

  @IsString() @Length(1, 64) S3_REGION = 'us-east-1';

  /** S3 bucket naming rules (lowercase, digits, dots, hyphens; 3-63). */
  @IsString() @Length(3, 63)
  S3_BUCKET = 'tradein-evidence';

  @IsString() @Length(3, 128)
  @ValidateIf((s: EvidenceStoreSettings) => s.NODE_ENV === 'production')
  @NotEquals(DEV_S3_ACCESS_KEY_ID, { message: 'S3_ACCESS_KEY_ID must be set in production' })
  S3_ACCESS_KEY_ID = DEV_S3_ACCESS_KEY_ID;

  @IsString() @Length(8, 256)
  @ValidateIf((s: EvidenceStoreSettings) => s.NODE_ENV === 'production')
  @NotEquals(DEV_S3_SECRET_ACCESS_KEY, { message: 'S3_SECRET_ACCESS_KEY must be set in production' })
  S3_SECRET_ACCESS_KEY = DEV_S3_SECRET_ACCESS_KEY;

  /** Path-style URLs (http://host/bucket/key): what self-hosted S3 servers expect. */
  @IsIn(['true', 'false']) S3_FORCE_PATH_STYLE: 'true' | 'false' = 'true';

  @IsOptional() @Type(() => Number) @IsInt() @Min(1024) @Max(MAX_EVIDENCE_BYTES)
  EVIDENCE_MAX_BYTES = MAX_EVIDENCE_BYTES;
}

export class EvidenceSettingsError extends Error {}

/**
 * Resolves the settings from an environment. A service passes its resolved config, which carries the
 * whole environment it was loaded from (loadConfig does not strip unknown keys), so test overrides apply.
 * Outside production the endpoint defaults to the local store on S3_PORT (19000).
 */
export function loadEvidenceSettings(env: object): EvidenceStoreSettings {
  const source = { ...(env as Record<string, unknown>) };
  const production = source['NODE_ENV'] === 'production';
  if (!source['S3_ENDPOINT'] && !production) source['S3_ENDPOINT'] = `http://127.0.0.1:${String(source['S3_PORT'] ?? '19000')}`;
  const settings = plainToInstance(EvidenceStoreSettings, pick(source), { exposeDefaultValues: true });
  const errors = validateSync(settings);
  if (errors.length) throw new EvidenceSettingsError(`invalid evidence store settings\n  - ${describeValidationErrors(errors).join('\n  - ')}`);
  return settings;
}

const KEYS = ['NODE_ENV', 'S3_ENDPOINT', 'S3_REGION', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE', 'EVIDENCE_MAX_BYTES'];

function pick(source: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(KEYS.filter((k) => source[k] !== undefined && source[k] !== '').map((k) => [k, source[k]]));
}
