import { type TokenClaims } from '@tradein/auth';
import { type PlatformClient } from '../platform-client';
import { DEFAULT_SITE_ID, DEMO_DEVICES, DEMO_PARTNER, DEMO_SHOP_ORIGIN, DEMO_STORE_ID } from './demo-fixtures';

export interface SeedInput {
  client: PlatformClient;
  sign(claims: TokenClaims): string;
  /** The API key a previous run printed: reused while quote-service still accepts it. */
  previousApiKey?: string;
  partner?: { id: string; name: string };
  storeId?: string;
  /** Must be intake's INTAKE_DEFAULT_SITE_ID: where mail-in parcels are addressed. */
  siteId?: string;
  /** Shop origins the partner's widget runs on (the demo shop of `npm start`). */
  widgetOrigins?: readonly string[];
}

export interface Seeded {
  partnerId: string;
  apiKey: string;
  apiKeyIssued: boolean;
  storeId: string;
  siteId: string;
  tokens: { ops: string; grader: string; storeStaff: string };
}

/**
 * Seeds a running platform through the ops APIs, idempotently (a second `npm start` reuses what exists):
 * the demo partner and an API key, the TAC → model rows the demo phones need, and staff tokens for the
 * demo store (store_staff of the partner) and the grading site. The catalog and its first price table
 * are seeded by quote-service's own migrations.
 */
export async function seedDemo(input: SeedInput): Promise<Seeded> {
  const { client } = input;
  const partner = input.partner ?? DEMO_PARTNER;
  const storeId = input.storeId ?? DEMO_STORE_ID;
  const siteId = input.siteId ?? DEFAULT_SITE_ID;
  const ops = input.sign({ sub: 'demo-ops', role: 'ops' });

  const partners = await client.req<Array<{ id: string }>>('quote-service', 'GET', '/v1/partners', 200, { token: ops });
  if (!partners.some((p) => p.id === partner.id)) {
    // 409 PARTNER_EXISTS: another seeding got there first.
    await client.req('quote-service', 'POST', '/v1/partners', [201, 409], { token: ops, body: { id: partner.id, name: partner.name } });
  }

  let apiKey = input.previousApiKey;
  let apiKeyIssued = false;
  if (!apiKey || (await client.call('quote-service', 'GET', '/v1/catalog/categories', { apiKey })).status !== 200) {
    apiKey = (
      await client.req<{ apiKey: string }>('quote-service', 'POST', `/v1/partners/${partner.id}/api-keys`, 201, { token: ops, body: {} })
    ).apiKey;
    apiKeyIssued = true;
  }

  // Idempotent: the demo shop's origin may embed the widget (and gets CORS answers from quote-service).
  for (const origin of input.widgetOrigins ?? [DEMO_SHOP_ORIGIN]) {
    await client.req('quote-service', 'POST', `/v1/partners/${partner.id}/widget-origins`, 200, { token: ops, body: { origin } });
  }

  for (const d of DEMO_DEVICES) {
    await client.req('intake-service', 'PUT', `/v1/tac-models/${d.tac}`, [200, 201], {
      token: ops,
      body: { modelId: d.modelId, brand: d.brand, name: d.name, category: d.category },
    });
  }

  return {
    partnerId: partner.id,
    apiKey,
    apiKeyIssued,
    storeId,
    siteId,
    tokens: {
      ops,
      grader: input.sign({ sub: 'demo-grader', role: 'grader', siteId }),
      storeStaff: input.sign({ sub: 'demo-clerk', role: 'store_staff', storeId, partnerId: partner.id }),
    },
  };
}
