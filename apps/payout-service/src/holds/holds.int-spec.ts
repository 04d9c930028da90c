import { DeviceQuarantined, DeviceReceived, DeviceReleased, DeviceSuspended, type EventEnvelope, PayoutHeld } from '@tradein/contracts';
import { envelopeFor, publishRaw, type TestService, waitFor } from '@tradein/testing';
import { type PayoutConfig } from '../config/payout.config';
import { PayoutWorker } from '../payouts/attempt-payouts/payout-worker';
import { type PayoutView } from '../payouts/payout-view';
import { RecordFinalizedOffer } from '../payouts/record-finalized-offer/record-finalized-offer.service';
import { finalizedCommand } from '../testing/finalized-command';
import {
  finalizedEvent,
  publishFinalized,
  startPayoutService,
  testProviders,
  type TestProviders,
  waitForValue,
} from '../testing/payout-test-kit';

describe('limits and holds (DAC7, velocity, financed devices) and the ops queue', () => {
  let svc: TestService<PayoutConfig>;
  let providers: TestProviders;
  let record: RecordFinalizedOffer;
  let ops: string;

  beforeAll(async () => {
    providers = testProviders();
    svc = await startPayoutService(providers, {
      PAYOUT_VELOCITY_RULES: JSON.stringify({ 'fast-prog': [{ scope: 'SELLER', windowHours: 24, maxCount: 2 }] }),
    });
    record = svc.app.get(RecordFinalizedOffer);
    ops = svc.token({ sub: 'ops-1', role: 'ops' });
  });
  afterAll(() => svc.close());

  const load = (cmds: ReturnType<typeof finalizedCommand>[]) => svc.dataSource.transaction((m) => record.execute(m, cmds));

  it('holds the 30th trade-in of a seller in a year across partners, not the 29th', async () => {
    const sellerRef = 'dac7-count';
    const first = await load(
      Array.from({ length: 29 }, (_, i) => finalizedCommand({ sellerRef, partnerId: i % 2 ? 'acme' : 'telco', amountMinor: 1_000n })),
    );
    expect(first.every((r) => r?.status === 'PENDING')).toBe(true);
    const [thirtieth] = await load([finalizedCommand({ sellerRef, amountMinor: 1_000n })]);
    expect(thirtieth).toMatchObject({ status: 'HELD', holdReasons: ['DAC7_IDENTITY_VERIFICATION'] });
    // Another calendar year starts from zero.
    const [nextYear] = await load([finalizedCommand({ sellerRef, amountMinor: 1_000n, finalizedAt: new Date('2027-01-02T10:00:00Z') })]);
    expect(nextYear?.status).toBe('PENDING');
  });

  it('two payouts of one seller finalized at the same moment cannot both slip under the threshold', async () => {
    const sellerRef = 'dac7-race';
    await load(Array.from({ length: 28 }, () => finalizedCommand({ sellerRef, amountMinor: 100n })));
    const [[a], [b]] = await Promise.all([
      load([finalizedCommand({ sellerRef, amountMinor: 100n })]),
      load([finalizedCommand({ sellerRef, amountMinor: 100n })]),
    ]);
    expect([a?.status, b?.status].sort()).toEqual(['HELD', 'PENDING']);
  });

  it('holds the payout reaching EUR 2,000 in the year, counting other currencies at their euro equivalent', async () => {
    const sellerRef = 'dac7-amount';
    const [a, b] = await load([
      finalizedCommand({ sellerRef, amountMinor: 150_000n }),
      finalizedCommand({ sellerRef, currency: 'GBP', amountMinor: 40_000n }), // 460 EUR at 1.15: 1,960 in all
    ]);
    expect([a?.status, b?.status]).toEqual(['PENDING', 'PENDING']);
    const [c] = await load([finalizedCommand({ sellerRef, currency: 'JPY', amountMinor: 10_000n })]); // 62 EUR: 2,022
    expect(c).toMatchObject({ status: 'HELD', holdReasons: ['DAC7_IDENTITY_VERIFICATION'] });
  });

  it('release with identity verified pays the held payout and stops holding that seller this year', async () => {
    const sellerRef = 'dac7-verified';
    await load(Array.from({ length: 29 }, () => finalizedCommand({ sellerRef, amountMinor: 100n })));
    const [held] = await load([finalizedCommand({ sellerRef, amountMinor: 100n })]);
    expect(held?.status).toBe('HELD');
    const queue = await svc.request<PayoutView[]>('GET', '/v1/payouts?status=HELD', { token: ops });
    expect(queue.body.find((p) => p.id === held!.payoutId)).toMatchObject({ holdReasons: ['DAC7_IDENTITY_VERIFICATION'] });
    const partner = svc.token({ sub: 'acme-app', role: 'partner', partnerId: 'acme' });
    expect(
      (
        await svc.request('POST', `/v1/payouts/${held!.payoutId}/release`, {
          token: partner,
          body: { reason: 'x', identityVerified: true },
        })
      ).status,
    ).toBe(403);
    // DAC7 is not waved through: without a verified identity the hold stays.
    const unverified = await svc.request<{ code: string; errors: Array<{ field: string }> }>(
      'POST',
      `/v1/payouts/${held!.payoutId}/release`,
      { token: ops, body: { reason: 'queue clean-up' } },
    );
    expect(unverified.status).toBe(400);
    expect(unverified.body.errors[0]!.field).toBe('identityVerified');
    const still = await svc.request<PayoutView[]>('GET', '/v1/payouts?status=HELD', { token: ops });
    expect(still.body.some((p) => p.id === held!.payoutId)).toBe(true);
    const released = await svc.request<PayoutView>('POST', `/v1/payouts/${held!.payoutId}/release`, {
      token: ops,
      body: { reason: 'passport checked', identityVerified: true },
    });
    expect(released.status).toBe(200);
    expect(released.body).toMatchObject({ status: 'PENDING', holdReasons: [] });
    const [next] = await load([finalizedCommand({ sellerRef, amountMinor: 100n })]);
    expect(next?.status).toBe('PENDING');
    await svc.app.get(PayoutWorker).runOnce(500);
    const after = await svc.request<{ status: string; audit: Array<{ action: string; reason: string }> }>(
      'GET',
      `/v1/payouts/${held!.payoutId}`,
      { token: ops },
    );
    expect(after.body.status).toBe('PAID');
    expect(after.body.audit).toEqual([expect.objectContaining({ action: 'RELEASE', reason: 'passport checked [identity verified]' })]);
  });

  it('answers before acceptance whether a payout would be held, refusing bad amounts and currencies and writing nothing', async () => {
    const sellerRef = 'till-check';
    await load(Array.from({ length: 29 }, () => finalizedCommand({ sellerRef, amountMinor: 100n, finalizedAt: svc.clock.now() })));
    const clerk = svc.token({ sub: 'clerk-1', role: 'store_staff', storeId: 'store-1', partnerId: 'acme' });
    const count = async () => (await svc.dataSource.query('SELECT count(*)::int AS n FROM payout'))[0].n as number;
    const before = await count();
    const check = (body: object) =>
      svc.request<{ wouldHold: boolean; reasons: string[]; sellerYear: object; errors?: Array<{ field: string; reason: string }> }>(
        'POST',
        '/v1/payout-limits/check',
        { token: clerk, body },
      );
    const held = await check({ sellerRef, amount: { amountMinor: '1000', currency: 'EUR' }, method: 'STORE_CREDIT' });
    expect(held.status).toBe(200);
    expect(held.body).toMatchObject({
      wouldHold: true,
      reasons: ['DAC7_IDENTITY_VERIFICATION'],
      sellerYear: { trades: 29, eurMinor: '2900' },
    });
    const fresh = await check({ sellerRef: 'someone-new', amount: { amountMinor: '1000', currency: 'EUR' }, method: 'GIFT_CARD' });
    expect(fresh.body).toMatchObject({ wouldHold: false, reasons: [] });

    const negative = await check({ sellerRef, amount: { amountMinor: '-1', currency: 'EUR' }, method: 'GIFT_CARD' });
    expect(negative.status).toBe(400);
    expect(negative.body.errors).toEqual([{ field: 'amount.amountMinor', reason: 'must not be negative' }]);
    const partner = svc.token({ sub: 'acme-app', role: 'partner', partnerId: 'acme' });
    const dest = await svc.request<{ destinationRef: string }>('POST', '/v1/payout-destinations', {
      token: partner,
      body: { scheme: 'IBAN', currency: 'EUR', holderName: 'A', iban: 'BE68539007547034' },
    });
    const mismatch = await check({
      sellerRef,
      amount: { amountMinor: '1000', currency: 'GBP' },
      method: 'BANK_TRANSFER',
      destinationRef: dest.body.destinationRef,
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.errors).toEqual([{ field: 'amount.currency', reason: 'the destination is paid in EUR, not GBP' }]);
    const badCurrency = await check({ sellerRef, amount: { amountMinor: '1000', currency: 'XXX' }, method: 'GIFT_CARD' });
    expect(badCurrency.status).toBe(400);
    expect(badCurrency.body.errors?.[0].field).toBe('amount.currency');
    expect(await count()).toBe(before);
  });

  it('counts per payout account too: many seller references behind one IBAN are held', async () => {
    const partner = svc.token({ sub: 'acme-app', role: 'partner', partnerId: 'acme' });
    const refs: string[] = [];
    for (let i = 0; i < 2; i++) {
      const r = await svc.request<{ destinationRef: string }>('POST', '/v1/payout-destinations', {
        token: partner,
        body: { scheme: 'IBAN', currency: 'EUR', holderName: 'Mule', iban: 'NL91ABNA0417164300' },
      });
      refs.push(r.body.destinationRef);
    }
    const results = await load(
      Array.from({ length: 30 }, (_, i) => finalizedCommand({ method: 'BANK_TRANSFER', destinationRef: refs[i % 2], amountMinor: 100n })),
    );
    expect(results.slice(0, 29).every((r) => r?.status === 'PENDING')).toBe(true);
    expect(results[29]).toMatchObject({ status: 'HELD', holdReasons: ['DAC7_IDENTITY_VERIFICATION'] });
  });

  it('applies a program velocity rule', async () => {
    const sellerRef = 'velocity-1';
    const results = await load(Array.from({ length: 3 }, () => finalizedCommand({ sellerRef, programId: 'fast-prog', amountMinor: 100n })));
    expect(results.map((r) => r?.status)).toEqual(['PENDING', 'PENDING', 'HELD']);
    expect(results[2]?.holdReasons).toEqual(['VELOCITY_SELLER']);
    const [otherProgram] = await load([finalizedCommand({ sellerRef, programId: 'slow-prog', amountMinor: 100n })]);
    expect(otherProgram?.status).toBe('PENDING');
  });

  it('holds the payout of a financed, unpaid device whichever event comes first, and emits payout.held', async () => {
    const probe = await svc.probe([PayoutHeld.topic]);
    const received = (tradeInId: string) =>
      envelopeFor(
        DeviceReceived,
        { tradeInId, partnerId: 'acme' },
        {
          location: { type: 'SITE', id: 'site-1' },
          device: { modelId: 'iphone-13', category: 'smartphone' },
          identity: {
            imei: '490154203237518',
            blockListStatus: 'FINANCED_UNPAID',
            activationLock: false,
            mdmEnrolled: false,
            duplicateOpenTradeIn: false,
          },
          receivedAt: new Date().toISOString(),
          receivedBy: 'tech-1',
          evidenceRefs: [],
        },
      );
    const before = finalizedEvent({ method: 'GIFT_CARD' });
    await publishRaw(svc.kafka, DeviceReceived.topic, before.tradeInId, received(before.tradeInId), svc.namespace);
    await waitFor(
      async () => (await svc.dataSource.query('SELECT 1 FROM trade_in_flag WHERE trade_in_id = $1', [before.tradeInId])).length === 1,
      { what: 'flag' },
    );
    await publishFinalized(svc, before);
    const after = finalizedEvent({ method: 'GIFT_CARD' });
    await publishFinalized(svc, after);
    await waitFor(async () => (await svc.dataSource.query('SELECT 1 FROM payout WHERE trade_in_id = $1', [after.tradeInId])).length === 1, {
      what: 'payout',
    });
    await publishRaw(svc.kafka, DeviceReceived.topic, after.tradeInId, received(after.tradeInId), svc.namespace);
    const held = await waitForValue(
      () => {
        const mine = probe.of(PayoutHeld).filter((e) => [before.tradeInId, after.tradeInId].includes(e.tradeInId));
        return mine.length === 2 ? mine : undefined;
      },
      { what: 'two payout.held' },
    );
    expect(held.map((e) => e.payload.reasonCode)).toEqual(['DEVICE_FINANCED_UNPAID', 'DEVICE_FINANCED_UNPAID']);
    await svc.app.get(PayoutWorker).runOnce(500);
    const rows: Array<{ status: string }> = await svc.dataSource.query('SELECT status FROM payout WHERE trade_in_id = ANY($1)', [
      [before.tradeInId, after.tradeInId],
    ]);
    expect(rows.map((r) => r.status)).toEqual(['HELD', 'HELD']);

    // The same identity finding on a quarantine event holds too.
    const quarantined = finalizedEvent({ method: 'GIFT_CARD' });
    await publishFinalized(svc, quarantined);
    await waitFor(
      async () => (await svc.dataSource.query('SELECT 1 FROM payout WHERE trade_in_id = $1', [quarantined.tradeInId])).length === 1,
      { what: 'payout' },
    );
    await publishRaw(
      svc.kafka,
      DeviceQuarantined.topic,
      quarantined.tradeInId,
      envelopeFor(
        DeviceQuarantined,
        { tradeInId: quarantined.tradeInId, partnerId: 'acme' },
        {
          location: { type: 'SITE', id: 'site-1' },
          identity: {
            imei: '490154203237518',
            blockListStatus: 'FINANCED_UNPAID',
            activationLock: false,
            mdmEnrolled: false,
            duplicateOpenTradeIn: false,
          },
          reasonCodes: ['FINANCED_UNPAID'],
          holdUntil: '2026-02-12T00:00:00.000Z',
        },
      ),
      svc.namespace,
    );
    await waitFor(
      async () =>
        (await svc.dataSource.query(`SELECT 1 FROM payout WHERE trade_in_id = $1 AND status = 'HELD'`, [quarantined.tradeInId])).length ===
        1,
      { what: 'quarantine hold' },
    );

    // Already held for another reason: the new reason is added for ops to see.
    const [alreadyHeld] = await load([finalizedCommand({ method: 'BANK_TRANSFER', destinationRef: 'pd_unknown' })]);
    const tradeInId: string = (await svc.dataSource.query('SELECT trade_in_id FROM payout WHERE id = $1', [alreadyHeld!.payoutId]))[0]
      .trade_in_id;
    await publishRaw(svc.kafka, DeviceReceived.topic, tradeInId, received(tradeInId), svc.namespace);
    await waitFor(
      async () => {
        const [r]: Array<{ hold_reasons: string[] }> = await svc.dataSource.query('SELECT hold_reasons FROM payout WHERE id = $1', [
          alreadyHeld!.payoutId,
        ]);
        return r.hold_reasons.join() === 'DESTINATION_MISSING,DEVICE_FINANCED_UNPAID';
      },
      { what: 'second hold reason' },
    );
  });

  describe('a device quarantined or suspended at intake (DEVICE_HELD)', () => {
    const quarantine = (tradeInId: string, blockListStatus: 'BLOCKED' | 'CLEAR' = 'BLOCKED') =>
      envelopeFor(
        DeviceQuarantined,
        { tradeInId, partnerId: 'acme' },
        {
          location: { type: 'SITE', id: 'site-1' },
          identity: { imei: '490154203237518', blockListStatus, activationLock: false, mdmEnrolled: false, duplicateOpenTradeIn: false },
          reasonCodes: ['BLOCKED_LOST_STOLEN'],
          holdUntil: '2026-02-12T00:00:00.000Z',
        },
      );
    const suspension = (tradeInId: string) =>
      envelopeFor(
        DeviceSuspended,
        { tradeInId, partnerId: 'acme' },
        {
          reasonCode: 'EMPTY_PARCEL',
          category: 'DEVICE_MISMATCH',
          detail: 'parcel arrived empty',
          evidenceRefs: [],
        },
      );
    const release = (tradeInId: string, releasedTo: 'TO_GRADING' | 'TO_OWNER') =>
      envelopeFor(
        DeviceReleased,
        { tradeInId, partnerId: 'acme' },
        {
          releasedTo,
          reason: 'ops checked',
        },
      );
    const send = async (topic: string, event: EventEnvelope<object>) => {
      await publishRaw(svc.kafka, topic, event.tradeInId, event, svc.namespace);
      await waitFor(async () => (await svc.dataSource.query('SELECT 1 FROM inbox_event WHERE event_id = $1', [event.eventId])).length > 0, {
        what: `${topic} consumed`,
      });
    };
    const payoutOf = async (tradeInId: string) =>
      (
        (await svc.dataSource.query('SELECT id, status, hold_reasons, next_attempt_at FROM payout WHERE trade_in_id = $1', [
          tradeInId,
        ])) as Array<{ id: string; status: string; hold_reasons: string[]; next_attempt_at: Date | null }>
      )[0];
    const consumed = async (eventId: string, n: number) =>
      waitFor(
        async () =>
          ((await svc.dataSource.query('SELECT count(*)::int AS n FROM inbox_event WHERE event_id = $1', [eventId]))[0].n as number) >= n,
        { what: 'all handlers' },
      );

    it('holds a payout created after a lost/stolen quarantine and pays it once the device is released to grading', async () => {
      const first = finalizedEvent({ method: 'GIFT_CARD' });
      const q = quarantine(first.tradeInId);
      await send(DeviceQuarantined.topic, q);
      await waitFor(
        async () =>
          (await svc.dataSource.query(`SELECT 1 FROM trade_in_flag WHERE trade_in_id = $1 AND flag = 'DEVICE_HELD'`, [first.tradeInId]))
            .length === 1,
        { what: 'flag' },
      );
      await publishFinalized(svc, first);
      const held = await waitForValue(async () => payoutOf(first.tradeInId), { what: 'payout' });
      expect(held).toMatchObject({ status: 'HELD', hold_reasons: ['DEVICE_HELD'] });
      // Ops cannot wave it through while the device is in quarantine.
      const byHand = await svc.request<{ code: string }>('POST', `/v1/payouts/${held.id}/release`, {
        token: ops,
        body: { reason: 'looks fine' },
      });
      expect(byHand.status).toBe(409);
      expect(byHand.body.code).toBe('HOLD_NOT_RELEASABLE');
      await svc.app.get(PayoutWorker).runOnce(500);
      expect((await payoutOf(first.tradeInId)).status).toBe('HELD');

      await send(DeviceReleased.topic, release(first.tradeInId, 'TO_GRADING'));
      await waitFor(async () => (await payoutOf(first.tradeInId)).status === 'PENDING', { what: 'hold lifted' });
      expect((await payoutOf(first.tradeInId)).hold_reasons).toEqual([]);
      expect(
        (await svc.dataSource.query(`SELECT 1 FROM trade_in_flag WHERE trade_in_id = $1 AND flag = 'DEVICE_HELD'`, [first.tradeInId]))
          .length,
      ).toBe(0);
      await svc.app.get(PayoutWorker).runOnce(500);
      expect((await payoutOf(first.tradeInId)).status).toBe('PAID');
    });

    it('holds an open payout on a suspension or a quarantine of any reason; a release lifts only DEVICE_HELD', async () => {
      const probe = await svc.probe([PayoutHeld.topic]);
      const suspended = finalizedEvent({ method: 'GIFT_CARD' });
      await publishFinalized(svc, suspended);
      await waitForValue(async () => payoutOf(suspended.tradeInId), { what: 'payout' });
      await send(DeviceSuspended.topic, suspension(suspended.tradeInId));
      await waitFor(async () => (await payoutOf(suspended.tradeInId)).status === 'HELD', { what: 'suspension hold' });
      expect((await payoutOf(suspended.tradeInId)).hold_reasons).toEqual(['DEVICE_HELD']);
      const heldEvent = await waitForValue(() => probe.of(PayoutHeld).find((e) => e.tradeInId === suspended.tradeInId), {
        what: 'payout.held',
      });
      expect(heldEvent.payload.reasonCode).toBe('DEVICE_HELD');

      // A quarantine for a lock (block list clear) holds too, next to an existing reason, and the release keeps the other one.
      const [missing] = await load([finalizedCommand({ method: 'BANK_TRANSFER', destinationRef: 'pd_nowhere' })]);
      const tradeInId: string = (await svc.dataSource.query('SELECT trade_in_id FROM payout WHERE id = $1', [missing!.payoutId]))[0]
        .trade_in_id;
      await send(DeviceQuarantined.topic, quarantine(tradeInId, 'CLEAR'));
      await waitFor(async () => (await payoutOf(tradeInId)).hold_reasons.join() === 'DESTINATION_MISSING,DEVICE_HELD', {
        what: 'second reason',
      });
      await send(DeviceReleased.topic, release(tradeInId, 'TO_GRADING'));
      await waitFor(async () => (await payoutOf(tradeInId)).hold_reasons.join() === 'DESTINATION_MISSING', {
        what: 'only DEVICE_HELD lifted',
      });
      expect((await payoutOf(tradeInId)).status).toBe('HELD');

      // Released to its owner: the payout stays held for ops to refuse.
      const r = release(suspended.tradeInId, 'TO_OWNER');
      await send(DeviceReleased.topic, r);
      await svc.app.get(PayoutWorker).runOnce(500);
      expect(await payoutOf(suspended.tradeInId)).toMatchObject({ status: 'HELD', hold_reasons: ['DEVICE_HELD'] });
      const refused = await svc.request<PayoutView>('POST', `/v1/payouts/${(await payoutOf(suspended.tradeInId)).id}/refuse`, {
        token: ops,
        body: { reason: 'device returned to owner' },
      });
      expect(refused.body.status).toBe('CANCELLED');
    });

    it('leaves a payout already with the provider alone but audits it, and holds it instead of retrying', async () => {
      const worker = svc.app.get(PayoutWorker);
      await worker.runOnce(500);
      const inFlight = finalizedEvent({ method: 'GIFT_CARD' });
      await publishFinalized(svc, inFlight);
      await waitForValue(async () => payoutOf(inFlight.tradeInId), { what: 'payout' });
      const claimed = await worker.claim(500);
      const { id } = await payoutOf(inFlight.tradeInId);
      expect(claimed.map((c) => c.payout.id)).toContain(id);
      const q = quarantine(inFlight.tradeInId);
      await send(DeviceQuarantined.topic, q);
      await consumed(q.eventId, 2);
      await waitFor(
        async () =>
          (await svc.dataSource.query(`SELECT 1 FROM payout_audit WHERE payout_id = $1 AND action = 'DEVICE_HOLD_IN_FLIGHT'`, [id]))
            .length === 1,
        { what: 'audit' },
      );
      expect(await payoutOf(inFlight.tradeInId)).toMatchObject({ status: 'SUBMITTED', hold_reasons: [] });
      // The provider refuses for now: instead of a retry, the device hold applies.
      await worker.recordOutcomes(
        claimed.map((item) => ({ item, result: { status: 'FAILED' as const, reasonCode: 'PROVIDER_BUSY', retryable: true } })),
      );
      expect(await payoutOf(inFlight.tradeInId)).toMatchObject({ status: 'HELD', hold_reasons: ['DEVICE_HELD'], next_attempt_at: null });
    });
  });

  it('refusing a hold cancels the payout and reverses its ledger entry; an unpayable destination cannot be released', async () => {
    const [missing] = await load([finalizedCommand({ method: 'BANK_TRANSFER', destinationRef: 'pd_does-not-exist' })]);
    expect(missing).toMatchObject({ status: 'HELD', holdReasons: ['DESTINATION_MISSING'] });
    const release = await svc.request<{ code: string }>('POST', `/v1/payouts/${missing!.payoutId}/release`, {
      token: ops,
      body: { reason: 'try' },
    });
    expect(release.status).toBe(409);
    expect(release.body.code).toBe('HOLD_NOT_RELEASABLE');
    const refuse = await svc.request<PayoutView>('POST', `/v1/payouts/${missing!.payoutId}/refuse`, {
      token: ops,
      body: { reason: 'no valid account' },
    });
    expect(refuse.status).toBe(200);
    expect(refuse.body.status).toBe('CANCELLED');
    const sums: Array<{ s: string }> = await svc.dataSource.query(
      `SELECT sum(l.amount_minor)::text AS s FROM ledger_line l JOIN journal_entry e ON e.id = l.entry_id WHERE e.payout_id = $1 GROUP BY l.account`,
      [missing!.payoutId],
    );
    expect(sums.every((x) => x.s === '0')).toBe(true);
    expect((await svc.request('POST', `/v1/payouts/${missing!.payoutId}/refuse`, { token: ops, body: { reason: 'again' } })).status).toBe(
      409,
    );
  });

  it('lists open payouts past their 2-business-day deadline for ops', async () => {
    // Finalized Friday 10:00: due Tuesday 10:00 (the weekend does not count).
    const [late] = await load([
      finalizedCommand({ method: 'BANK_TRANSFER', destinationRef: 'pd_none', finalizedAt: new Date('2026-01-09T10:00:00Z') }),
    ]);
    const [onTime] = await load([finalizedCommand({ finalizedAt: new Date('2026-01-14T10:00:00Z') })]);
    svc.clock.set('2026-01-13T10:00:01Z');
    const overdue = await svc.request<PayoutView[]>('GET', '/v1/payouts/overdue', { token: ops });
    expect(overdue.status).toBe(200);
    const ids = overdue.body.map((p) => p.id);
    expect(ids).toContain(late!.payoutId);
    expect(ids).not.toContain(onTime!.payoutId);
    expect(overdue.body.find((p) => p.id === late!.payoutId)).toMatchObject({ overdue: true, dueAt: '2026-01-13T10:00:00.000Z' });
    svc.clock.set('2026-01-13T09:59:59Z');
    const notYet = await svc.request<PayoutView[]>('GET', '/v1/payouts/overdue', { token: ops });
    expect(notYet.body.map((p) => p.id)).not.toContain(late!.payoutId);
    const partner = svc.token({ sub: 'acme-app', role: 'partner', partnerId: 'acme' });
    expect((await svc.request('GET', '/v1/payouts/overdue', { token: partner })).status).toBe(403);
  });
});
