import { WidgetApi, WidgetError } from './api';

/** The widget's reading of refusals: a shed or rate-limited request is BUSY (try again shortly), not a generic failure. */
describe('WidgetApi refusals', () => {
  const realFetch = globalThis.fetch;
  const sent: Request[] = [];
  const answer = (status: number, body: unknown) => {
    globalThis.fetch = (async (input: Request) => {
      sent.push(input);
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } });
    }) as typeof fetch;
  };
  afterEach(() => {
    globalThis.fetch = realFetch;
    sent.length = 0;
  });
  const quote = () =>
    new WidgetApi('http://quotes.test', async () => 'session-token').quote(
      { modelId: 'm', variantId: 'v', market: 'FR', answers: {} },
      'key-1',
    );
  const refusal = (p: Promise<unknown>) =>
    p.then(
      () => undefined,
      (err: unknown) => err as WidgetError,
    );

  it('reads 503 OVERLOADED and 429 as BUSY, keeping the status and the Idempotency-Key it sent', async () => {
    answer(503, { status: 503, code: 'OVERLOADED', detail: 'this replica is at its limit' });
    const busy = await refusal(quote());
    expect(busy).toBeInstanceOf(WidgetError);
    expect([busy?.code, busy?.status]).toEqual(['BUSY', 503]);
    expect(sent[0]?.headers.get('idempotency-key')).toBe('key-1');
    answer(429, { status: 429, code: 'RATE_LIMITED' });
    expect((await refusal(quote()))?.code).toBe('BUSY');
  });

  it('keeps other server failures UNEXPECTED', async () => {
    answer(500, { status: 500, code: 'INTERNAL' });
    expect((await refusal(quote()))?.code).toBe('UNEXPECTED');
  });
});
