import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { EN, acceptThroughWidget, hostEvents, quoteThroughWidget, state, widget } from './platform';

/**
 * The customer's signed tracking link: the trade-in is driven to a revised offer through the services' APIs
 * (carrier, dock, grader), then answered from the tracking view, within the window.
 */
const s = state();

/** As the carrier, the dock and a grader, through the services' APIs (the tier's control server runs the steps). */
async function driveToRevisedOffer(request: APIRequestContext, tradeInId: string): Promise<void> {
  const r = await request.post(`${s.controlUrl}/revised-offer`, { data: { tradeInId, modelId: 'apple-iphone-13' }, timeout: 150_000 });
  expect(r.status(), await r.text()).toBe(200);
}

test('a revised offer, with its reasons and grading evidence, accepted from the tracking link', async ({ page, request }) => {
  test.setTimeout(180_000);
  await page.goto(`${s.shopUrl}/?market=FR&lang=en&categories=smartphone`);
  const flow = {
    search: 'iPhone 13',
    model: /^Apple iPhone 13\s*Smartphones$/,
    variant: /128 GB/,
    name: 'Camille Martin',
    email: 'camille@example.com',
    payout: /Gift card/,
    labels: EN,
  };
  await quoteThroughWidget(page, flow);
  await acceptThroughWidget(page, flow);
  const w = widget(page);
  const trackingUrl = await w.getByRole('link', { name: 'Follow my trade-in' }).getAttribute('href');
  const accepted = (await hostEvents(page)).find((e) => e.type === 'tradein:accepted');
  const tradeInId = String(accepted?.detail['tradeInId']);
  expect(accepted?.detail['trackingUrl']).toBe(trackingUrl);

  // Before anything happens: the plain-words timeline and the ship-by date.
  await page.goto(trackingUrl ?? '');
  await expect(w.getByRole('heading', { name: /Your trade-in: iPhone 13/ })).toBeVisible();
  await expect(w.getByRole('listitem').filter({ hasText: 'You accepted the offer' })).toBeVisible();
  await expect(w.getByText(/Send your device by/)).toBeVisible();

  await driveToRevisedOffer(request, tradeInId);

  await page.reload();
  await expect(w.getByRole('heading', { name: 'We checked your device: revised offer' })).toBeVisible();
  await expect(w.getByText(/Shipping label: \S+ \S+/)).toBeVisible();
  await expect(w.getByText('The screen is in worse condition than declared')).toBeVisible();
  await expect(w.locator('[part="evidence"]')).toContainText('Cosmetic grade D');
  await expect(w.locator('[part="evidence"]')).toContainText('DISPLAY_COVER_CRACKED');
  await expect(w.getByText(/Answer by/)).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('tradein-widget').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('revised-offer.png'), fullPage: true });

  await w.getByRole('button', { name: 'Accept the revised offer' }).click();
  await expect(w.getByText('You accepted the revised offer.')).toBeVisible();
  await expect(w.getByRole('button', { name: 'Accept the revised offer' })).toHaveCount(0);

  const t = (await (await request.get(`${s.urls.quote}/v1/trade-ins/${tradeInId}`, { headers: { 'x-api-key': s.apiKey } })).json()) as {
    state: string;
    offer: { kind: string; answer: string };
  };
  expect(t.offer).toMatchObject({ kind: 'FINAL', answer: 'ACCEPTED' });
  expect(['FINALIZED', 'PAID', 'COMPLETED']).toContain(t.state);
});

test('a forged or expired tracking link is a clear message', async ({ page }) => {
  await page.goto(`${s.shopUrl}/?tradein_track=not-a-token`);
  await expect(widget(page).getByRole('alert')).toContainText('This tracking link is invalid or has expired.');
});

