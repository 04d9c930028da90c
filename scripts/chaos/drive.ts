import { setTimeout as sleep } from 'node:timers/promises';
import { samplePhoto } from '@tradein/evidence';
import { type StoreActor, type TradeInFlows, until } from '../platform-client';
import { demoIban } from '../demo/iban';
import { type MailInScenario, type StoreScenario } from '../demo/scenarios';
import { type Tracked, customerEmail } from '../demo/tracked';

/**
 * The demo's scenarios driven so that any step can be repeated after a failure: every write carries an
 * Idempotency-Key derived from the run and the trade-in (so a repeated step reuses it), and the steps that
 * have no key look at the current state first (a box already closed is not closed again). A step is repeated
 * a few times (the client already retried each request) before the trade-in is given up and reported.
 */
export interface Driver {
  f: TradeInFlows;
  store: StoreActor;
  siteId: string;
  runId: string;
  /** Called with each step that had to be repeated (for the log). */
  note(t: Tracked, what: string): void;
}

const STEP_TRIES = 4;

async function step<T>(d: Driver, t: Tracked, name: string, fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const msg = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').slice(0, 400);
      if (attempt >= STEP_TRIES) throw new Error(`${name}: ${msg}`);
      d.note(t, `${name} failed (try ${attempt}), repeating: ${msg}`);
      await sleep(1000 * attempt);
    }
  }
}

const keyOf = (d: Driver, t: Tracked, what: string) => ({ 'idempotency-key': `${d.runId}-${t.no}-${what}` });

async function quoteAndAccept(
  d: Driver,
  t: Tracked,
  body: {
    market: string;
    answers: Record<string, string>;
    payout: Record<string, unknown>;
    fulfilment: 'MAIL_IN' | 'STORE';
    policy: Record<string, unknown>;
    token?: string;
  },
): Promise<string> {
  const { f } = d;
  const auth = body.token ? { token: body.token } : { apiKey: f.actors.apiKey };
  const quote = await f.client.req<{ id: string }>('quote-service', 'POST', '/v1/quotes', [200, 201], {
    ...auth,
    headers: keyOf(d, t, 'quote'),
    body: { modelId: t.device.modelId, variantId: t.device.variantId, market: body.market, answers: body.answers },
  });
  const accepted = await f.client.req<{ tradeIn: { id: string; state: string } }>(
    'quote-service',
    'POST',
    `/v1/quotes/${quote.id}/accept`,
    [200, 201],
    {
      ...auth,
      headers: keyOf(d, t, 'accept'),
      body: {
        customer: { name: 'Camille Martin', email: customerEmail(t) },
        fulfilment: body.fulfilment,
        payout: body.payout,
        revisedOfferPolicy: body.policy,
      },
    },
  );
  return accepted.tradeIn.id;
}

async function dockReceipt(d: Driver, t: Tracked, trackingNumber: string, empty: boolean): Promise<string> {
  await d.f.parcelAtDock(trackingNumber);
  // Uploads are idempotent by content: a repeated step uploads the same photo and gets the same ref.
  const unboxing = await d.f.client.uploadEvidence('intake-service', d.f.actors.grader, samplePhoto(`unboxing ${trackingNumber}`));
  const r = await d.f.client.req<{ outcome: string }>('intake-service', 'POST', '/v1/dock/receipts', [200, 201], {
    token: d.f.actors.grader,
    headers: keyOf(d, t, 'dock'),
    body: {
      trackingNumber,
      parcelWeightGrams: empty ? 60 : 380,
      evidenceRefs: [unboxing.ref],
      ...(empty ? { emptyParcel: true } : { imei: t.imei, activationLock: false, mdmEnrolled: false }),
    },
  });
  return r.outcome;
}

