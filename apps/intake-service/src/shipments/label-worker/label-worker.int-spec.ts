import { ShipmentLabelIssued, ShipmentLabelVoided, TradeInExpired } from '@tradein/contracts';
import { type EventProbe } from '@tradein/testing';
import { IntakeCase } from '../../intake-cases/intake-case.entity';
import { type IntakeTestService, accept, newTradeInId, publish, startIntake, until } from '../../testing/intake-test-kit';
import { CARRIER_ADAPTER, type CarrierAdapter } from '../carrier/carrier-adapter';
import { CarrierLabelRequest } from '../label-request.entity';
import { Shipment } from '../shipment.entity';
import { LabelWorker } from './label-worker';

/** Labels are issued and voided by the label worker, outside the event handlers' transactions. */
describe('label worker (carrier calls outside the handlers)', () => {
  let svc: IntakeTestService;
  let probe: EventProbe;
  let worker: LabelWorker;
  let carrier: CarrierAdapter;
  const BASE_MS = 1000;

  beforeAll(async () => {
    // The timer is off: each test drives the passes itself.
    svc = await startIntake({
      INTAKE_LABEL_WORKER_INTERVAL_MS: '0',
      INTAKE_LABEL_MAX_ATTEMPTS: '3',
      INTAKE_LABEL_RETRY_BASE_MS: String(BASE_MS),
    });
    probe = await svc.probe();
    worker = svc.app.get(LabelWorker);
    carrier = svc.app.get<CarrierAdapter>(CARRIER_ADAPTER);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => svc?.close());

  const requestOf = (tradeInId: string, kind: 'ISSUE' | 'VOID') =>
    svc.dataSource.getRepository(CarrierLabelRequest).findOneByOrFail({ tradeInId, kind });
  const shipments = (tradeInId: string) => svc.dataSource.getRepository(Shipment).findBy({ tradeInId, purpose: 'INBOUND' });
  const outboxed = async (type: string, tradeInId: string): Promise<number> =>
    Number(
      (
        await svc.dataSource.query(
          `SELECT count(*)::int AS n FROM outbox_event WHERE envelope->>'type' = $1 AND envelope->>'tradeInId' = $2`,
          [type, tradeInId],
        )
      )[0].n,
    );
  const custody = async (tradeInId: string, action: string): Promise<number> =>
    Number(
      (
        await svc.dataSource.query('SELECT count(*)::int AS n FROM custody_records WHERE trade_in_id = $1 AND action = $2', [
          tradeInId,
          action,
        ])
      )[0].n,
    );

  it('commits the intake case even when the carrier is down, and records the label request only', async () => {
    const issue = jest.spyOn(carrier, 'issueLabel').mockRejectedValue(new Error('carrier 503'));
    const tradeInId = newTradeInId();
    const c = await accept(svc, tradeInId);
    expect(c.status).toBe('AWAITING_PARCEL');
    expect(issue).not.toHaveBeenCalled();
    expect(await requestOf(tradeInId, 'ISSUE')).toMatchObject({ status: 'PENDING', attempts: 0 });
    expect(await shipments(tradeInId)).toHaveLength(0);

    // Every attempt fails: after the last one the request is LABEL_FAILED and listed for ops.
    for (let attempt = 1; attempt <= 3; attempt++) {
      await worker.runOnce();
      svc.clock.advance(60_000);
    }
    expect(issue).toHaveBeenCalledTimes(3);
    expect(await requestOf(tradeInId, 'ISSUE')).toMatchObject({ status: 'FAILED', attempts: 3, lastError: 'carrier 503' });
    await worker.runOnce();
    expect(issue).toHaveBeenCalledTimes(3);
    const ops = svc.token({ sub: 'ops-1', role: 'ops' });
    const queue = await svc.request<{ items: Array<{ tradeInId: string; state: string; attempts: number }> }>(
      'GET',
      '/v1/ops/queues/label-failures',
      { token: ops },
    );
    expect(queue.status).toBe(200);
    expect(queue.body.items).toContainEqual(expect.objectContaining({ tradeInId, state: 'LABEL_FAILED', attempts: 3 }));
    expect(await shipments(tradeInId)).toHaveLength(0);
    expect(await outboxed(ShipmentLabelIssued.type, tradeInId)).toBe(0);

    // The carrier is back: ops put the request back for the worker, which issues exactly one label.
    issue.mockRestore();
    const failed = queue.body.items.find((i) => i.tradeInId === tradeInId) as unknown as { shipmentId: string };
    expect(
      (
        await svc.request('POST', `/v1/ops/label-failures/${failed.shipmentId}/retry`, {
          token: svc.token({ sub: 'g', role: 'grader', siteId: 'SITE-1' }),
        })
      ).status,
    ).toBe(403);
    const retried = await svc.request<{ retried: Array<{ kind: string }> }>('POST', `/v1/ops/label-failures/${failed.shipmentId}/retry`, {
      token: ops,
    });
    expect(retried.status).toBe(200);
    expect(retried.body.retried).toEqual([{ kind: 'ISSUE', tradeInId }]);
    expect((await svc.request('POST', `/v1/ops/label-failures/${failed.shipmentId}/retry`, { token: ops })).status).toBe(404);
    await worker.runOnce();
    expect(await requestOf(tradeInId, 'ISSUE')).toMatchObject({ status: 'DONE' });
    expect(await shipments(tradeInId)).toHaveLength(1);
    expect(await outboxed(ShipmentLabelIssued.type, tradeInId)).toBe(1);
  });

  it('issues exactly one label and one label-issued event when the carrier fails twice then succeeds', async () => {
    const issue = jest
      .spyOn(carrier, 'issueLabel')
      .mockRejectedValueOnce(new Error('timeout'))
      .mockRejectedValueOnce(new Error('carrier 502'));
    const tradeInId = newTradeInId();
    await accept(svc, tradeInId);

    await worker.runOnce();
    expect(await requestOf(tradeInId, 'ISSUE')).toMatchObject({ status: 'PENDING', attempts: 1, lastError: 'timeout' });
    await worker.runOnce(); // backing off: not due yet
    expect(issue).toHaveBeenCalledTimes(1);
    svc.clock.advance(BASE_MS);
    await worker.runOnce();
    expect(await requestOf(tradeInId, 'ISSUE')).toMatchObject({ status: 'PENDING', attempts: 2, lastError: 'carrier 502' });
    svc.clock.advance(2 * BASE_MS);
    await worker.runOnce();
    expect(issue).toHaveBeenCalledTimes(3);
    // The same shipment id and reference on every attempt: the carrier's idempotency key.
    expect(new Set(issue.mock.calls.map(([r]) => `${r.shipmentId}/${r.reference}`)).size).toBe(1);
    expect(issue.mock.calls[0][0].reference).toBe(tradeInId);

    const issued = await until(() => probe.of(ShipmentLabelIssued).find((e) => e.tradeInId === tradeInId), 'label-issued');
    const [shipment] = await shipments(tradeInId);
    expect(await shipments(tradeInId)).toHaveLength(1);
    expect(shipment).toMatchObject({
      id: issue.mock.calls[0][0].shipmentId,
      status: 'LABEL_ISSUED',
      trackingNumber: issued.payload.trackingNumber,
    });
    expect(await requestOf(tradeInId, 'ISSUE')).toMatchObject({ status: 'DONE', attempts: 3 });
    expect(await custody(tradeInId, 'LABEL_ISSUED')).toBe(1);
    svc.clock.advance(60_000);
    await worker.runOnce();
    expect(await outboxed(ShipmentLabelIssued.type, tradeInId)).toBe(1);
    expect(probe.of(ShipmentLabelIssued).filter((e) => e.tradeInId === tradeInId)).toHaveLength(1);
  });

  it('retries a failed void and never marks the label voided before the carrier confirms', async () => {
    const tradeInId = newTradeInId();
    await accept(svc, tradeInId);
    await worker.runOnce();
    const [shipment] = await shipments(tradeInId);
    expect(shipment.status).toBe('LABEL_ISSUED');

    const voidLabel = jest.spyOn(carrier, 'voidLabel').mockRejectedValueOnce(new Error('carrier 500'));
    await publish(svc, TradeInExpired, tradeInId, { reason: 'SHIP_BY_PASSED', quoteId: 'q-1' });
    await until(
      async () => (await svc.dataSource.getRepository(IntakeCase).findOneByOrFail({ tradeInId })).status === 'EXPIRED',
      'case expired',
    );
    expect(voidLabel).not.toHaveBeenCalled();
    expect(await requestOf(tradeInId, 'VOID')).toMatchObject({ status: 'PENDING' });

    await worker.runOnce();
    expect(voidLabel).toHaveBeenCalledTimes(1);
    expect((await shipments(tradeInId))[0]).toMatchObject({ status: 'LABEL_ISSUED', voidedAt: null });
    expect(await custody(tradeInId, 'LABEL_VOIDED')).toBe(0);
    expect(await outboxed(ShipmentLabelVoided.type, tradeInId)).toBe(0);
    expect(await requestOf(tradeInId, 'VOID')).toMatchObject({ status: 'PENDING', attempts: 1, lastError: 'carrier 500' });

    svc.clock.advance(BASE_MS);
    await worker.runOnce();
    expect(voidLabel).toHaveBeenCalledTimes(2);
    expect(voidLabel).toHaveBeenLastCalledWith(shipment.trackingNumber);
    const voided = await until(() => probe.of(ShipmentLabelVoided).find((e) => e.tradeInId === tradeInId), 'label-voided');
    expect(voided.payload.trackingNumber).toBe(shipment.trackingNumber);
    expect((await shipments(tradeInId))[0].status).toBe('VOIDED');
    expect(await custody(tradeInId, 'LABEL_VOIDED')).toBe(1);
    expect(await requestOf(tradeInId, 'VOID')).toMatchObject({ status: 'DONE', attempts: 2 });
  });

  it('asks the carrier for nothing when the trade-in closed before its label was issued', async () => {
    const issue = jest.spyOn(carrier, 'issueLabel');
    const tradeInId = newTradeInId();
    await accept(svc, tradeInId);
    await publish(svc, TradeInExpired, tradeInId, { reason: 'SHIP_BY_PASSED', quoteId: 'q-1' });
    await until(
      async () => (await svc.dataSource.getRepository(IntakeCase).findOneByOrFail({ tradeInId })).status === 'EXPIRED',
      'case expired',
    );
    await worker.runOnce();
    expect(issue.mock.calls.filter(([r]) => r.reference === tradeInId)).toHaveLength(0);
    expect(await requestOf(tradeInId, 'ISSUE')).toMatchObject({ status: 'CANCELLED' });
    expect(await shipments(tradeInId)).toHaveLength(0);
  });
});
