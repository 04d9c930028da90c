import { createHmac } from 'node:crypto';
import { webhookRetryDelayMs } from './webhook-backoff';
import { signWebhook, verifyWebhookSignature } from './webhook-signature';
import { checkWebhookUrl, isInternalAddress } from './webhook-url-policy';

describe('webhook signature', () => {
  const body = JSON.stringify({ type: 'trade-in.state-changed', state: 'RECEIVED' });
  it('is HMAC-SHA256 over timestamp and body', () => {
    const expected = createHmac('sha256', 's3cret').update(`1700000000.${body}`).digest('hex');
    expect(signWebhook('s3cret', 1_700_000_000, body)).toBe(`t=1700000000,v1=${expected}`);
  });
  it('verifies, and rejects a tampered body, another secret or a stale timestamp', () => {
    const header = signWebhook('s3cret', 1_700_000_000, body);
    expect(verifyWebhookSignature('s3cret', header, body, 1_700_000_100)).toBe(true);
    expect(verifyWebhookSignature('s3cret', header, `${body} `, 1_700_000_100)).toBe(false);
    expect(verifyWebhookSignature('other', header, body, 1_700_000_100)).toBe(false);
    expect(verifyWebhookSignature('s3cret', header, body, 1_700_001_000)).toBe(false);
    expect(verifyWebhookSignature('s3cret', 'garbage', body, 1_700_000_000)).toBe(false);
  });
});

describe('webhook backoff', () => {
  it('doubles from 30 s and caps at 6 h', () => {
    expect([1, 2, 3, 4].map(webhookRetryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(webhookRetryDelayMs(20)).toBe(6 * 3_600_000);
  });
});

describe('webhook URL policy', () => {
  it.each([
    ['https://partner.example.com/hooks', null],
    ['http://partner.example.com/hooks', 'must use https'],
    ['https://127.0.0.1/x', 'must not point at a private or loopback address'],
    ['https://10.1.2.3/x', 'must not point at a private or loopback address'],
    ['https://172.20.0.1/x', 'must not point at a private or loopback address'],
    ['https://192.168.1.1/x', 'must not point at a private or loopback address'],
    ['https://169.254.169.254/latest/meta-data', 'must not point at a private or loopback address'],
    ['https://[::1]/x', 'must not point at a private or loopback address'],
    ['https://[fd00::1]/x', 'must not point at a private or loopback address'],
    ['https://localhost/x', 'must not point at a local host name'],
    ['https://user:pw@partner.example.com/', 'must not carry credentials'],
    ['not a url', 'must be an absolute URL'],
    ['https://8.8.8.8/x', null],
  ])('%s → %s', (url, expected) => {
    expect(checkWebhookUrl(url, false)).toBe(expected);
  });
  it('development allows a local http receiver', () => {
    expect(checkWebhookUrl('http://127.0.0.1:4000/hook', true)).toBeNull();
    expect(checkWebhookUrl('ftp://127.0.0.1/hook', true)).toBe('must be http(s)');
  });
  it('classifies addresses', () => {
    expect(isInternalAddress('100.64.0.1')).toBe(true);
    expect(isInternalAddress('::ffff:192.168.0.1')).toBe(true);
    expect(isInternalAddress('93.184.216.34')).toBe(false);
    expect(isInternalAddress('2606:2800:220:1::1')).toBe(false);
  });
});