/** Claim, inspect, erase, grade; a job that is no longer OPEN was graded by an earlier try whose answer was lost. */
async function grade(d: Driver, t: Tracked, g: { cosmeticGrade: string; defects: Array<{ code: string }> }): Promise<void> {
  const { f } = d;
  const grader = f.actors.grader;
  let jobId: string | undefined;
  await step(d, t, 'grade', async () => {
    jobId ??= (
      await until(
        async () => {
          const q = await f.client.req<{ jobs: Array<{ jobId: string; tradeInId: string }> }>(
            'grading-service',
            'GET',
            '/v1/queue?limit=200',
            200,
            { token: grader },
          );
          return q.jobs.find((j) => j.tradeInId === t.tradeInId);
        },
        `a grading job for ${t.tradeInId}`,
        f.wait,
      )
    ).jobId;
    const isOpen = async () =>
      (await f.client.req<{ status: string }>('grading-service', 'GET', `/v1/jobs/${jobId}`, 200, { token: grader })).status === 'OPEN';
    if (!(await isOpen())) return;
    const claim = await f.client.call('grading-service', 'POST', `/v1/jobs/${jobId}/claim`, { token: grader });
    if (claim.status === 409 && !(await isOpen())) return;
    if (claim.status !== 200) throw new Error(`claim answered ${claim.status}: ${JSON.stringify(claim.body)}`);
    const detail = await f.client.req<{ checklist: { checks: Array<{ code: string; kind: string }> } }>(
      'grading-service',
      'GET',
      `/v1/jobs/${jobId}`,
      200,
      { token: grader },
    );
    const checks = Object.fromEntries(detail.checklist.checks.map((c) => [c.code, c.kind === 'PERCENT' ? 90 : 'PASS']));
    const front = await f.client.uploadEvidence('grading-service', grader, samplePhoto(`front of ${t.imei} for ${t.tradeInId}`));
    await f.client.req('grading-service', 'PUT', `/v1/jobs/${jobId}/inspection`, 200, {
      token: grader,
      body: {
        identityRead: { imei: t.imei },
        checks,
        cosmeticGrade: g.cosmeticGrade,
        defects: g.defects,
        missingAccessories: [],
        locks: { activationLock: false, mdmEnrolled: false },
        evidence: [{ ref: front.ref, sha256: front.sha256, kind: 'PHOTO' }],
      },
    });
    await f.client.req('grading-service', 'POST', `/v1/jobs/${jobId}/erasures`, [200, 201], {
      token: grader,
      headers: keyOf(d, t, 'erasure'),
      body: {
        mediumId: 'internal-nand',
        mediumType: 'INTERNAL_FLASH',
        method: 'PURGE',
        technique: 'CRYPTOGRAPHIC_ERASE',
        tool: 'Blancco Mobile',
        toolVersion: '7.2',
        verification: 'PASSED',
        performedAt: '2026-11-26T14:05:02Z',
        report: `erasure report for ${t.imei}: crypto erase verified`,
      },
    });
    const graded = await f.client.call('grading-service', 'POST', `/v1/jobs/${jobId}/grade`, { token: grader });
    if (graded.status === 201 || (graded.status === 409 && !(await isOpen()))) return;
    throw new Error(`grade answered ${graded.status}: ${JSON.stringify(graded.body)}`);
  });
}

/** A mail-in trade-in from quote to wherever its scenario takes it before any deadline (see scripts/demo/scenarios.ts). */
export async function driveMailIn(d: Driver, t: Tracked, s: MailInScenario): Promise<void> {
  const { f } = d;
  const payout: Record<string, string> = { method: s.payout };
  if (s.payout === 'BANK_TRANSFER') {
    payout['destinationRef'] = (
      await step(d, t, 'bank destination', () => f.bankDestination(demoIban(t.serial), 'Camille Martin'))
    ).destinationRef;
  }
  const best = await step(d, t, 'questionnaire', () => f.answersFor('smartphone', 'best'));
  const answers = s.declared === 'best' ? best : { ...best, screen: 'light_scratches', body: 'light_wear' };
  t.tradeInId = await step(d, t, 'quote and accept', () =>
    quoteAndAccept(d, t, { market: s.market, answers, payout, fulfilment: 'MAIL_IN', policy: s.policy ?? { policy: 'ASK' } }),
  );
  const id = t.tradeInId;
  if (s.parcel === 'never-shipped') {
    await step(d, t, 'label', () => f.labelOf(id));
    return;
  }
  if (s.parcel === 'blocked-device') {
    await step(d, t, 'block IMEI', async () => {
      const r = await f.client.call('intake-service', 'POST', '/v1/block-list/entries', {
        token: f.actors.ops,
        headers: keyOf(d, t, 'block'),
        body: { imei: t.imei, status: 'STOLEN', reason: 'chaos: reported stolen' },
      });
      if (r.status !== 201 && r.status !== 409) throw new Error(`block list answered ${r.status}: ${JSON.stringify(r.body)}`);
    });
  }
  const tracking = await step(d, t, 'ship to site', () => f.shipToSite(id));
  await step(d, t, 'dock receipt', () => dockReceipt(d, t, tracking, s.parcel === 'empty'));
  if (!s.grade) return;
  await grade(d, t, s.grade);
  const offered = await step(d, t, 'final or revised offer', () => f.stateOf(id, 'COUNTER_OFFERED', 'FINALIZED', 'PAID', 'COMPLETED'));
  if (offered.state !== 'COUNTER_OFFERED' || !s.answer) return;
  await step(d, t, `revised offer ${s.answer}`, () =>
    f.client.req('quote-service', 'POST', `/v1/trade-ins/${id}/revised-offer/${s.answer}`, [200, 201], {
      apiKey: f.actors.apiKey,
      headers: keyOf(d, t, 'answer'),
      body: {},
    }),
  );
  if (s.answer === 'decline') await step(d, t, 'return to owner', () => f.returnToOwner(id));
}

