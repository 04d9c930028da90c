import { type Page, type Route } from '@playwright/test';

/** The mocked tier's fake platform: canned answers shaped like the services' real ones, and a log of requests. */
export interface Call {
  service: string;
  method: string;
  path: string;
  body: unknown;
  headers: Record<string, string>;
}

type Answer = { status?: number; body?: unknown; contentType?: string; delayMs?: number };
type Handler = (call: Call) => Answer | undefined;

export const IMEI = '353908111025570';
export const TRADE_IN = '47aba85c-0000-4000-8000-000000000001';
export const QUOTE = 'eb8beeea-0000-4000-8000-000000000002';
export const BOX = '6a2ac352-0000-4000-8000-000000000003';
export const JOB = 'e174a4b0-0000-4000-8000-000000000004';
export const PAYOUT = 'b0b0b0b0-0000-4000-8000-000000000005';
const SHA = 'ab'.repeat(32);

const money = (amountMinor: string, currency = 'EUR') => ({ amountMinor, currency });
const minutesFromNow = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

export const MODEL = {
  id: 'apple-iphone-13',
  brand: 'Apple',
  name: 'iPhone 13',
  category: 'smartphone',
  variants: [
    { id: '128gb', storageGb: 128, price: money('22000') },
    { id: '256gb', storageGb: 256, price: money('25000') },
  ],
};
export const QUESTIONNAIRE = {
  category: 'smartphone',
  version: 1,
  language: 'en',
  questions: [
    {
      code: 'functional',
      label: 'Does everything work?',
      options: [
        { code: 'works', label: 'Everything works' },
        { code: 'minor_issues', label: 'One minor function fails' },
        { code: 'not_working', label: 'Does not power on' },
      ],
    },
    {
      code: 'screen',
      label: 'Screen condition',
      options: [
        { code: 'flawless', label: 'No visible scratch' },
        { code: 'light_scratches', label: 'Light scratches' },
      ],
    },
    {
      code: 'battery',
      label: 'Battery health',
      options: [
        { code: '80_or_more', label: '80 % or more' },
        { code: 'below_80', label: 'Below 80 %' },
      ],
    },
  ],
};
export function quoteFor(market: string) {
  const currency = market === 'JP' ? 'JPY' : market === 'GB' ? 'GBP' : market === 'US' ? 'USD' : 'EUR';
  const amount = currency === 'JPY' ? '36500' : '22000';
  return {
    id: QUOTE,
    tradeInId: TRADE_IN,
    status: 'OPEN',
    outcome: 'OFFER',
    amount: money(amount, currency),
    breakdown: [{ kind: 'BASE', code: 'BASE_PRICE', amount: money(amount, currency) }],
    priceTableVersion: 1,
    expiresAt: '2026-12-10T14:04:50.374Z',
  };
}
export function tradeIn(overrides: Record<string, unknown> = {}) {
  return {
    id: TRADE_IN,
    quoteId: QUOTE,
    partnerId: 'telco',
    storeId: 'STORE-1',
    state: 'ACCEPTED',
    fulfilment: 'STORE',
    device: { modelId: 'apple-iphone-13', variantId: '128gb', category: 'smartphone' },
    market: 'FR',
    quotedAmount: money('22000'),
    quoteExpiresAt: '2026-12-10T14:04:50.374Z',
    acceptedAt: '2026-12-03T10:00:00.000Z',
    shipBy: null,
    payoutMethod: 'STORE_CREDIT',
    customer: { name: 'Camille Martin', email: 'c*****@example.com' },
    offer: null,
    respondBy: null,
    storeDiscrepancy: null,
    createdAt: '2026-12-03T09:59:00.000Z',
    updatedAt: '2026-12-03T10:00:00.000Z',
    timeline: [
      {
        sequence: 1,
        at: '2026-12-03T09:59:00.000Z',
        from: null,
        to: 'QUOTED',
        outcome: null,
        cause: 'api:create-quote',
        eventId: null,
        detail: null,
      },
      {
        sequence: 2,
        at: '2026-12-03T10:00:00.000Z',
        from: 'QUOTED',
        to: 'ACCEPTED',
        outcome: null,
        cause: 'api:accept-quote',
        eventId: null,
        detail: null,
      },
    ],
    ...overrides,
  };
}
function box(status: string, items: number) {
  const list = Array.from({ length: items }, () => ({
    tradeInId: TRADE_IN,
    deviceKey: `IMEI:${IMEI}`,
    addedBy: 'clerk-1',
    arrivedAt: null,
  }));
  return {
    id: BOX,
    storeId: 'STORE-1',
    siteId: 'SITE-1',
    status,
    openedBy: 'clerk-1',
    openedAt: '2026-12-03T10:00:00.000Z',
    items: list,
    manifest: status === 'OPEN' ? null : list.map((i) => ({ tradeInId: i.tradeInId, deviceKey: i.deviceKey, modelId: 'apple-iphone-13' })),
    ...(status === 'SHIPPED' ? { trackingNumber: 'SBX0024776580821' } : {}),
  };
}
/** The queue as of now (lease and deadline times are relative to the moment of the request). */
export const queueNow = () => [
  {
    jobId: 'other-job',
    tradeInId: 'aaaaaaaa-1',
    siteId: 'SITE-1',
    kind: 'REGRADE',
    device: { modelId: 'samsung-galaxy-s22', category: 'smartphone' },
    openedAt: minutesFromNow(-300),
    deadlineAt: minutesFromNow(-60),
    claimedBy: 'tech-2',
    leaseExpiresAt: minutesFromNow(12),
    claimableByMe: false,
  },
  {
    jobId: 'free-late',
    tradeInId: 'bbbbbbbb-2',
    siteId: 'SITE-1',
    kind: 'INITIAL',
    device: { modelId: 'apple-iphone-12', category: 'smartphone' },
    openedAt: minutesFromNow(-100),
    deadlineAt: minutesFromNow(600),
    claimedBy: null,
    leaseExpiresAt: null,
    claimableByMe: true,
  },
  {
    jobId: JOB,
    tradeInId: TRADE_IN,
    siteId: 'SITE-1',
    kind: 'INITIAL',
    device: { modelId: 'apple-iphone-13', category: 'smartphone' },
    openedAt: minutesFromNow(-200),
    deadlineAt: minutesFromNow(120),
    claimedBy: null,
    leaseExpiresAt: null,
    claimableByMe: true,
  },
];
const CHECKS = [
  { code: 'POWER', label: 'Powers on and boots', kind: 'PASS_FAIL', severity: 'KEY' },
  { code: 'DISPLAY_TOUCH', label: 'Display and touch', kind: 'PASS_FAIL', severity: 'KEY' },
  { code: 'BIOMETRICS', label: 'Biometrics', kind: 'PASS_FAIL', severity: 'MINOR', optional: true },
  { code: 'BATTERY_HEALTH', label: 'Battery health %', kind: 'PERCENT', part: 'battery' },
];

