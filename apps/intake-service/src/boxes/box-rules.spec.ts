import { boxActionAllowed, reconcile } from './box-rules';

describe('boxActionAllowed', () => {
  it('lets an open box be packed and closed, and nothing else', () => {
    expect(boxActionAllowed('OPEN', 'ADD')).toBe(true);
    expect(boxActionAllowed('OPEN', 'REMOVE')).toBe(true);
    expect(boxActionAllowed('OPEN', 'CLOSE')).toBe(true);
    expect(boxActionAllowed('OPEN', 'SHIP')).toBe(false);
  });

  it('ships only a closed box, and a shipped box can no longer be packed', () => {
    expect(boxActionAllowed('CLOSED', 'SHIP')).toBe(true);
    expect(boxActionAllowed('CLOSED', 'ADD')).toBe(false);
    expect(boxActionAllowed('SHIPPED', 'ADD')).toBe(false);
    expect(boxActionAllowed('SHIPPED', 'RECEIVE')).toBe(true);
  });

  it('scans and reconciles only a received box', () => {
    expect(boxActionAllowed('SHIPPED', 'SCAN')).toBe(false);
    expect(boxActionAllowed('RECEIVED', 'SCAN')).toBe(true);
    expect(boxActionAllowed('RECONCILED', 'SCAN')).toBe(false);
  });
});

describe('reconcile', () => {
  const manifest = [
    { tradeInId: 't1', deviceKey: 'IMEI:1' },
    { tradeInId: 't2', deviceKey: 'IMEI:2' },
    { tradeInId: 't3', deviceKey: 'SN:3' },
  ];

  it('splits the manifest into arrived and missing and lists unexpected scans', () => {
    expect(reconcile(manifest, ['IMEI:2', 'IMEI:9', 'SN:3', 'IMEI:2'])).toEqual({
      arrived: [manifest[1], manifest[2]],
      missing: [manifest[0]],
      unexpected: ['IMEI:9'],
    });
  });

  it('an empty scan misses everything', () => {
    expect(reconcile(manifest, []).missing).toHaveLength(3);
  });
});
