import { createHash } from 'node:crypto';
import { EvidenceObject, S3ObjectStore, createS3Client, loadEvidenceSettings, objectKeyOf } from '@tradein/evidence';
import { multipartFile, testPhoto, uploadEvidence } from '@tradein/testing';
import { DeviceReceipt } from '../intake-cases/device-receipt.entity';
import { Shipment } from '../shipments/shipment.entity';
import { type IntakeTestService, accept, carrierScan, imeiFor, newTradeInId, startIntake, until } from '../testing/intake-test-kit';

/** Photo evidence at intake: upload into the real object store (Versity Gateway), and dock receipts that cite it. */
describe('evidence upload and dock receipts citing it (PostgreSQL + Kafka + S3)', () => {
  let svc: IntakeTestService;
  let grader: string;
  let store: S3ObjectStore;
  const MAX = 64 * 1024;

  beforeAll(async () => {
    svc = await startIntake({ EVIDENCE_MAX_BYTES: String(MAX) });
    grader = svc.token({ sub: 'grader-3', role: 'grader', siteId: 'SITE-1' });
    const settings = loadEvidenceSettings({ ...process.env, NODE_ENV: 'test' });
    store = new S3ObjectStore(createS3Client(settings), settings.S3_BUCKET);
  });
  afterAll(() => svc?.close());

  const rows = async (): Promise<number> => svc.dataSource.getRepository(EvidenceObject).count();
  const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

  it('stores the bytes under the SHA-256 the server computes, records them, and answers the ref', async () => {
    const photo = testPhoto(`unboxing ${Date.now()}`);
    const res = await uploadEvidence(svc.app, grader, photo, {}, { contentType: 'application/octet-stream' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ ref: `sha256:${sha(photo)}`, sha256: sha(photo), contentType: 'image/png', sizeBytes: photo.length });
    // In the real store under its content address, byte for byte.
    expect((await store.read(objectKeyOf(sha(photo)))).equals(photo)).toBe(true);
    const row = await svc.dataSource.getRepository(EvidenceObject).findOneByOrFail({ sha256: sha(photo) });
    expect(row).toMatchObject({ uploadedBy: 'grader-3', uploadedFor: 'site:SITE-1', objectKey: objectKeyOf(sha(photo)) });
    const view = await svc.request<{ ref: string }>('GET', `/v1/evidence/${res.body.ref}`, { token: grader });
    expect(view.body.ref).toBe(res.body.ref);

    // The same bytes again (another clerk, another store): the same ref, still one row.
    const before = await rows();
    const again = await uploadEvidence(
      svc.app,
      svc.token({ sub: 'clerk-1', role: 'store_staff', storeId: 'STORE-1', partnerId: 'p-1' }),
      photo,
    );
    expect(again.status).toBe(201);
    expect(again.body.ref).toBe(res.body.ref);
    expect(await rows()).toBe(before);
  });

  it('replays a retried upload with the same Idempotency-Key and refuses the key for other bytes', async () => {
    const photo = testPhoto(`retried ${Date.now()}`);
    const key = `ev-${Date.now()}`;
    const first = await uploadEvidence(svc.app, grader, photo, { 'idempotency-key': key });
    const retry = await uploadEvidence(svc.app, grader, photo, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    const other = await uploadEvidence(svc.app, grader, testPhoto(`other ${Date.now()}`), { 'idempotency-key': key });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('refuses what is not a JPEG, PNG or WebP, too large, not multipart or not named file, and writes nothing', async () => {
    const before = await rows();
    const gif = await uploadEvidence(svc.app, grader, Buffer.from('GIF89a fake image'), {}, { contentType: 'image/png' });
    expect(gif.status).toBe(415);
    expect(gif.body.errors).toEqual([expect.objectContaining({ field: 'file' })]);

    const big = await uploadEvidence(svc.app, grader, Buffer.concat([testPhoto('big'), Buffer.alloc(MAX + 1)]));
    expect(big.status).toBe(413);
    expect(big.body.errors).toEqual([{ field: 'file', reason: `must be at most ${MAX} bytes` }]);

    const empty = await uploadEvidence(svc.app, grader, Buffer.alloc(0));
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual([{ field: 'file', reason: 'is empty' }]);

    const misnamed = await uploadEvidence(svc.app, grader, testPhoto('misnamed'), {}, { field: 'photo' });
    expect(misnamed.status).toBe(400);
    expect(misnamed.body.errors?.[0]?.field).toBe('photo');

    const json = await svc.request<{ errors: Array<{ field: string }> }>('POST', '/v1/evidence', { token: grader, body: { file: 'x' } });
    expect(json.status).toBe(415);
    expect(json.headers['content-type']).toContain('application/problem+json');
    expect(await rows()).toBe(before);
  });

  it('is for staff: no token is 401, a partner is 403', async () => {
    const { payload, contentType } = multipartFile(testPhoto('anonymous'));
    const anonymous = await svc.app.inject({ method: 'POST', url: '/v1/evidence', headers: { 'content-type': contentType }, payload });
    expect(anonymous.statusCode).toBe(401);
    const partner = await uploadEvidence(svc.app, svc.token({ sub: 'p', role: 'partner', partnerId: 'p-1' }), testPhoto('partner'));
    expect(partner.status).toBe(403);
  });

  /** A parcel of a new mail-in trade-in, delivered to SITE-1. */
  async function deliveredParcel(): Promise<string> {
    const tradeInId = newTradeInId();
    await accept(svc, tradeInId);
    const tn = (await until(() => svc.dataSource.getRepository(Shipment).findOneBy({ tradeInId, purpose: 'INBOUND' }))).trackingNumber;
    if (!tn) throw new Error(`no tracking number for ${tradeInId}`);
    await carrierScan(svc, tn, 'DELIVERED', svc.clock.now());
    return tn;
  }

  it('refuses a dock receipt citing evidence that was never uploaded, naming the field, and records nothing', async () => {
    const tn = await deliveredParcel();
    const uploaded = (await uploadEvidence(svc.app, grader, testPhoto(`dock ${tn}`))).body.ref;
    const receipts = await svc.dataSource.getRepository(DeviceReceipt).count();
    const res = await svc.request<{ code: string; errors: Array<{ field: string; reason: string }> }>('POST', '/v1/dock/receipts', {
      token: grader,
      body: {
        trackingNumber: tn,
        parcelWeightGrams: 300,
        evidenceRefs: [uploaded, `sha256:${'0'.repeat(64)}`, 'photo:unbox-1'],
        imei: imeiFor('35875505', '777001'),
        activationLock: false,
        mdmEnrolled: false,
      },
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('UNKNOWN_EVIDENCE');
    expect(res.body.errors.map((e) => e.field)).toEqual(['evidenceRefs[1]', 'evidenceRefs[2]']);
    expect(await svc.dataSource.getRepository(DeviceReceipt).count()).toBe(receipts);
  });

  it('accepts a dock receipt retried with the same Idempotency-Key once: one receipt, the same answer', async () => {
    const tn = await deliveredParcel();
    const photo = (await uploadEvidence(svc.app, grader, testPhoto(`dock retry ${tn}`))).body.ref;
    const body = {
      trackingNumber: tn,
      parcelWeightGrams: 300,
      evidenceRefs: [photo],
      imei: imeiFor('35875505', '777002'),
      activationLock: false,
      mdmEnrolled: false,
    };
    const key = `dock-${tn}`;
    const first = await svc.request('POST', '/v1/dock/receipts', { token: grader, body, headers: { 'idempotency-key': key } });
    const retry = await svc.request('POST', '/v1/dock/receipts', { token: grader, body, headers: { 'idempotency-key': key } });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    const shipment = await svc.dataSource.getRepository(Shipment).findOneByOrFail({ trackingNumber: tn });
    expect(await svc.dataSource.getRepository(DeviceReceipt).countBy({ tradeInId: String(shipment.tradeInId) })).toBe(1);
    // Without the key, the same request is a second receipt attempt, which the parcel's state refuses.
    expect((await svc.request('POST', '/v1/dock/receipts', { token: grader, body })).status).toBe(409);
  });
});