test('once the answer window has passed, the pre-chosen policy applies and the tracking view says so', async ({ page, request }) => {
  test.setTimeout(180_000);
  const key = { 'x-api-key': s.apiKey };
  const quote = (await (
    await request.post(`${s.urls.quote}/v1/quotes`, {
      headers: key,
      data: {
        modelId: 'apple-iphone-13',
        variantId: '128gb',
        market: 'FR',
        answers: { functional: 'works', screen: 'flawless', body: 'flawless', battery: '80_or_more', locks: 'none' },
      },
    })
  ).json()) as { id: string; tradeInId: string };
  const accepted = await request.post(`${s.urls.quote}/v1/quotes/${quote.id}/accept`, {
    headers: key,
    data: {
      customer: { name: 'Lea Roux', email: 'lea@example.com' },
      fulfilment: 'MAIL_IN',
      payout: { method: 'GIFT_CARD' },
      revisedOfferPolicy: { policy: 'ASK' },
    },
  });
  expect(accepted.status()).toBe(200);
  await driveToRevisedOffer(request, quote.tradeInId);
  // The partner's server may hand out the link too (its own e-mails).
  const link = (await (await request.post(`${s.urls.quote}/v1/trade-ins/${quote.tradeInId}/tracking-links`, { headers: key })).json()) as {
    token: string;
  };

  // 15 days later on every service's clock (CLOCK_CONTROL=enabled in this platform): past the 14-day window.
  for (const url of Object.values(s.urls)) {
    const r = await request.post(`${url}/v1/ops/clock/advance`, {
      headers: { authorization: `Bearer ${s.ops}` },
      data: { ms: 15 * 86_400_000 },
    });
    expect(r.status()).toBe(200);
  }
  await expect
    .poll(
      async () => {
        const t = (await (await request.get(`${s.urls.quote}/v1/trade-ins/${quote.tradeInId}`, { headers: key })).json()) as {
          offer: { answer: string | null };
        };
        return t.offer.answer;
      },
      { timeout: 30_000 },
    )
    .toBe('LAPSED_FREE_RETURN');

  await page.goto(`${s.shopUrl}/?tradein_track=${encodeURIComponent(link.token)}`);
  const w = widget(page);
  await expect(w.getByText('No answer came in time: your device is returned free of charge.')).toBeVisible();
  await expect(w.getByRole('button', { name: 'Accept the revised offer' })).toHaveCount(0);
  await expect(w.getByRole('listitem').filter({ hasText: 'Your device is on its way back to you' })).toBeVisible();
});

test('an offer that expired while the shopper hesitated: a clear message, and a fresh offer with the same answers', async ({
  page,
  request,
}) => {
  await page.goto(`${s.shopUrl}/?market=FR&lang=en`);
  const w = widget(page);
  const flow = { search: 'PlayStation 5', model: /PlayStation 5 Slim/, name: 'Camille Martin', email: 'camille@example.com', labels: EN };
  await quoteThroughWidget(page, flow);
  await expect(w.getByRole('heading', { name: 'Your offer' })).toBeVisible();
  // Quotes are valid 14 days: move every service's clock 15 days on.
  for (const url of Object.values(s.urls)) {
    const r = await request.post(`${url}/v1/ops/clock/advance`, {
      headers: { authorization: `Bearer ${s.ops}` },
      data: { ms: 15 * 86_400_000 },
    });
    expect(r.status()).toBe(200);
  }
  await acceptThroughWidget(page, flow);
  const alert = w.getByRole('alert');
  await expect(alert).toContainText('This offer has expired.');
  await alert.getByRole('button', { name: EN.getOffer }).click();
  await expect(w.getByRole('heading', { name: 'Your offer' })).toBeVisible();
  const quoted = (await hostEvents(page)).filter((e) => e.type === 'tradein:quoted');
  expect(quoted).toHaveLength(2);
  expect(quoted[1]?.detail['quoteId']).not.toBe(quoted[0]?.detail['quoteId']);
  expect((await hostEvents(page)).find((e) => e.type === 'tradein:error')?.detail).toMatchObject({ code: 'QUOTE_EXPIRED', status: 409 });
});