interface Box {
  id: string;
  status: string;
  items: Array<{ tradeInId: string }>;
  trackingNumber?: string;
}

/** A box of store trade-ins: accepted at the counter, taken in, packed, shipped, scanned out at the site, graded. */
export async function driveStoreBox(d: Driver, unitNo: number, items: Tracked[]): Promise<void> {
  const { f, store } = d;
  const first = items[0]!;
  const best = await step(d, first, 'questionnaire', () => f.answersFor('smartphone', 'best'));
  await Promise.all(
    items.map(async (t) => {
      t.tradeInId = await step(d, t, 'store quote and accept', () =>
        quoteAndAccept(d, t, {
          market: 'FR',
          answers: best,
          payout: { method: 'STORE_CREDIT' },
          fulfilment: 'STORE',
          policy: { policy: 'ASK' },
          token: store.token,
        }),
      );
      await step(d, t, 'store intake', () => f.storeIntake(store, t.tradeInId!, t.imei));
      await step(d, t, 'received', () => f.stateOf(t.tradeInId!, 'RECEIVED'));
    }),
  );
  const boxPath = `/v1/stores/${store.storeId}/boxes`;
  const opened = await step(d, first, 'open box', () =>
    f.client.req<Box>('intake-service', 'POST', boxPath, [200, 201], {
      token: store.token,
      headers: { 'idempotency-key': `${d.runId}-box-${unitNo}` },
      body: { siteId: d.siteId },
    }),
  );
  const view = () => f.client.req<Box>('intake-service', 'GET', `${boxPath}/${opened.id}`, 200, { token: store.token });
  /** A box transition whose repeat answers 409 once it happened: done when the box has left `from`. */
  const transition = async (from: string, action: string) =>
    step(d, first, `${action} box`, async () => {
      if ((await view()).status !== from) return;
      const r = await f.client.call('intake-service', 'POST', `${boxPath}/${opened.id}/${action}`, { token: store.token });
      if (r.status !== 200 && !(r.status === 409 && (await view()).status !== from))
        throw new Error(`${action} answered ${r.status}: ${JSON.stringify(r.body)}`);
    });
  for (const t of items) {
    await step(d, t, 'pack', async () => {
      if ((await view()).items.some((i) => i.tradeInId === t.tradeInId)) return;
      const r = await f.client.call('intake-service', 'POST', `${boxPath}/${opened.id}/items`, {
        token: store.token,
        body: { tradeInId: t.tradeInId },
      });
      if (r.status !== 200 && !(await view()).items.some((i) => i.tradeInId === t.tradeInId))
        throw new Error(`pack answered ${r.status}: ${JSON.stringify(r.body)}`);
    });
  }
  await transition('OPEN', 'close');
  await transition('CLOSED', 'ship');
  const shipped = await view();
  if (!shipped.trackingNumber) throw new Error(`box ${opened.id} shipped without a tracking number`);
  const site = `/v1/sites/${d.siteId}/boxes`;
  const grader = f.actors.grader;
  await step(d, first, 'receive box', async () => {
    const r = await f.client.call('intake-service', 'POST', `${site}/receipts`, {
      token: grader,
      body: { trackingNumber: shipped.trackingNumber },
    });
    if (r.status !== 200 && !(r.status === 409 && (await view()).status !== 'SHIPPED'))
      throw new Error(`box receipt answered ${r.status}: ${JSON.stringify(r.body)}`);
  });
  for (const t of items) {
    await step(d, t, 'scan out of box', () =>
      f.client.req('intake-service', 'POST', `${site}/${opened.id}/scans`, 200, { token: grader, body: { imei: t.imei } }),
    );
  }
  await step(d, first, 'reconcile box', async () => {
    const r = await f.client.call<{ missing: string[]; unexpected: string[] }>(
      'intake-service',
      'POST',
      `${site}/${opened.id}/reconciliation`,
      { token: grader },
    );
    if (r.status === 200 && (r.body.missing.length || r.body.unexpected.length))
      throw new Error(`box ${opened.id} did not reconcile: ${JSON.stringify(r.body)}`);
    if (r.status !== 200 && !(r.status === 409 && (await view()).status === 'RECONCILED'))
      throw new Error(`reconciliation answered ${r.status}: ${JSON.stringify(r.body)}`);
  });
  for (const t of items) await grade(d, t, (t.scenario as StoreScenario).grade);
}
