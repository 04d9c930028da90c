import { parseImei } from '@tradein/device-identity';
import { type IdentityFacts, decideIdentity } from './identity-verdict';

const imei = (() => {
  const r = parseImei('358755051234562');
  if (!r.ok) throw new Error('fixture');
  return r.value;
})();
const now = new Date('2026-03-01T10:00:00.000Z');

function facts(over: Partial<IdentityFacts> = {}): IdentityFacts {
  return {
    at: 'DOCK',
    quoted: { modelId: 'apple-iphone-5s' },
    reading: { imei },
    tacModelId: 'apple-iphone-5s',
    deviceStatus: { status: 'CLEAR', reasons: [] },
    activationLock: false,
    mdmEnrolled: false,
    duplicateOpenTradeIn: false,
    now,
    quarantineHoldDays: 28,
    unknownTac: 'HOLD',
    ...over,
  };
}

describe('decideIdentity', () => {
  it('receives the quoted model with clean checks', () => {
    expect(decideIdentity(facts())).toEqual({ kind: 'RECEIVED', detectedModelId: 'apple-iphone-5s', notes: [] });
  });

  it('suspends an empty parcel as a transport issue before anything else', () => {
    expect(decideIdentity(facts({ emptyParcel: true, tacModelId: 'other', activationLock: true }))).toMatchObject({
      kind: 'SUSPENDED',
      reasonCode: 'EMPTY_PARCEL',
      category: 'TRANSPORT_ISSUE',
    });
  });

  it('suspends a different device than quoted at the dock, naming both models', () => {
    const v = decideIdentity(facts({ tacModelId: 'google-nexus-5' }));
    expect(v).toEqual({
      kind: 'SUSPENDED',
      detectedModelId: 'google-nexus-5',
      reasonCode: 'DIFFERENT_DEVICE',
      category: 'DEVICE_MISMATCH',
      detail: 'received google-nexus-5, quoted apple-iphone-5s',
    });
  });

  it('refuses a different device at the store counter, so nothing is recorded', () => {
    expect(decideIdentity(facts({ at: 'STORE', tacModelId: 'google-nexus-5' }))).toMatchObject({
      kind: 'REFUSED',
      code: 'DEVICE_MISMATCH',
      field: 'imei',
    });
  });

  it('matches on the quoted TAC when the table does not know it', () => {
    expect(decideIdentity(facts({ tacModelId: undefined, quoted: { modelId: 'apple-iphone-15', tac: '35875505' } }))).toEqual({
      kind: 'RECEIVED',
      detectedModelId: 'apple-iphone-15',
      notes: [],
    });
  });

  it('cannot confirm an unknown TAC: suspended at the dock, refused at the store', () => {
    expect(decideIdentity(facts({ tacModelId: undefined }))).toMatchObject({
      kind: 'SUSPENDED',
      reasonCode: 'TAC_UNKNOWN',
      category: 'IDENTITY',
    });
    expect(decideIdentity(facts({ at: 'STORE', tacModelId: undefined, quoted: { modelId: 'x', tac: '99999999' } }))).toMatchObject({
      kind: 'REFUSED',
      code: 'TAC_UNKNOWN',
    });
  });

  it('can go on without a model confirmation for an unknown TAC, noting it, but never past a known mismatch', () => {
    expect(decideIdentity(facts({ tacModelId: undefined, unknownTac: 'ACCEPT_UNVERIFIED' }))).toEqual({
      kind: 'RECEIVED',
      detectedModelId: undefined,
      notes: ['MODEL_UNVERIFIED'],
    });
    expect(
      decideIdentity(
        facts({
          at: 'STORE',
          tacModelId: undefined,
          unknownTac: 'ACCEPT_UNVERIFIED',
          deviceStatus: { status: 'BLOCKED', reasons: ['LOST'] },
        }),
      ),
    ).toMatchObject({ kind: 'QUARANTINED', notes: ['MODEL_UNVERIFIED'] });
    expect(decideIdentity(facts({ tacModelId: 'google-nexus-5', unknownTac: 'ACCEPT_UNVERIFIED' }))).toMatchObject({
      kind: 'SUSPENDED',
      reasonCode: 'DIFFERENT_DEVICE',
    });
  });

  it('skips the model comparison for a serial-only device', () => {
    expect(decideIdentity(facts({ reading: { serialNumber: 'XAW10012345678' }, tacModelId: undefined }))).toEqual({
      kind: 'RECEIVED',
      detectedModelId: undefined,
      notes: [],
    });
  });

  it('quarantines a stolen device for 28 days with its reason', () => {
    const v = decideIdentity(facts({ deviceStatus: { status: 'BLOCKED', reasons: ['STOLEN'] } }));
    expect(v).toEqual({
      kind: 'QUARANTINED',
      detectedModelId: 'apple-iphone-5s',
      reasonCodes: ['BLOCKLIST_STOLEN'],
      holdUntil: new Date('2026-03-29T10:00:00.000Z'),
      notes: [],
    });
  });

  it('collects every reason: lost, activation lock, MDM and a duplicate open trade-in', () => {
    const v = decideIdentity(
      facts({
        deviceStatus: { status: 'BLOCKED', reasons: ['LOST'] },
        activationLock: true,
        mdmEnrolled: true,
        duplicateOpenTradeIn: true,
        quarantineHoldDays: 10,
      }),
    );
    expect(v).toMatchObject({
      kind: 'QUARANTINED',
      reasonCodes: ['BLOCKLIST_LOST', 'ACTIVATION_LOCK', 'MDM_ENROLLED', 'DUPLICATE_OPEN_TRADE_IN'],
      holdUntil: new Date('2026-03-11T10:00:00.000Z'),
    });
  });

  it('receives a financed device (payout is held downstream, not the device)', () => {
    expect(decideIdentity(facts({ deviceStatus: { status: 'FINANCED_UNPAID', reasons: ['FINANCED_UNPAID'] } }))).toMatchObject({
      kind: 'RECEIVED',
    });
  });

  it('refuses a locked device at the store (the customer can unlock it there), quarantines it at the dock', () => {
    expect(decideIdentity(facts({ at: 'STORE', activationLock: true }))).toMatchObject({
      kind: 'REFUSED',
      code: 'ACTIVATION_LOCK_ON',
      field: 'checks.LOCKS',
    });
    expect(decideIdentity(facts({ at: 'STORE', mdmEnrolled: true }))).toMatchObject({ kind: 'REFUSED', code: 'MDM_ENROLLED' });
    expect(decideIdentity(facts({ activationLock: true }))).toMatchObject({ kind: 'QUARANTINED', reasonCodes: ['ACTIVATION_LOCK'] });
  });

  it('quarantines a stolen device at the store too (it is not handed back)', () => {
    expect(decideIdentity(facts({ at: 'STORE', deviceStatus: { status: 'BLOCKED', reasons: ['STOLEN'] } }))).toMatchObject({
      kind: 'QUARANTINED',
    });
  });

  it('still quarantines a BLOCKED status that carries no reason', () => {
    expect(decideIdentity(facts({ deviceStatus: { status: 'BLOCKED', reasons: [] } }))).toMatchObject({
      kind: 'QUARANTINED',
      reasonCodes: ['BLOCKLIST_BLOCKED'],
    });
  });
});
