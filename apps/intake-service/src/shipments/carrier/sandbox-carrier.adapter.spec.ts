import { luhnCheckDigit } from '@tradein/device-identity';
import { signCarrierPayload, verifyCarrierSignature } from './carrier-signature';
import { SIGNATURE_HEADER, SandboxCarrierAdapter, TIMESTAMP_HEADER } from './sandbox-carrier.adapter';
import { isWellFormedSandboxTrackingNumber, sandboxTrackingNumber } from './tracking-number';
import { formatMinorUnits, renderZplLabel, zplField } from './zpl-label';

const now = new Date('2026-02-01T12:00:00.000Z');
const request = {
  shipmentId: 'shp-1',
  purpose: 'INBOUND' as const,
  reference: 'TI-42',
  from: { name: 'Seller seller-9', lines: ['Address held by partner'] },
  to: { name: 'Grading site SITE-1', lines: ['1 Dock Road', 'Lyon'] },
  insuredValue: { amountMinor: '45000', currency: 'EUR' },
};

describe('sandbox tracking numbers', () => {
  it('are deterministic per purpose and distinct between purposes', () => {
    const a = sandboxTrackingNumber('SBX', 'INBOUND:t1');
    expect(sandboxTrackingNumber('SBX', 'INBOUND:t1')).toBe(a);
    expect(sandboxTrackingNumber('SBX', 'RETURN:t1')).not.toBe(a);
    expect(a).toMatch(/^SBX\d{13}$/);
  });

  it('carry a Luhn check digit that catches a mistyped digit', () => {
    const tn = sandboxTrackingNumber('SBX', 'INBOUND:t2');
    expect(Number(tn[15])).toBe(luhnCheckDigit(tn.slice(3, 15)));
    expect(isWellFormedSandboxTrackingNumber('SBX', tn)).toBe(true);
    const typo = tn.slice(0, 5) + String((Number(tn[5]) + 1) % 10) + tn.slice(6);
    expect(isWellFormedSandboxTrackingNumber('SBX', typo)).toBe(false);
    expect(isWellFormedSandboxTrackingNumber('XYZ', tn)).toBe(false);
  });
});

describe('carrier signature', () => {
  const body = '{"events":[]}';
  const ts = String(Math.floor(now.getTime() / 1000));
  const base = { secret: 's3cret', timestamp: ts, rawBody: body, now, toleranceSeconds: 300 };

  it('verifies a signature made with the same secret over timestamp and body', () => {
    expect(verifyCarrierSignature({ ...base, signature: signCarrierPayload('s3cret', ts, body) })).toEqual({ ok: true });
  });

  it('rejects another secret, a changed body, a stale timestamp and missing headers', () => {
    expect(verifyCarrierSignature({ ...base, signature: signCarrierPayload('other', ts, body) })).toEqual({
      ok: false,
      reason: 'MISMATCH',
    });
    expect(verifyCarrierSignature({ ...base, rawBody: '{"events":[1]}', signature: signCarrierPayload('s3cret', ts, body) })).toEqual({
      ok: false,
      reason: 'MISMATCH',
    });
    const old = String(Number(ts) - 301);
    expect(verifyCarrierSignature({ ...base, timestamp: old, signature: signCarrierPayload('s3cret', old, body) })).toEqual({
      ok: false,
      reason: 'STALE',
    });
    expect(verifyCarrierSignature({ ...base, signature: undefined })).toEqual({ ok: false, reason: 'MISSING' });
    expect(verifyCarrierSignature({ ...base, signature: 'sha256=xyz' })).toEqual({ ok: false, reason: 'MALFORMED' });
  });
});

describe('ZPL label', () => {
  it('formats money by string arithmetic per currency', () => {
    expect(formatMinorUnits('45000', 'EUR')).toBe('EUR 450.00');
    expect(formatMinorUnits('5', 'GBP')).toBe('GBP 0.05');
    expect(formatMinorUnits('12000', 'JPY')).toBe('JPY 12000');
    expect(formatMinorUnits('-150', 'USD')).toBe('USD -1.50');
  });

  it('escapes ZPL control characters inside field data', () => {
    expect(zplField('a^XZ~b_c')).toBe('a_5EXZ_7Eb_5Fc');
    expect(zplField('Zürich')).toBe('Z?rich');
  });

  it('is one label holding the barcode, the addresses, the insured value and the reference', () => {
    const zpl = renderZplLabel({
      ...request,
      carrier: 'SANDBOX',
      service: 'PREPAID',
      trackingNumber: 'SBX1234567890128',
      to: { name: 'Site ^XZ', lines: ['Lyon'] },
    });
    expect(zpl.startsWith('^XA')).toBe(true);
    expect(zpl.endsWith('^XZ')).toBe(true);
    expect(zpl.match(/\^XZ/g)).toHaveLength(1);
    expect(zpl).toContain('^BCN,200,Y,N,N^FDSBX1234567890128^FS');
    expect(zpl).toContain('INSURED: EUR 450.00');
    expect(zpl).toContain('REF: TI-42');
    expect(zpl).toContain('Site _5EXZ');
  });
});

