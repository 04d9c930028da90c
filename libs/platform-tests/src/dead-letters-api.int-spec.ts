import { TradeInCancelled, deadLetterTopicFor } from '@tradein/contracts';
import { type TestService, startTestService, waitFor } from '@tradein/testing';
import { BaseServiceConfig } from '@tradein/service-runtime';
import { demoModule } from './demo.module';

interface DeadLetterItem {
  consumer: string;
  topic: string;
  deadLetterTopic: string;
  partition: number;
  offset: string;
  eventType: string | null;
  eventId: string | null;
  key: string | null;
  reason: string;
  error: string;
  attempts: number;
  deadLetteredAt: string;
  code: string | null;
  permanent: boolean;
}
interface DeadLetterPage {
  total: number;
  items: DeadLetterItem[];
  replay: string;
}

/** GET /v1/ops/dead-letters: what the consumers gave up on, recorded with the `.dlt` publish (ADR 0014). */
describe('the dead letters ops list (real PostgreSQL and Kafka)', () => {
  let svc: TestService<BaseServiceConfig>;
  let ops: string;
  beforeAll(async () => {
    svc = await startTestService({
      serviceName: 'quote-service',
      configClass: BaseServiceConfig,
      module: demoModule,
      env: { MESSAGING_MAX_ATTEMPTS: '2', MESSAGING_RETRY_BACKOFF_MS: '50' },
    });
    ops = svc.token({ sub: 'ops-1', role: 'ops' });
  });
  afterAll(async () => {
    await svc.close();
  });

  const list = (query = '', token = ops) => svc.request<DeadLetterPage>('GET', `/v1/ops/dead-letters${query}`, { token });

  it('lists a handler failure and an unparseable message with topic, type, key, reason, error, attempts and time', async () => {
    const dlt = await svc.probe([deadLetterTopicFor(TradeInCancelled.topic)]);
    await svc.dataSource.query('ALTER TABLE seen RENAME TO seen_unavailable');
    const made = await svc.request<{ id: number }>('POST', '/v1/things', { token: ops, body: { name: 'poison', count: 1 } });
    const key = `thing-${made.body.id}`;
    await waitFor(() => dlt.messages.some((m) => m.key === key), { what: 'the dead letter', timeoutMs: 30_000 });

    // Bytes that are not JSON: refused before any handler, dead-lettered at once.
    const producer = svc.kafka.producer();
    await producer.connect();
    await producer.send({ topic: svc.topic(TradeInCancelled.topic), messages: [{ key: 'garbage-1', value: 'not json {' }] });
    await producer.disconnect();
    await waitFor(() => dlt.messages.some((m) => m.key === 'garbage-1'), { what: 'the unparseable letter', timeoutMs: 30_000 });
    await svc.dataSource.query('ALTER TABLE seen_unavailable RENAME TO seen');

    const page = await list();
    expect(page.status).toBe(200);
    expect(page.body.total).toBe(2);
    expect(page.body.replay).toContain('npm run dlt:replay');
    // Newest first.
    expect(page.body.items.map((i) => i.key)).toEqual(['garbage-1', key]);
    const failed = page.body.items[1]!;
    expect(failed).toMatchObject({
      topic: TradeInCancelled.topic,
      deadLetterTopic: `${TradeInCancelled.topic}.dlt`,
      eventType: TradeInCancelled.type,
      key,
      reason: 'HANDLER_FAILED',
      attempts: 2,
      // A missing table is no refusal with a code: retried, then dead-lettered.
      code: null,
      permanent: false,
    });
    expect(failed.consumer).toContain('CancelledRecorder');
    expect(failed.error).toContain('seen');
    expect(failed.eventId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(failed.deadLetteredAt)).toBeGreaterThan(Date.now() - 120_000);
    // The row and the Kafka letter describe the same message.
    const letter = dlt.messages.find((m) => m.key === key)!;
    expect(letter.headers['dlt-original-offset']).toBe(failed.offset);
    expect(letter.headers['dlt-at']).toBe(failed.deadLetteredAt);
    expect(page.body.items[0]).toMatchObject({ reason: 'UNPARSEABLE', attempts: 0, eventId: null, eventType: TradeInCancelled.type });

    // Filters and paging.
    expect((await list('?reason=UNPARSEABLE')).body.items.map((i) => i.key)).toEqual(['garbage-1']);
    expect((await list(`?key=${key}`)).body.total).toBe(1);
    expect((await list('?topic=tradein.quote.accepted.v1')).body.total).toBe(0);
    const second = await list('?limit=1&offset=1');
    expect(second.body).toMatchObject({ total: 2, items: [{ key }] });
  }, 90_000);

  it('is for ops only, and names a bad filter', async () => {
    const grader = svc.token({ sub: 'g-1', role: 'grader', siteId: 'SITE-1' });
    const refused = await list('', grader);
    expect(refused.status).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect((await svc.request('GET', '/v1/ops/dead-letters')).status).toBe(401);
    const bad = await list('?reason=SOMETIMES&limit=0');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('reason');
    expect(bad.text).toContain('limit');
  });
});
