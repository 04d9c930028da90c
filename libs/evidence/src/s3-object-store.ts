import {
  CreateBucketCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { type EvidenceStoreSettings, s3EndpointOf } from './evidence-settings';

export function createS3Client(s: EvidenceStoreSettings): S3Client {
  const endpoint = s3EndpointOf(s);
  return new S3Client({
    region: s.S3_REGION,
    ...(endpoint ? { endpoint } : {}),
    forcePathStyle: s.S3_FORCE_PATH_STYLE === 'true',
    credentials: { accessKeyId: s.S3_ACCESS_KEY_ID, secretAccessKey: s.S3_SECRET_ACCESS_KEY },
    // We send the SHA-256 we computed ourselves (below); the SDK's default CRC32 trailer is not
    // understood by every S3-compatible server.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 3,
  });
}

function isNotFound(err: unknown): boolean {
  return err instanceof S3ServiceException && (err.$metadata.httpStatusCode === 404 || err.name === 'NotFound' || err.name === 'NoSuchKey');
}

/** Creates the bucket unless it exists (the infra scripts, test setup and a fresh production deploy share this). */
export async function ensureBucket(client: S3Client, bucket: string): Promise<'created' | 'exists'> {
  try {
    await client.send(new HeadBucketCommand({ Bucket: bucket }));
    return 'exists';
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
  try {
    await client.send(new CreateBucketCommand({ Bucket: bucket }));
    return 'created';
  } catch (err) {
    // Two starters racing: the other one created it.
    if (err instanceof S3ServiceException && (err.name === 'BucketAlreadyOwnedByYou' || err.name === 'BucketAlreadyExists'))
      return 'exists';
    throw err;
  }
}

/** Content-addressed objects: one key per SHA-256, so writing the same bytes twice is a no-op. */
export class S3ObjectStore {
  constructor(
    readonly client: S3Client,
    readonly bucket: string,
  ) {}

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (err) {
      if (isNotFound(err)) return false;
      throw err;
    }
  }

  /** Writes unless present. The store checks the bytes against our SHA-256, so a corrupted upload is refused there too. */
  async putContent(key: string, bytes: Buffer, contentType: string, sha256Hex: string): Promise<void> {
    if (await this.exists(key)) return;
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: bytes,
          ContentType: contentType,
          ContentLength: bytes.length,
          ChecksumSHA256: Buffer.from(sha256Hex, 'hex').toString('base64'),
        }),
      );
    } catch (err) {
      // The key is the content's hash: if a simultaneous writer of the same bytes got there first, the object is
      // what we meant to store (some S3-compatible servers refuse the second of two racing writes of one key).
      if (await this.exists(key).catch(() => false)) return;
      throw err;
    }
  }

  async read(key: string): Promise<Buffer> {
    const r = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    if (!r.Body) throw new Error(`object ${key} has no body`);
    return Buffer.from(await r.Body.transformToByteArray());
  }
}
