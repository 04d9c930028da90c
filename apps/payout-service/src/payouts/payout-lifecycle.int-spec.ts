import { PayoutCompleted, PayoutFailed } from '@tradein/contracts';
import { type TestService, waitFor } from '@tradein/testing';
import { type PayoutConfig } from '../config/payout.config';
import { type PayoutView } from './payout-view';
import { PayoutWorker } from './attempt-payouts/payout-worker';
import { RecordFinalizedOffer } from './record-finalized-offer/record-finalized-offer.service';
import { finalizedCommand } from '../testing/finalized-command';
import {
  finalizedEvent,
  publishFinalized,
  startPayoutService,
  testProviders,
  type TestProviders,
  waitForValue,
} from '../testing/payout-test-kit';

const IBAN = 'DE89370400440532013000';

describe('payout lifecycle (PostgreSQL + Kafka)', () => {
  let svc: TestService<PayoutConfig>;
  let providers: TestProviders;
  let worker: PayoutWorker;
  let ops: string;
  let partner: string;

  beforeAll(async () => {
    providers = testProviders();
    svc = await startPayoutService(providers);
    worker = svc.app.get(PayoutWorker);
    ops = svc.token({ sub: 'ops-1', role: 'ops' });
    partner = svc.token({ sub: 'acme-app', role: 'partner', partnerId: 'acme' });
  });
  afterAll(() => svc.close());

  async function registerIban(token = partner): Promise<string> {
    const res = await svc.request<{ destinationRef: string }>('POST', '/v1/payout-destinations', {
      token,
      body: { scheme: 'IBAN', currency: 'EUR', holderName: 'Ada Lovelace', iban: IBAN },
    });
    expect(res.status).toBe(201);
    return res.body.destinationRef;
  }

  async function payoutOf(tradeInId: string): Promise<PayoutView | undefined> {
    const rows: Array<{ id: string }> = await svc.dataSource.query('SELECT id FROM payout WHERE trade_in_id = $1', [tradeInId]);
    if (!rows.length) return undefined;
    const res = await svc.request<PayoutView>('GET', `/v1/payouts/${rows[0].id}`, { token: ops });
    return res.body;
  }

  it('duplicate offer.finalized events (same event redelivered, and a second event for the same trade-in) give one payout', async () => {
    const ref = await registerIban();
    const event = finalizedEvent({ destinationRef: ref, amountMinor: '31000', bonusMinor: '1000' });
    const again = finalizedEvent({ tradeInId: event.tradeInId, destinationRef: ref, amountMinor: '31000' });
    await publishFinalized(svc, event);
    await publishFinalized(svc, event);
    await publishFinalized(svc, again);
    await waitFor(
      async () => {
        const [r]: Array<{ n: number }> = await svc.dataSource.query(
          `SELECT count(*)::int AS n FROM inbox_event WHERE event_id = ANY($1)`,
          [[event.eventId, again.eventId]],
        );
        return r.n === 2;
      },
      { what: 'both distinct events consumed' },
    );
    const payouts: Array<{ status: string; amount_minor: string }> = await svc.dataSource.query(
      'SELECT status, amount_minor FROM payout WHERE trade_in_id = $1',
      [event.tradeInId],
    );
    expect(payouts).toEqual([{ status: 'PENDING', amount_minor: '31000' }]);
    const entries: Array<{ kind: string }> = await svc.dataSource.query(
      'SELECT e.kind FROM journal_entry e JOIN payout p ON p.id = e.payout_id WHERE p.trade_in_id = $1',
      [event.tradeInId],
    );
    expect(entries).toEqual([{ kind: 'OFFER_FINALIZED' }]);
  });

  it('a partner lists and reads only its own payouts', async () => {
    const mine = finalizedEvent({ method: 'GIFT_CARD', partnerId: 'acme' });
    const theirs = finalizedEvent({ method: 'GIFT_CARD', partnerId: 'rival' });
    await publishFinalized(svc, mine);
    await publishFinalized(svc, theirs);
    const other = await waitForValue(() => payoutOf(theirs.tradeInId), { what: 'rival payout' });
    await waitForValue(() => payoutOf(mine.tradeInId), { what: 'own payout' });
    const own = await svc.request<PayoutView[]>('GET', `/v1/payouts?tradeInId=${mine.tradeInId}`, { token: partner });
    expect(own.body.map((p) => p.tradeInId)).toEqual([mine.tradeInId]);
    const foreign = await svc.request<PayoutView[]>('GET', `/v1/payouts?tradeInId=${theirs.tradeInId}`, { token: partner });
    expect(foreign.body).toEqual([]);
    expect((await svc.request('GET', `/v1/payouts/${other.id}`, { token: partner })).status).toBe(404);
    const all = await svc.request<PayoutView[]>('GET', '/v1/payouts?limit=500', { token: partner });
    expect(all.body.length).toBeGreaterThan(0);
    expect(all.body.every((p) => p.partnerId === 'acme')).toBe(true);
  });

  it('the worker pays once through the provider, posts the payment and publishes payout.completed', async () => {
    const probe = await svc.probe([PayoutCompleted.topic]);
    const ref = await registerIban();
    const event = finalizedEvent({ destinationRef: ref, amountMinor: '12345' });
    await publishFinalized(svc, event);
    await waitFor(() => payoutOf(event.tradeInId), { what: 'payout recorded' });
    await worker.runOnce(100);
    const payout = await payoutOf(event.tradeInId);
    expect(payout).toMatchObject({
      status: 'PAID',
      attempts: 1,
      amount: { amountMinor: '12345', currency: 'EUR' },
      destination: { ref, masked: 'DE89 **** 3000' },
    });
    expect((await providers.bank.paymentsByPayout()).get(payout!.id)).toBe(1);
    await worker.runOnce(100);
    expect((await providers.bank.paymentsByPayout()).get(payout!.id)).toBe(1);
    const completed = await waitForValue(() => probe.of(PayoutCompleted).find((e) => e.tradeInId === event.tradeInId), {
      what: 'payout.completed on Kafka',
    });
    expect(completed.payload).toMatchObject({
      payoutId: payout!.id,
      amount: { amountMinor: '12345', currency: 'EUR' },
      method: 'BANK_TRANSFER',
    });
    expect(completed.correlationId).toBe(event.correlationId);
    const invariant = await svc.request<{ balanced: boolean }>('GET', '/v1/ledger/invariant', { token: ops });
    expect(invariant.body.balanced).toBe(true);
  });

  it('two workers at once share the due payouts (SKIP LOCKED) and pay each exactly once', async () => {
    const record = svc.app.get(RecordFinalizedOffer);
    const created = await svc.dataSource.transaction((m) =>
      record.execute(
        m,
        Array.from({ length: 40 }, () => finalizedCommand({ method: 'GIFT_CARD', amountMinor: 500n })),
      ),
    );
    const ids = created.map((c) => c!.payoutId);
    const [first, second] = await Promise.all([worker.runOnce(40), worker.runOnce(40)]);
    expect(first + second).toBeGreaterThanOrEqual(40);
    const payments = await providers.giftCards.paymentsByPayout();
    expect(ids.map((id) => payments.get(id))).toEqual(ids.map(() => 1));
    const [{ n }]: Array<{ n: number }> = await svc.dataSource.query(
      'SELECT count(*)::int AS n FROM payout_attempt WHERE payout_id = ANY($1)',
      [ids],
    );
    expect(n).toBe(40);
  });

  it('a crash between the provider call and the database write still pays exactly once', async () => {
    const ref = await registerIban();
    const event = finalizedEvent({ destinationRef: ref, amountMinor: '50000' });
    await publishFinalized(svc, event);
    const before = await waitForValue(() => payoutOf(event.tradeInId), { what: 'payout recorded' });

    // The provider pays, then the process "dies" before recording the outcome.
    const crash = jest.spyOn(worker, 'recordOutcomes').mockRejectedValueOnce(new Error('process killed'));
    await expect(worker.runOnce(100)).rejects.toThrow('process killed');
    crash.mockRestore();
    expect((await providers.bank.paymentsByPayout()).get(before.id)).toBe(1);
    expect((await payoutOf(event.tradeInId))?.status).toBe('SUBMITTED');

    // Before the lease runs out nobody touches it; after, the worker asks the provider about the same key.
    expect(await worker.runOnce(100)).toBe(0);
    svc.clock.advance(61_000);
    await worker.runOnce(100);
    const after = await payoutOf(event.tradeInId);
    expect(after).toMatchObject({ status: 'PAID', attempts: 1 });
    expect((await providers.bank.paymentsByPayout()).get(before.id)).toBe(1);
    const [{ n }]: Array<{ n: number }> = await svc.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_event WHERE envelope->>'type' = 'tradein.payout.completed' AND envelope->>'tradeInId' = $1`,
      [event.tradeInId],
    );
    expect(n).toBe(1);
  });

  it('a crash after the attempt was committed but before the provider call sends the same key once', async () => {
    const event = finalizedEvent({ method: 'PARTNER_CREDIT', amountMinor: '3000' });
    await publishFinalized(svc, event);
    const p = await waitForValue(() => payoutOf(event.tradeInId), { what: 'payout recorded' });
    const callProvider = worker.callProvider.bind(worker);
    const crash = jest.spyOn(worker, 'callProvider').mockImplementation(async (item) => {
      if (item.payout.id === p.id) throw new Error('process killed');
      return callProvider(item);
    });
    await expect(worker.runOnce(100)).rejects.toThrow('process killed');
    crash.mockRestore();
    expect((await providers.partnerWallet.paymentsByPayout()).get(p.id)).toBeUndefined();
    svc.clock.advance(61_000);
    await worker.runOnce(100);
    const keys: Array<{ idempotency_key: string; status: string }> = await svc.dataSource.query(
      'SELECT idempotency_key, status FROM payout_attempt WHERE payout_id = $1',
      [p.id],
    );
    expect(keys).toEqual([{ idempotency_key: `payout:${p.id}:1`, status: 'PAID' }]);
    expect((await providers.partnerWallet.paymentsByPayout()).get(p.id)).toBe(1);
  });

  it("store staff see their own store's payouts only", async () => {
    const here = finalizedEvent({ method: 'STORE_CREDIT', storeId: 'store-1' });
    const there = finalizedEvent({ method: 'STORE_CREDIT', storeId: 'store-2' });
    await publishFinalized(svc, here);
    await publishFinalized(svc, there);
    const a = await waitForValue(() => payoutOf(here.tradeInId), { what: 'store-1 payout' });
    const b = await waitForValue(() => payoutOf(there.tradeInId), { what: 'store-2 payout' });
    expect(a).toMatchObject({ status: 'PAID', method: 'STORE_CREDIT' });
    const clerk = svc.token({ sub: 'clerk-1', role: 'store_staff', storeId: 'store-1', partnerId: 'acme' });
    expect((await svc.request('GET', `/v1/payouts/${a.id}`, { token: clerk })).status).toBe(200);
    expect((await svc.request('GET', `/v1/payouts/${b.id}`, { token: clerk })).status).toBe(404);
  });

  it('a provider timeout is reconciled under the same idempotency key, never paid twice', async () => {
    const ref = await registerIban();
    const event = finalizedEvent({ destinationRef: ref, amountMinor: '7000' });
    await publishFinalized(svc, event);
    const p = await waitForValue(() => payoutOf(event.tradeInId), { what: 'payout recorded' });
    providers.bank.configure({ timeoutRate: 1 });
    await worker.runOnce(100);
    providers.bank.configure({ timeoutRate: 0 });
    expect((await payoutOf(event.tradeInId))?.status).toBe('SUBMITTED');
    svc.clock.advance(61_000);
    await worker.runOnce(100);
    const paid = await svc.request<{ status: string; attemptHistory: Array<{ status: string }> }>('GET', `/v1/payouts/${p.id}`, {
      token: ops,
    });
    expect(paid.body.status).toBe('PAID');
    expect(paid.body.attemptHistory).toEqual([expect.objectContaining({ status: 'PAID' })]);
    expect((await providers.bank.paymentsByPayout()).get(p.id)).toBe(1);
  });

  it('retries declined attempts with backoff, gives up at the cap, then ops retry with an audit record', async () => {
    const probe = await svc.probe([PayoutFailed.topic]);
    const event = finalizedEvent({ method: 'GIFT_CARD', amountMinor: '9900' });
    await publishFinalized(svc, event);
    const p = await waitForValue(() => payoutOf(event.tradeInId), { what: 'payout recorded' });
    providers.giftCards.configure({ failureRate: 1 });
    await worker.runOnce(100);
    let view = await payoutOf(event.tradeInId);
    expect(view).toMatchObject({ status: 'PENDING', attempts: 1, lastFailureCode: 'SANDBOX_DECLINED' });
    const firstRetryAt = new Date(view!.nextAttemptAt!).getTime() - svc.clock.now().getTime();
    expect(firstRetryAt).toBeGreaterThanOrEqual(500);
    expect(firstRetryAt).toBeLessThanOrEqual(1000);
    expect(await worker.runOnce(100)).toBe(0);
    for (let i = 0; i < 2; i++) {
      svc.clock.advance(10_000);
      await worker.runOnce(100);
    }
    view = await payoutOf(event.tradeInId);
    expect(view).toMatchObject({ status: 'FAILED', attempts: 3, nextAttemptAt: null });
    const failed = await waitForValue(
      () => {
        const mine = probe.of(PayoutFailed).filter((e) => e.tradeInId === event.tradeInId);
        return mine.length === 3 ? mine : undefined;
      },
      { what: 'three payout.failed' },
    );
    expect(failed.map((e) => e.payload.willRetry)).toEqual([true, true, false]);

    providers.giftCards.configure({ failureRate: 0 });
    const refusedToPartner = await svc.request('POST', `/v1/payouts/${p.id}/retry`, { token: partner, body: { reason: 'try again' } });
    expect(refusedToPartner.status).toBe(403);
    const retried = await svc.request<PayoutView>('POST', `/v1/payouts/${p.id}/retry`, {
      token: ops,
      body: { reason: 'gift card issuer back up' },
    });
    expect(retried.status).toBe(200);
    expect(retried.body.status).toBe('PENDING');
    await worker.runOnce(100);
    const detail = await svc.request<{ status: string; attempts: number; audit: Array<{ action: string; actor: string; reason: string }> }>(
      'GET',
      `/v1/payouts/${p.id}`,
      { token: ops },
    );
    expect(detail.body).toMatchObject({ status: 'PAID', attempts: 4 });
    expect(detail.body.audit).toEqual([expect.objectContaining({ action: 'RETRY', actor: 'ops-1', reason: 'gift card issuer back up' })]);
    expect((await providers.giftCards.paymentsByPayout()).get(p.id)).toBe(1);
    const again = await svc.request('POST', `/v1/payouts/${p.id}/retry`, { token: ops, body: { reason: 'again' } });
    expect(again.status).toBe(409);
    const metrics = await svc.request('GET', '/metrics', { token: ops });
    expect(metrics.text).toMatch(/payout_attempt_outcomes_total\{[^}]*method="GIFT_CARD"[^}]*outcome="FAILED"[^}]*\} [3-9]/);
  });

  it('ops cancel a pending payout: the liability is reversed and the ledger stays balanced', async () => {
    const event = finalizedEvent({ method: 'PARTNER_CREDIT', amountMinor: '4000', bonusMinor: '500' });
    await publishFinalized(svc, event);
    const p = await waitForValue(() => payoutOf(event.tradeInId), { what: 'payout recorded' });
    const res = await svc.request<PayoutView>('POST', `/v1/payouts/${p.id}/cancel`, { token: ops, body: { reason: 'seller withdrew' } });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('CANCELLED');
    const balances: Array<{ balance: string }> = await svc.dataSource.query(
      `SELECT sum(l.amount_minor)::text AS balance FROM ledger_line l JOIN journal_entry e ON e.id = l.entry_id WHERE e.payout_id = $1 GROUP BY l.account`,
      [p.id],
    );
    expect(balances.length).toBeGreaterThan(0);
    expect(balances.every((b) => b.balance === '0')).toBe(true);
    await worker.runOnce(100);
    expect((await providers.partnerWallet.paymentsByPayout()).get(p.id)).toBeUndefined();
  });

  it('a destination that can no longer be opened fails to ops at once instead of retrying forever', async () => {
    const ref = await registerIban();
    const event = finalizedEvent({ destinationRef: ref, amountMinor: '2500' });
    await publishFinalized(svc, event);
    const p = await waitForValue(() => payoutOf(event.tradeInId), { what: 'payout recorded' });
    await svc.dataSource.query(`UPDATE payout_destination SET sealed_details = 'v1:gone:AAAA:AAAA:AAAA' WHERE id = $1`, [ref]);
    await worker.runOnce(100);
    expect(await payoutOf(event.tradeInId)).toMatchObject({
      status: 'FAILED',
      lastFailureCode: 'DESTINATION_UNUSABLE',
      nextAttemptAt: null,
    });
    expect((await providers.bank.paymentsByPayout()).get(p.id)).toBeUndefined();
  });

  it('a negative final amount is dead-lettered and writes nothing', async () => {
    const event = finalizedEvent({ amountMinor: '-100', method: 'GIFT_CARD' });
    const probe = await svc.probe([`${event.type}.v1.dlt`]);
    await publishFinalized(svc, event);
    const dead = await waitForValue(() => probe.messages.find((m) => m.envelope?.eventId === event.eventId), {
      what: 'dead letter',
      timeoutMs: 30_000,
    });
    expect(dead.headers['dlt-error']).toContain('must not be negative');
    // A permanent refusal (UnprocessableError): dead-lettered at its first attempt, its code in the headers.
    expect(dead.headers['dlt-code']).toBe('UNPAYABLE_OFFER');
    expect(dead.headers['dlt-permanent']).toBe('true');
    expect(dead.headers['dlt-attempts']).toBe('1');
    // Ops see the same letter, with its code, in payout-service's dead-letter list.
    const listed = await svc.request<{ items: Array<Record<string, unknown>> }>('GET', `/v1/ops/dead-letters?key=${event.tradeInId}`, {
      token: svc.token({ sub: 'ops-1', role: 'ops' }),
    });
    expect(listed.body.items).toEqual([
      expect.objectContaining({ reason: 'HANDLER_FAILED', code: 'UNPAYABLE_OFFER', permanent: true, attempts: 1, eventId: event.eventId }),
    ]);
    const rows: unknown[] = await svc.dataSource.query('SELECT 1 FROM payout WHERE trade_in_id = $1', [event.tradeInId]);
    expect(rows).toEqual([]);
  });
});
