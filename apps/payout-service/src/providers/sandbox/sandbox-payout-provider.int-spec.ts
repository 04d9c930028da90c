import { DataSource } from 'typeorm';
import { createTestDatabase, ManualClock } from '@tradein/testing';
import { SandboxPayments1764420000000 } from '../../migrations/1764420000000-sandbox-payments';
import { type ProviderPaymentRequest, ProviderTimeoutError } from '../payout-provider';
import { SandboxPaymentStore } from './sandbox-payment-store';
import { type SandboxBehaviour, SandboxPayoutProvider } from './sandbox-payout-provider';
import { seededRandom } from './seeded-random';

const request = (over: Partial<ProviderPaymentRequest> = {}): ProviderPaymentRequest => ({
  idempotencyKey: 'payout:po_1:1',
  payoutId: 'po_1',
  method: 'GIFT_CARD',
  amountMinor: 1000n,
  currency: 'EUR',
  destination: { kind: 'GIFT_CARD', recipientRef: 'seller-1' },
  ...over,
});
const calm: SandboxBehaviour = { latencyMs: 0, failureRate: 0, timeoutRate: 0 };

describe('SandboxPayoutProvider (its book in PostgreSQL)', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;
  const clock = new ManualClock(new Date('2026-03-02T10:00:00Z'));
  let n = 0;
  /** A provider as a fresh process builds it: nothing in memory, only the table. */
  const provider = (behaviour: Partial<SandboxBehaviour> = {}, random?: () => number) =>
    new SandboxPayoutProvider('sb', { ...calm, ...behaviour }, new SandboxPaymentStore(dataSource), clock, random);
  const key = () => `payout:po_${++n}:1`;
  const rows = async (idempotencyKey: string) =>
    (await dataSource.query('SELECT status, amount_minor FROM sandbox_payment WHERE idempotency_key = $1', [idempotencyKey])) as unknown[];

  beforeAll(async () => {
    db = await createTestDatabase('payout_sandbox');
    dataSource = new DataSource({
      type: 'postgres',
      url: db.url,
      migrations: [SandboxPayments1764420000000],
      migrationsTableName: 'typeorm_migrations',
    });
    await dataSource.initialize();
    await dataSource.runMigrations();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('the same key twice is one payment with the same answer', async () => {
    const k = key();
    const p = provider();
    const first = await p.submit(request({ idempotencyKey: k }));
    expect(first).toEqual({ status: 'PAID', providerReference: expect.stringMatching(/^sb-\d+$/) });
    expect(await p.submit(request({ idempotencyKey: k }))).toEqual(first);
    expect(await rows(k)).toEqual([{ status: 'PAID', amount_minor: '1000' }]);
    expect((await p.paymentsByPayout()).get('po_1')).toBe(1);
  });

  it('the same key sent at once by two replicas is still one payment', async () => {
    const k = key();
    const [a, b] = await Promise.all([
      provider({ latencyMs: 20 }).submit(request({ idempotencyKey: k })),
      provider({ latencyMs: 20 }).submit(request({ idempotencyKey: k })),
    ]);
    expect(a).toEqual(b);
    expect(await rows(k)).toHaveLength(1);
  });

  it('the same key with another amount or destination is refused as a conflict and changes nothing', async () => {
    const k = key();
    const p = provider();
    const first = await p.submit(request({ idempotencyKey: k }));
    const refused = { status: 'FAILED', reasonCode: 'IDEMPOTENCY_KEY_REUSED', retryable: false };
    expect(await p.submit(request({ idempotencyKey: k, amountMinor: 999n }))).toEqual(refused);
    expect(await p.submit(request({ idempotencyKey: k, destination: { kind: 'GIFT_CARD', recipientRef: 'someone-else' } }))).toEqual(
      refused,
    );
    expect(await rows(k)).toEqual([{ status: 'PAID', amount_minor: '1000' }]);
    expect(await p.lookup(k)).toEqual(first);
  });

  it('a new provider instance (a restart) knows the key: lookup answers, a resend replays, nothing is paid twice', async () => {
    const k = key();
    const first = await provider().submit(request({ idempotencyKey: k }));
    const restarted = provider();
    expect(await restarted.lookup(k)).toEqual(first);
    expect(await restarted.submit(request({ idempotencyKey: k }))).toEqual(first);
    expect(await rows(k)).toHaveLength(1);
    expect(await restarted.lookup('payout:never-sent:1')).toEqual({ status: 'NOT_FOUND' });
  });

  it('a timeout comes after the payment settled: the caller sees a timeout, the book says PAID, lookup after a restart finds it', async () => {
    const k = key();
    await expect(provider({ timeoutRate: 1 }).submit(request({ idempotencyKey: k }))).rejects.toBeInstanceOf(ProviderTimeoutError);
    expect(await rows(k)).toEqual([{ status: 'PAID', amount_minor: '1000' }]);
    const found = await provider().lookup(k);
    expect(found).toEqual({ status: 'PAID', providerReference: expect.stringMatching(/^sb-\d+$/) });
    expect(await provider({ timeoutRate: 1 }).submit(request({ idempotencyKey: k }))).toEqual(found);
    expect(await rows(k)).toHaveLength(1);
  });

  it('a payment left PROCESSING by a process that died settles when next asked about, once', async () => {
    const k = key();
    // What a SIGKILL during the provider's latency leaves behind: the key taken, no answer given.
    await new SandboxPaymentStore(dataSource).receive(
      {
        provider: 'sb',
        idempotencyKey: k,
        payoutId: 'po_x',
        method: 'GIFT_CARD',
        amountMinor: 1000n,
        currency: 'EUR',
        destinationRef: 'gift-card:seller-1',
      },
      clock.now(),
    );
    const [a, b] = await Promise.all([provider().lookup(k), provider().lookup(k)]);
    expect(a).toEqual({ status: 'PAID', providerReference: expect.any(String) });
    expect(b).toEqual(a);
    expect(await rows(k)).toEqual([{ status: 'PAID', amount_minor: '1000' }]);
  });

  it('declines about the configured share of new payments, retryably, and replays a decline as such', async () => {
    const p = provider({ failureRate: 0.3 }, seededRandom(7));
    const answers = await Promise.all(
      Array.from({ length: 400 }, (_, i) => p.submit(request({ idempotencyKey: `decl:${i}`, payoutId: `po_d${i}` }))),
    );
    const failed = answers.filter((a) => a.status === 'FAILED');
    expect(failed.length / 400).toBeGreaterThan(0.22);
    expect(failed.length / 400).toBeLessThan(0.38);
    const i = answers.findIndex((a) => a.status === 'FAILED');
    expect(await provider().submit(request({ idempotencyKey: `decl:${i}`, payoutId: `po_d${i}` }))).toEqual({
      status: 'FAILED',
      reasonCode: 'SANDBOX_DECLINED',
      retryable: true,
    });
  });

  it('waits the configured latency', async () => {
    const start = Date.now();
    await provider({ latencyMs: 30 }).submit(request({ idempotencyKey: key() }));
    expect(Date.now() - start).toBeGreaterThanOrEqual(25);
  });
});
