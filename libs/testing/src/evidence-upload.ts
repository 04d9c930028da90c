import { randomUUID } from 'node:crypto';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { samplePhoto } from '@tradein/evidence';

/** A distinct valid PNG per label. */
export const testPhoto = samplePhoto;

/** A multipart/form-data body with one file part, as a browser's FormData would send it. */
export function multipartFile(
  bytes: Buffer,
  o: { field?: string; filename?: string; contentType?: string } = {},
): { payload: Buffer; contentType: string } {
  const boundary = `----tradein-${randomUUID()}`;
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="${o.field ?? 'file'}"; filename="${o.filename ?? 'photo.png'}"\r\n` +
    `Content-Type: ${o.contentType ?? 'image/png'}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

export interface UploadAnswer {
  status: number;
  body: {
    ref: string;
    sha256: string;
    contentType: string;
    sizeBytes: number;
    code?: string;
    errors?: Array<{ field: string; reason: string }>;
  };
  headers: Record<string, string | string[] | number | undefined>;
}

/** POST /v1/evidence in-process (a service started with startTestService). */
export async function uploadEvidence(
  app: NestFastifyApplication,
  token: string,
  bytes: Buffer,
  headers: Record<string, string> = {},
  part: { field?: string; contentType?: string } = {},
): Promise<UploadAnswer> {
  const { payload, contentType } = multipartFile(bytes, part);
  const res = await app.inject({
    method: 'POST',
    url: '/v1/evidence',
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType, ...headers },
    payload,
  });
  return { status: res.statusCode, body: JSON.parse(res.body) as UploadAnswer['body'], headers: res.headers };
}
