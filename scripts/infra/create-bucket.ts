import { createS3Client, ensureBucket, loadEvidenceSettings, s3EndpointOf } from '@tradein/evidence';

/**
 * Creates the evidence bucket (S3_BUCKET) on the store at S3_ENDPOINT, idempotently. The gateway may
 * still be opening its listener when objectstore.sh calls this, so a refused connection is retried.
 */
async function main(): Promise<void> {
  const settings = loadEvidenceSettings(process.env);
  const client = createS3Client(settings);
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const r = await ensureBucket(client, settings.S3_BUCKET);
      console.log(`[objectstore] bucket ${settings.S3_BUCKET} ${r} at ${s3EndpointOf(settings) ?? 'the provider'}`);
      return;
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

main().catch((err: unknown) => {
  console.error(`[objectstore] cannot create bucket: ${String(err)}`);
  process.exit(1);
});