export class MockApi {
  readonly calls: Call[] = [];
  private readonly overrides: Handler[] = [];
  /** Mutable state the default handlers read, so a flow can move forward (inspected, erased, graded). */
  readonly state = { inspected: false, erased: false, claimedBy: null as string | null, boxStatus: 'OPEN', boxItems: 0, boxOpened: false };

  /** A handler that answers before the defaults (return undefined to fall through). */
  on(handler: Handler): this {
    this.overrides.unshift(handler);
    return this;
  }

  callsTo(method: string, pathPattern: RegExp): Call[] {
    return this.calls.filter((c) => c.method === method && pathPattern.test(c.path));
  }

  /** The n-th such call (0 = first, -1 = last); a test that expects it fails clearly when it was not made. */
  call(method: string, pathPattern: RegExp, n = 0): Call {
    const found = this.callsTo(method, pathPattern).at(n);
    if (!found)
      throw new Error(`no call #${n} to ${method} ${pathPattern}; calls: ${this.calls.map((c) => `${c.method} ${c.path}`).join(', ')}`);
    return found;
  }

  async install(page: Page): Promise<void> {
    await page.route('**/api/**', (route) => this.handle(route));
  }

  private async handle(route: Route): Promise<void> {
    const req = route.request();
    const url = new URL(req.url());
    const [, service, path] = /^\/api\/(quote|intake|grading|payout)(\/.*)$/.exec(url.pathname) ?? [];
    if (!service || !path) return route.fallback();
    let body: unknown = null;
    const raw = req.postData();
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    const call: Call = { service, method: req.method(), path: path + url.search, body, headers: req.headers() };
    this.calls.push(call);
    const answer = this.overrides.map((h) => h(call)).find((a) => a !== undefined) ??
      this.defaults(call) ?? {
        status: 404,
        body: { status: 404, code: 'NOT_FOUND', detail: `no mock for ${call.method} ${call.service}${call.path}` },
      };
    if (answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs));
    const status = answer.status ?? 200;
    await route.fulfill({
      status,
      contentType: answer.contentType ?? (status >= 400 ? 'application/problem+json' : 'application/json'),
      body: typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? null),
    });
  }

  private defaults(c: Call): Answer | undefined {
    const p = c.path;
    const key = `${c.service} ${c.method} ${p.split('?')[0]}`;
    // quote-service
    if (key === 'quote GET /v1/catalog/models') {
      const market = new URL(`http://x${p}`).searchParams.get('market') ?? 'FR';
      const tac = new URL(`http://x${p}`).searchParams.get('tac');
      if (tac && tac !== IMEI.slice(0, 8)) return { body: { items: [], count: 0 } };
      const currency = market === 'JP' ? 'JPY' : market === 'GB' ? 'GBP' : market === 'US' ? 'USD' : 'EUR';
      return {
        body: {
          items: [
            {
              ...MODEL,
              variants: MODEL.variants.map((v) => ({ ...v, price: money(currency === 'JPY' ? '36500' : v.price.amountMinor, currency) })),
            },
          ],
          count: 1,
          priceTableVersion: 3,
        },
      };
    }
    // One model, without prices (how staff screens name a device); other models answer 404 and show their ids.
    if (key === `quote GET /v1/catalog/models/${MODEL.id}`)
      return { body: { ...MODEL, variants: MODEL.variants.map(({ price: _, ...v }) => v) } };
    if (key === 'quote GET /v1/catalog/categories/smartphone/questionnaire') return { body: QUESTIONNAIRE };
    if (key === 'quote POST /v1/quotes') return { status: 201, body: quoteFor((c.body as { market: string }).market) };
    if (key === `quote POST /v1/quotes/${QUOTE}/accept`) {
      const email = (c.body as { customer?: { email?: string } }).customer?.email ?? '';
      if (!email.includes('@'))
        return {
          status: 400,
          body: {
            status: 400,
            code: 'VALIDATION_FAILED',
            detail: 'invalid request',
            errors: [{ field: 'customer.email', reason: 'email must be an e-mail address' }],
          },
        };
      return { status: 201, body: { quote: { ...quoteFor('FR'), status: 'ACCEPTED' }, tradeIn: tradeIn() } };
    }
    if (key === `quote GET /v1/trade-ins/${TRADE_IN}`) return { body: tradeIn() };
    if (key === 'quote GET /v1/trade-ins') {
      const state = new URL(`http://x${p}`).searchParams.get('state');
      if (state === 'COUNTER_OFFERED')
        return {
          body: {
            items: [
              tradeIn({
                state: 'COUNTER_OFFERED',
                offer: { kind: 'REVISED', basis: 'GRADED_WORSE', amount: money('18000'), reasonCodes: [] },
              }),
            ],
            nextCursor: null,
          },
        };
      return {
        body: {
          items: [tradeIn(), tradeIn({ id: 'c0ffee00-0000-4000-8000-000000000009', state: 'COMPLETED', storeDiscrepancy: money('-4000') })],
          nextCursor: null,
        },
      };
    }
    if (key === 'quote GET /v1/price-tables')
      return {
        body: [
          { version: 3, rowCount: 2, source: 'CSV', uploadedBy: 'ops-1', createdAt: '2026-12-01T09:00:00.000Z' },
          { version: 1, rowCount: 2, source: 'SEED', createdAt: '2026-11-01T09:00:00.000Z' },
        ],
      };
    if (key === 'quote POST /v1/price-tables')
      return { status: 201, body: { version: 4, rowCount: 2, source: 'CSV', createdAt: new Date().toISOString() } };
    if (key === 'quote GET /v1/partners') return { body: [{ id: 'telco', name: 'Telco Shops', createdAt: '2026-11-01T09:00:00.000Z' }] };
    if (key === 'quote GET /v1/partners/telco/api-keys')
      return {
        body: [
          {
            keyId: 'k1',
            prefix: 'tik_3f9a1c2b',
            programId: null,
            createdAt: '2026-11-01T09:00:00.000Z',
            revokedAt: null,
            replacedBy: null,
          },
        ],
      };
    if (key === 'quote POST /v1/ops/staff-tokens') {
      const b = c.body as { role: string; siteId?: string };
      if (b.role === 'grader' && !b.siteId)
        return {
          status: 400,
          body: {
            status: 400,
            code: 'VALIDATION_FAILED',
            detail: 'invalid request',
            errors: [{ field: 'siteId', reason: 'a grader token needs siteId' }],
          },
        };
      return {
        status: 201,
        body: {
          issuanceId: 'iss-1',
          token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZWNoLTcifQ.c2ln',
          tokenType: 'Bearer',
          expiresIn: 28800,
          expiresAt: minutesFromNow(480),
          claims: {},
        },
      };
    }
    if (key === 'quote GET /v1/ops/staff-tokens')
      return {
        body: {
          items: [
            {
              issuanceId: 'iss-0',
              issuedBy: 'ops-1',
              subject: 'tech-7',
              role: 'grader',
              siteId: 'SITE-1',
              reason: 'new starter',
              issuedAt: '2026-12-03T08:00:00.000Z',
              expiresAt: '2026-12-03T16:00:00.000Z',
            },
          ],
        },
      };
    // intake-service
    if (key === 'intake POST /v1/stores/STORE-1/intakes') {
      return {
        status: 201,
        body: {
          outcome: 'RECEIVED',
          reasonCodes: [],
          identity: { imei: IMEI, detectedModelId: 'apple-iphone-13', blockListStatus: 'CLEAR', activationLock: false, mdmEnrolled: false },
        },
      };
    }
    if (key === 'intake POST /v1/stores/STORE-1/boxes') {
      this.state.boxStatus = 'OPEN';
      this.state.boxItems = 0;
      this.state.boxOpened = true;
      return { status: 201, body: box('OPEN', 0) };
    }
    if (key === 'intake GET /v1/stores/STORE-1/boxes') {
      const b = box(this.state.boxStatus, this.state.boxItems);
      const items = this.state.boxOpened
        ? [
            {
              ...b,
              itemCount: this.state.boxItems,
              shippedAt: null,
              trackingNumber: b.trackingNumber ?? null,
              items: undefined,
              manifest: undefined,
            },
          ]
        : [];
      return { body: { total: items.length, items } };
    }
    if (key === `intake GET /v1/stores/STORE-1/boxes/${BOX}`) return { body: box(this.state.boxStatus, this.state.boxItems) };
    if (key === `intake POST /v1/stores/STORE-1/boxes/${BOX}/items`) {
      this.state.boxItems = 1;
      return { status: 201, body: box('OPEN', 1) };
    }
    if (key === `intake POST /v1/stores/STORE-1/boxes/${BOX}/close`) {
      this.state.boxStatus = 'CLOSED';
      return { status: 201, body: box('CLOSED', this.state.boxItems) };
    }
    if (key === `intake POST /v1/stores/STORE-1/boxes/${BOX}/ship`) {
      this.state.boxStatus = 'SHIPPED';
      return {
        status: 201,
        body: { ...box('SHIPPED', this.state.boxItems), labelFormat: 'ZPL', label: '^XA^FO50,50^FDSBX0024776580821^FS^XZ' },
      };
    }
    if (key === 'intake GET /v1/dock/parcels/SBX4786710252297')
      return {
        body: {
          tradeInId: TRADE_IN,
          shipmentStatus: 'DELIVERED',
          quoted: { modelId: 'apple-iphone-13', category: 'smartphone' },
          siteId: 'SITE-1',
        },
      };
    if (key === 'intake POST /v1/dock/receipts')
      return {
        status: 201,
        body: {
          outcome: 'RECEIVED',
          reasonCodes: [],
          identity: { imei: IMEI, detectedModelId: 'apple-iphone-13', blockListStatus: 'CLEAR' },
        },
      };
    if (key === 'intake POST /v1/evidence' || key === 'grading POST /v1/evidence') {
      return {
        status: 201,
        body: { ref: `sha256:${SHA}`, sha256: SHA, contentType: 'image/png', sizeBytes: 68, uploadedAt: new Date().toISOString() },
      };
    }
    if (key === 'intake POST /v1/sites/SITE-1/boxes/receipts')
      return {
        status: 201,
        body: {
          ...box('SHIPPED', 2),
          status: 'RECEIVED',
          items: [
            { tradeInId: TRADE_IN, deviceKey: `IMEI:${IMEI}`, addedBy: 'c', arrivedAt: null },
            { tradeInId: 'other', deviceKey: 'IMEI:356938035643809', addedBy: 'c', arrivedAt: null },
          ],
          manifest: [
            { tradeInId: TRADE_IN, deviceKey: `IMEI:${IMEI}`, modelId: 'apple-iphone-13' },
            { tradeInId: 'other', deviceKey: 'IMEI:356938035643809', modelId: 'apple-iphone-12' },
          ],
        },
      };
    if (key === `intake POST /v1/sites/SITE-1/boxes/${BOX}/scans`) return { status: 201, body: { result: 'ARRIVED', tradeInId: TRADE_IN } };
    if (key === `intake POST /v1/sites/SITE-1/boxes/${BOX}/reconciliation`)
      return { status: 201, body: { arrived: [TRADE_IN], missing: ['other'], unexpected: [] } };
    if (key === `intake GET /v1/trade-ins/${TRADE_IN}/custody`)
      return {
        body: {
          records: [
            { seq: '1', tradeInId: TRADE_IN, action: 'STORE_INTAKE', actor: 'clerk-1', at: '2026-12-03T10:01:00.000Z', detail: {} },
          ],
        },
      };
    if (key === 'intake GET /v1/custody')
      return {
        body: {
          records: [
            { seq: '1', tradeInId: TRADE_IN, action: 'STORE_INTAKE', actor: 'clerk-1', at: '2026-12-03T10:01:00.000Z', detail: {} },
          ],
        },
      };
    if (key.startsWith('intake GET /v1/ops/queues/'))
      return {
        body: {
          queue: p.split('/').pop(),
          items: [{ tradeInId: TRADE_IN, trackingNumber: 'SBX4786710252297', shipBy: '2026-12-05T00:00:00.000Z' }],
        },
      };
    if (key.endsWith(' GET /v1/ops/dead-letters')) {
      // Every service answers; only payout-service has a letter here.
      const items =
        c.service === 'payout'
          ? [
              {
                id: '7',
                consumer: 'payout-service/OfferFinalizedHandler.handle',
                topic: 'tradein.offer.finalized.v1',
                deadLetterTopic: 'tradein.offer.finalized.v1.dlt',
                partition: 2,
                offset: '4711',
                eventType: 'tradein.offer.finalized',
                eventId: 'e0e0e0e0-0000-4000-8000-000000000007',
                key: TRADE_IN,
                reason: 'HANDLER_FAILED',
                error: 'QueryFailedError: could not serialize access due to concurrent update',
                attempts: 5,
                deadLetteredAt: '2026-12-03T09:15:00.000Z',
                code: null,
                permanent: false,
              },
            ]
          : [];
      return { body: { total: items.length, items, replay: 'npm run dlt:replay -- <topic>' } };
    }
    // grading-service
    if (key === 'grading GET /v1/queue')
      return {
        body: {
          jobs: queueNow().map((j) =>
            j.jobId === JOB && this.state.claimedBy ? { ...j, claimedBy: this.state.claimedBy, leaseExpiresAt: minutesFromNow(30) } : j,
          ),
        },
      };
    if (key === `grading POST /v1/jobs/${JOB}/claim`) {
      this.state.claimedBy = 'tech-1';
      return { status: 201, body: { jobId: JOB, claimedBy: 'tech-1', leaseExpiresAt: minutesFromNow(30) } };
    }
    if (key === 'grading POST /v1/jobs/free-late/claim')
      return {
        status: 409,
        body: { status: 409, code: 'JOB_ALREADY_CLAIMED', detail: 'grading job free-late is claimed by another technician' },
      };
    if (key === `grading GET /v1/jobs/${JOB}`) {
      return {
        body: {
          jobId: JOB,
          tradeInId: TRADE_IN,
          siteId: 'SITE-1',
          kind: 'INITIAL',
          status: 'OPEN',
          claimedBy: this.state.claimedBy ?? 'tech-1',
          leaseExpiresAt: minutesFromNow(30),
          deadlineAt: minutesFromNow(120),
          device: { category: 'smartphone', modelId: 'apple-iphone-13', variantId: '128gb', imei: IMEI, serialNumber: null },
          checklist: { category: 'smartphone', version: 'smartphone-1', checks: CHECKS },
          inspection: this.state.inspected
            ? { technicianId: 'tech-1', cosmeticGrade: 'B', checks: {}, inspectedAt: new Date().toISOString() }
            : null,
          erasureCertificates: this.state.erased ? [{ certificateId: 'cert-1', verification: 'PASSED', method: 'PURGE' }] : [],
          gradeId: null,
        },
      };
    }
    if (key === `grading PUT /v1/jobs/${JOB}/inspection`) {
      this.state.inspected = true;
      return { body: { checklistVersion: 'smartphone-1', functionalGrade: 0, failedChecks: [], cosmeticGrade: 'B' } };
    }
    if (key === `grading POST /v1/jobs/${JOB}/erasures`) {
      this.state.erased = true;
      return { status: 201, body: { certificateId: 'cert-1', standard: 'NIST SP 800-88 Rev. 2', method: 'PURGE', verification: 'PASSED' } };
    }
    if (key === `grading POST /v1/jobs/${JOB}/grade`)
      return {
        status: 201,
        body: {
          gradeId: 'g-1',
          cosmeticGrade: 'B',
          functionalGrade: 0,
          disposition: 'REFURBISH',
          marketplaceGrade: 'Very good',
          erasureOutcome: 'VERIFIED',
        },
      };
    if (key === `grading GET /v1/devices/${TRADE_IN}/passport`) {
      return {
        body: {
          tradeInId: TRADE_IN,
          device: {
            category: 'smartphone',
            modelId: 'apple-iphone-13',
            variantId: '128gb',
            imei: IMEI,
            serialNumber: null,
            siteId: 'SITE-1',
          },
          grades: [
            {
              gradeId: 'g-1',
              cosmeticGrade: 'B',
              functionalGrade: 0,
              marketplaceGrade: 'Very good',
              disposition: 'REFURBISH',
              gradedAt: new Date().toISOString(),
              regrade: false,
            },
          ],
          stock: {
            sku: 'APPLE-IPHONE-13--128GB--VERY-GOOD',
            marketplaceGrade: 'Very good',
            status: 'IN_STOCK',
            siteId: 'SITE-1',
            addedAt: new Date().toISOString(),
          },
          erasureCertificates: [],
          appeals: [],
        },
      };
    }
    if (key === 'grading GET /v1/quarantine')
      return { body: { devices: [{ tradeInId: 'q-1', reason: 'BLOCK_LISTED', siteId: 'SITE-1' }] } };
    // payout-service
    if (key === 'payout GET /v1/payouts') {
      const held = {
        id: PAYOUT,
        tradeInId: TRADE_IN,
        partnerId: 'telco',
        method: 'BANK_TRANSFER',
        amount: money('120000'),
        status: 'HELD',
        holdReasons: ['AMOUNT_OVER_LIMIT'],
        attempts: 0,
        dueAt: minutesFromNow(60 * 24),
        paidAt: null,
        overdue: false,
      };
      return { body: [held] };
    }
    if (key === `payout POST /v1/payouts/${PAYOUT}/release`) {
      const reason = (c.body as { reason?: string }).reason ?? '';
      if (reason.length < 3)
        return {
          status: 400,
          body: {
            status: 400,
            code: 'VALIDATION_FAILED',
            detail: 'invalid request',
            errors: [{ field: 'reason', reason: 'reason must be longer than or equal to 3 characters' }],
          },
        };
      return { status: 201, body: { id: PAYOUT, status: 'PENDING', holdReasons: [] } };
    }
    if (key === 'payout GET /v1/ledger/entries')
      return {
        body: {
          tradeInId: TRADE_IN,
          entries: [
            {
              entryId: '41',
              payoutId: PAYOUT,
              kind: 'OFFER_FINALIZED',
              currency: 'EUR',
              postedAt: '2026-12-03T10:00:00.000Z',
              lines: [
                { account: 'trade_in_cost', amountMinor: '120000' },
                { account: 'seller_payable', amountMinor: '-120000' },
              ],
            },
          ],
        },
      };
    if (key === `payout GET /v1/payouts/${PAYOUT}`)
      return {
        body: {
          id: PAYOUT,
          tradeInId: TRADE_IN,
          method: 'BANK_TRANSFER',
          amount: money('120000'),
          status: 'HELD',
          holdReasons: ['AMOUNT_OVER_LIMIT'],
          attemptHistory: [],
          audit: [
            { action: 'HOLD', actor: 'system', reason: 'limit', fromStatus: 'PENDING', toStatus: 'HELD', at: '2026-12-03T10:00:00.000Z' },
          ],
        },
      };
    return undefined;
  }
}
