import { type ShipmentProgress, applyScan, canVoid } from './shipment-status';

const t = (m: number): Date => new Date(Date.UTC(2026, 0, 1, 0, m));
const issued: ShipmentProgress = { status: 'LABEL_ISSUED', inTransitAnnounced: false };

describe('applyScan', () => {
  it('moves a label to in transit and announces it once', () => {
    const first = applyScan(issued, { status: 'IN_TRANSIT', at: t(1) });
    expect(first).toEqual({ next: { status: 'IN_TRANSIT', statusAt: t(1), inTransitAnnounced: true }, announce: 'IN_TRANSIT' });
    const again = applyScan(first.next, { status: 'IN_TRANSIT', at: t(2) });
    expect(again.announce).toBeNull();
    expect(again.next).toBe(first.next);
  });

  it('announces delivery, after which nothing moves the parcel back', () => {
    const delivered = applyScan(issued, { status: 'DELIVERED_TO_SITE', at: t(5) });
    expect(delivered).toEqual({ next: { status: 'DELIVERED', statusAt: t(5), inTransitAnnounced: true }, announce: 'DELIVERED' });
    // Out of order: the in-transit scan arrives after the delivery scan.
    expect(applyScan(delivered.next, { status: 'IN_TRANSIT', at: t(1) })).toEqual({ next: delivered.next, announce: null });
    expect(applyScan(delivered.next, { status: 'EXCEPTION', at: t(9) }).announce).toBeNull();
  });

  it('announces an exception, and a later transit scan resumes without a second in-transit event', () => {
    const moving = applyScan(issued, { status: 'IN_TRANSIT', at: t(1) }).next;
    const ex = applyScan(moving, { status: 'EXCEPTION', at: t(2) });
    expect(ex.announce).toBe('EXCEPTION');
    expect(ex.next.status).toBe('EXCEPTION');
    const resumed = applyScan(ex.next, { status: 'IN_TRANSIT', at: t(3) });
    expect(resumed.next.status).toBe('IN_TRANSIT');
    expect(resumed.announce).toBeNull();
  });

  it('keeps a late exception scan out of the status when a later transit scan came first', () => {
    const moving = applyScan(issued, { status: 'IN_TRANSIT', at: t(5) }).next;
    expect(applyScan(moving, { status: 'EXCEPTION', at: t(2) })).toEqual({ next: moving, announce: null });
  });

  it('ignores a LABEL_CREATED scan once the parcel moved, and any scan on a voided label', () => {
    const moving = applyScan(issued, { status: 'IN_TRANSIT', at: t(1) }).next;
    expect(applyScan(moving, { status: 'LABEL_CREATED', at: t(0) }).next).toBe(moving);
    const voided: ShipmentProgress = { status: 'VOIDED', inTransitAnnounced: false };
    expect(applyScan(voided, { status: 'IN_TRANSIT', at: t(1) })).toEqual({ next: voided, announce: null });
  });

  it('an exception straight from the label is announced', () => {
    expect(applyScan(issued, { status: 'EXCEPTION', at: t(1) }).announce).toBe('EXCEPTION');
  });
});

describe('canVoid', () => {
  it('only voids an unused label', () => {
    expect(canVoid('LABEL_ISSUED')).toBe(true);
    for (const s of ['IN_TRANSIT', 'EXCEPTION', 'DELIVERED', 'VOIDED'] as const) expect(canVoid(s)).toBe(false);
  });
});
