import { createPayoutClient, createQuoteClient } from './clients';

/** A fetch that records the request it was given and answers 200 with an empty JSON object. */
function recordingFetch(): { fetch: (r: Request) => Promise<Response>; seen: Request[] } {
  const seen: Request[] = [];
  return {
    seen,
    fetch: async (r: Request) => {
      seen.push(r);
      return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
    },
  };
}

describe('api-client credentials', () => {
  it('sends a partner API key as X-Api-Key and no Authorization', async () => {
    const f = recordingFetch();
    await createQuoteClient('http://quote.test/', { apiKey: 'tik_key' }, { fetch: f.fetch }).GET('/v1/catalog/categories');
    expect(f.seen[0]!.url).toBe('http://quote.test/v1/catalog/categories');
    expect(f.seen[0]!.headers.get('x-api-key')).toBe('tik_key');
    expect(f.seen[0]!.headers.get('authorization')).toBeNull();
  });

  it('asks a token function before every request (refreshable staff, partner or widget tokens)', async () => {
    const f = recordingFetch();
    let n = 0;
    const client = createPayoutClient('http://payout.test', { bearerToken: () => `t${++n}` }, { fetch: f.fetch });
    await client.GET('/v1/ledger/invariant');
    await client.GET('/v1/ledger/invariant');
    expect(f.seen.map((r) => r.headers.get('authorization'))).toEqual(['Bearer t1', 'Bearer t2']);
  });
});
