import { randomUUID } from 'node:crypto';
import {
  AppealRequested,
  DeviceGraded,
  DeviceReceived,
  OfferFinalized,
  StockAdded,
  StoreDeviceArrived,
  deadLetterTopicFor,
  validateEvent,
} from '@tradein/contracts';
import { envelopeFor, type EventProbe, publishRaw, waitFor } from '@tradein/testing';
import {
  finalizedPayload,
  gradeThrough,
  imeiFor,
  phoneInspection,
  receivedPayload,
  startGrading,
  type GradingTestService,
} from './testing/grading-test-kit';

/** grading-service on the real Kafka: what it consumes from the other services and what it publishes. */
describe('grading events over Kafka', () => {
  let t: GradingTestService;
  let probe: EventProbe;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    t = await startGrading({ messaging: true });
    probe = await t.probe([DeviceGraded.topic, StockAdded.topic, deadLetterTopicFor(DeviceReceived.topic)]);
    alice = t.token({ sub: 'alice', role: 'grader', siteId: 'SITE-K' });
    bob = t.token({ sub: 'bob', role: 'grader', siteId: 'SITE-K' });
  });
  afterAll(async () => {
    await t.close();
  });

  const ids = (tradeInId: string): { tradeInId: string; partnerId: string } => ({ tradeInId, partnerId: 'partner-k' });

  async function queuedJob(token: string, tradeInId: string, kind = 'INITIAL'): Promise<string> {
    const job = await waitFor(
      async () => {
        const res = await t.request<{ jobs: Array<{ jobId: string; tradeInId: string; kind: string }> }>('GET', '/v1/queue', { token });
        return res.body.jobs.find((j) => j.tradeInId === tradeInId && j.kind === kind);
      },
      { what: `${kind} job for ${tradeInId} in the queue` },
    );
    return job!.jobId;
  }

  it('consumes a site receipt, publishes tradein.device.graded keyed by trade-in, then tradein.stock.added on finalization', async () => {
    const tradeInId = `ti-k-${randomUUID().slice(0, 8)}`;
    await publishRaw(
      t.kafka,
      DeviceReceived.topic,
      tradeInId,
      envelopeFor(DeviceReceived, ids(tradeInId), receivedPayload({ site: 'SITE-K', imei: imeiFor(1) })),
      t.namespace,
    );
    const jobId = await queuedJob(alice, tradeInId);
    const grade = await gradeThrough(t, alice, jobId, imeiFor(1));

    const graded = await waitFor(() => probe.messages.find((m) => m.key === tradeInId && m.envelope?.type === DeviceGraded.type), {
      what: 'device.graded on Kafka',
    });
    expect(validateEvent(JSON.parse(graded!.value), DeviceGraded.topic).ok).toBe(true);
    expect(graded!.envelope).toMatchObject({
      tradeInId,
      partnerId: 'partner-k',
      producer: 'grading-service',
      payload: { gradeId: grade['gradeId'], siteId: 'SITE-K' },
    });

    const finalized = envelopeFor(OfferFinalized, ids(tradeInId), finalizedPayload());
    await publishRaw(t.kafka, OfferFinalized.topic, tradeInId, finalized, t.namespace);
    const stocked = await waitFor(() => probe.messages.find((m) => m.key === tradeInId && m.envelope?.type === StockAdded.type), {
      what: 'stock.added on Kafka',
    });
    expect(stocked!.envelope).toMatchObject({
      causationId: finalized.eventId,
      correlationId: finalized.correlationId,
      payload: { siteId: 'SITE-K', disposition: 'REFURBISH' },
    });
  });

  it('opens a job for a store device when its box arrives at the site, and a regrade on appeal', async () => {
    const tradeInId = `ti-k-${randomUUID().slice(0, 8)}`;
    await publishRaw(
      t.kafka,
      DeviceReceived.topic,
      tradeInId,
      envelopeFor(DeviceReceived, ids(tradeInId), receivedPayload({ store: 'STORE-7', imei: imeiFor(2) })),
      t.namespace,
    );
    await publishRaw(
      t.kafka,
      StoreDeviceArrived.topic,
      tradeInId,
      envelopeFor(StoreDeviceArrived, ids(tradeInId), {
        boxId: 'box-7',
        storeId: 'STORE-7',
        siteId: 'SITE-K',
        receivedAt: '2026-01-15T08:00:00.000Z',
        receivedBy: 'dock',
      }),
      t.namespace,
    );
    const jobId = await queuedJob(alice, tradeInId);
    // The store receipt may be processed after the box arrival: wait until the device details are in.
    expect((await t.request('POST', `/v1/jobs/${jobId}/claim`, { token: alice })).status).toBe(200);
    await waitFor(
      async () =>
        (await t.request('PUT', `/v1/jobs/${jobId}/inspection`, { token: alice, body: phoneInspection(imeiFor(2)) })).status === 200,
      { what: 'store receipt details reach grading' },
    );
    await gradeThrough(t, alice, jobId, imeiFor(2));

    await publishRaw(
      t.kafka,
      AppealRequested.topic,
      tradeInId,
      envelopeFor(
        AppealRequested,
        { ...ids(tradeInId), producer: 'quote-service' },
        {
          appealId: `ap-${tradeInId}`,
          requestedBy: 'PARTNER',
          reason: 'customer says the back was flawless',
        },
      ),
      t.namespace,
    );
    const regradeJob = await queuedJob(bob, tradeInId, 'REGRADE');
    await gradeThrough(t, bob, regradeJob, imeiFor(2), undefined, {});
    await waitFor(() => probe.messages.filter((m) => m.key === tradeInId && m.envelope?.type === DeviceGraded.type).length === 2, {
      what: 'two grades on Kafka',
    });
    const regrades = probe.messages
      .filter((m) => m.key === tradeInId && m.envelope?.type === DeviceGraded.type)
      .map((m) => m.envelope!.payload['regrade']);
    expect(regrades).toEqual([false, true]);
  });

  it('sends an invalid receipt to the dead-letter topic instead of dropping it or opening a job', async () => {
    const tradeInId = `ti-k-${randomUUID().slice(0, 8)}`;
    const bad = envelopeFor(DeviceReceived, ids(tradeInId), receivedPayload({ site: 'SITE-K', imei: imeiFor(3) }));
    (bad.payload as unknown as Record<string, unknown>)['location'] = { type: 'MOON', id: 'x' };
    await publishRaw(t.kafka, DeviceReceived.topic, tradeInId, bad, t.namespace);
    const dead = await waitFor(() => probe.messages.find((m) => m.key === tradeInId && m.topic.endsWith('.dlt')), { what: 'dead letter' });
    expect(dead!.headers['dlt-reason']).toBe('INVALID');
    const [row]: Array<{ n: number }> = await t.dataSource.query('SELECT count(*)::int AS n FROM grading_jobs WHERE trade_in_id = $1', [
      tradeInId,
    ]);
    expect(row!.n).toBe(0);
  });
});