describe('SandboxCarrierAdapter', () => {
  const carrier = new SandboxCarrierAdapter('s3cret');

  it('issues a ZPL label whose barcode is the deterministic tracking number', async () => {
    const label = await carrier.issueLabel(request);
    expect(label.trackingNumber).toBe(sandboxTrackingNumber('SBX', 'INBOUND:TI-42'));
    expect(label.labelFormat).toBe('ZPL');
    expect(label.label).toContain(`^FD${label.trackingNumber}^FS`);
    expect((await carrier.issueLabel(request)).trackingNumber).toBe(label.trackingNumber);
  });

  it('parses its own signed webhook into normalised scans', () => {
    const hook = carrier.signedWebhook(
      [
        { eventId: 'e1', trackingNumber: 'SBX1', code: 'PICKED_UP', occurredAt: '2026-02-01T10:00:00Z' },
        { eventId: 'e2', trackingNumber: 'SBX1', code: 'DELIVERED', occurredAt: '2026-02-02T10:00:00Z', detail: 'dock 3' },
      ].map((e) => ({ ...e, trackingNumber: 'SBX0000000000000' })),
      now,
    );
    const parsed = carrier.parseWebhook(hook.body, hook.headers, now);
    expect(parsed).toEqual({
      ok: true,
      scans: [
        {
          carrierEventId: 'e1',
          trackingNumber: 'SBX0000000000000',
          status: 'IN_TRANSIT',
          carrierCode: 'PICKED_UP',
          occurredAt: new Date('2026-02-01T10:00:00Z'),
        },
        {
          carrierEventId: 'e2',
          trackingNumber: 'SBX0000000000000',
          status: 'DELIVERED_TO_SITE',
          carrierCode: 'DELIVERED',
          occurredAt: new Date('2026-02-02T10:00:00Z'),
          detail: 'dock 3',
        },
      ],
    });
  });

  it('rejects a tampered body before reading it', () => {
    const hook = carrier.signedWebhook(
      [{ eventId: 'e1', trackingNumber: 'SBX0000000000000', code: 'LOST', occurredAt: '2026-02-01T10:00:00Z' }],
      now,
    );
    const parsed = carrier.parseWebhook(hook.body.replace('LOST', 'DELIVERED'), hook.headers, now);
    expect(parsed).toEqual({ ok: false, kind: 'SIGNATURE', reason: 'MISMATCH' });
    expect(
      carrier.parseWebhook(hook.body, { [TIMESTAMP_HEADER]: hook.headers[TIMESTAMP_HEADER], [SIGNATURE_HEADER]: undefined }, now),
    ).toEqual({ ok: false, kind: 'SIGNATURE', reason: 'MISSING' });
  });

  it.each([
    [{ events: [] }, 'events'],
    [
      { events: [{ eventId: 'e1', trackingNumber: 'SBX0000000000000', code: 'TELEPORTED', occurredAt: '2026-02-01T10:00:00Z' }] },
      'events[0].code',
    ],
    [{ events: [{ eventId: 'e1', trackingNumber: 'SBX0000000000000', code: 'LOST', occurredAt: 'yesterday' }] }, 'events[0].occurredAt'],
    [
      { events: [{ eventId: 'e 1', trackingNumber: 'SBX0000000000000', code: 'LOST', occurredAt: '2026-02-01T10:00:00Z' }] },
      'events[0].eventId',
    ],
  ])('names the bad field of a signed but malformed webhook (%#)', (body, field) => {
    const raw = JSON.stringify(body);
    const ts = String(Math.floor(now.getTime() / 1000));
    const parsed = carrier.parseWebhook(raw, { [TIMESTAMP_HEADER]: ts, [SIGNATURE_HEADER]: signCarrierPayload('s3cret', ts, raw) }, now);
    expect(parsed).toMatchObject({ ok: false, kind: 'PAYLOAD', field });
  });
});
