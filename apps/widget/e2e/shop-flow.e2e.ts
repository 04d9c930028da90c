import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { EN, acceptThroughWidget, hostEvents, quoteThroughWidget, state, widget } from './platform';

/**
 * The demo partner shop (its own origin, hostile CSS) embeds <tradein-widget>; a shopper quotes and accepts
 * against the real quote-service, PostgreSQL and Kafka; the shop hears the events; the partner's API sees the trade-in.
 */
const s = state();

async function axeClean(page: Page): Promise<void> {
  const r = await new AxeBuilder({ page }).include('tradein-widget').analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test("the shop's hostile CSS cannot break the widget; themed through custom properties and parts; axe clean", async ({ page }) => {
  await page.goto(`${s.shopUrl}/?market=FR&lang=en`);
  const w = widget(page);
  const search = w.getByRole('button', { name: EN.searchButton });
  await expect(search).toBeVisible(); // the shop hides every <button> in its own DOM
  await expect(w.getByLabel(EN.search)).toBeVisible(); // ... and every <input>
  const look = await search.evaluate((b) => {
    const cs = getComputedStyle(b);
    const h2 = b.getRootNode() instanceof ShadowRoot ? (b.getRootNode() as ShadowRoot).querySelector('h2') : null;
    return {
      bg: cs.backgroundColor,
      radius: cs.borderTopLeftRadius,
      transform: cs.textTransform,
      h2: h2 ? getComputedStyle(h2).fontSize : null,
    };
  });
  expect(look).toEqual({ bg: 'rgb(0, 55, 145)', radius: '24px', transform: 'none', h2: '20px' });
  await axeClean(page);
  await page.screenshot({ path: test.info().outputPath('shop-with-widget.png'), fullPage: true });
});

test("quote → accept in FR (EUR): breakdown and expiry, events to the host page, trade-in visible to the partner's API", async ({
  page,
  request,
}) => {
  await page.goto(`${s.shopUrl}/?market=FR&lang=en`);
  const w = widget(page);
  const flow = { search: 'PlayStation 5', model: /PlayStation 5 Slim/, name: 'Camille Martin', email: 'camille@example.com', labels: EN };
  await quoteThroughWidget(page, flow);
  await expect(w.getByRole('heading', { name: 'Your offer' })).toBeFocused(); // focus follows the step (keyboard, screen readers)
  const amount = await w.locator('[part="offer-amount"]').textContent();
  expect(amount).toMatch(/^[\d\s\u202f]+,\d{2}\s€$/); // fr-FR: 1 234,00 €
  await expect(w.getByText(/Offer valid until/)).toBeVisible();
  await expect(w.getByRole('cell', { name: 'Price in top condition' })).toBeVisible();
  await axeClean(page);

  const quoted = (await hostEvents(page)).find((e) => e.type === 'tradein:quoted');
  expect(quoted?.detail).toMatchObject({ amount: { currency: 'EUR' }, device: { modelId: 'sony-playstation-5-slim' } });

  await acceptThroughWidget(page, flow);
  await expect(w.getByRole('heading', { name: 'Trade-in confirmed' })).toBeVisible();
  await expect(w.getByText(/Send your device by/)).toBeVisible();
  const link = w.getByRole('link', { name: 'Follow my trade-in' });
  expect(await link.getAttribute('href')).toContain(`${s.shopUrl}/?`);
  await axeClean(page);

  const accepted = (await hostEvents(page)).find((e) => e.type === 'tradein:accepted');
  expect(accepted?.detail).toMatchObject({
    payoutMethod: 'PARTNER_CREDIT',
    amount: quoted?.detail.amount,
    quoteId: quoted?.detail['quoteId'],
  });
  await expect(page.locator('#credit')).toContainText(`trade-in credit ${quoted?.detail.amount?.amountMinor} EUR`);

  const t = await request.get(`${s.urls.quote}/v1/trade-ins/${String(accepted?.detail['tradeInId'])}`, {
    headers: { 'x-api-key': s.apiKey },
  });
  expect(t.status()).toBe(200);
  expect(await t.json()).toMatchObject({
    state: 'ACCEPTED',
    partnerId: s.partnerId,
    fulfilment: 'MAIL_IN',
    payoutMethod: 'PARTNER_CREDIT',
    customer: { name: 'Camille Martin' },
  });
  await page.screenshot({ path: test.info().outputPath('confirmation.png'), fullPage: true });
});

test('JPY in Japanese: yen without decimals, Japanese words', async ({ page }) => {
  await page.goto(`${s.shopUrl}/?market=JP&lang=ja`);
  const w = widget(page);
  await quoteThroughWidget(page, {
    search: 'PlayStation 5',
    model: /PlayStation 5 Slim/,
    name: '山田 太郎',
    email: 'taro@example.jp',
    labels: { ...EN, search: '端末を検索', searchButton: /^検索$/, getOffer: '査定額を見る' } as never,
  });
  await expect(w.getByRole('heading', { name: '査定額' })).toBeVisible();
  const amount = (await w.locator('[part="offer-amount"]').textContent()) ?? '';
  expect(amount).toMatch(/^[¥￥][\d,]+$/);
  const quoted = (await hostEvents(page)).find((e) => e.type === 'tradein:quoted');
  expect(quoted?.detail.amount?.currency).toBe('JPY');
  expect(amount.replace(/[^\d]/g, '')).toBe(quoted?.detail.amount?.amountMinor);
  await page.screenshot({ path: test.info().outputPath('jpy.png'), fullPage: true });
});

test('a European market in German: euros with a decimal comma', async ({ page }) => {
  await page.goto(`${s.shopUrl}/?market=DE&lang=de`);
  const w = widget(page);
  await quoteThroughWidget(page, {
    search: 'PlayStation 5',
    model: /PlayStation 5 Slim/,
    name: 'Max Muster',
    email: 'max@example.de',
    labels: { ...EN, search: 'Suchen Sie Ihr Gerät', searchButton: /^Suchen$/, getOffer: 'Mein Angebot ansehen' } as never,
  });
  await expect(w.getByRole('heading', { name: 'Ihr Angebot' })).toBeVisible();
  const amount = (await w.locator('[part="offer-amount"]').textContent()) ?? '';
  expect(amount).toMatch(/^[\d.]+,\d{2}\s€$/);
  const quoted = (await hostEvents(page)).find((e) => e.type === 'tradein:quoted');
  expect(quoted?.detail.amount?.currency).toBe('EUR');
  expect(amount.replace(/[^\d]/g, '')).toBe(quoted?.detail.amount?.amountMinor);
  // The questions came from the platform in German too (?lang=de), and going back keeps the answers given.
  await w.getByRole('button', { name: 'Zurück', exact: true }).click();
  await expect(w.getByRole('group', { name: 'Controller aus der Originalverpackung' })).toBeVisible();
  await expect(w.getByRole('radio', { name: 'Alles funktioniert', exact: true })).toBeChecked();
});

test('keyboard only: search, pick, answer and get the offer without a pointer', async ({ page }) => {
  await page.goto(`${s.shopUrl}/?market=FR&lang=en`);
  const w = widget(page);
  const search = w.getByLabel(EN.search);
  await expect(search).toBeVisible();
  for (let i = 0; i < 10 && !(await search.evaluate((el) => el.matches(':focus'))); i++) await page.keyboard.press('Tab');
  await expect(search).toBeFocused();
  await page.keyboard.type('PlayStation 5 Slim');
  await page.keyboard.press('Enter');
  const firstResult = w.getByRole('button', { name: /PlayStation 5 Slim/ }).first();
  await expect(firstResult).toBeVisible();
  // From the search field: the category select, the search button, then the results.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(firstResult).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(w.getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(w.getByRole('heading', { name: 'Tell us about its condition' })).toBeFocused();
  const groups = await w.getByRole('group').count();
  for (let g = 0; g < groups; g++) {
    await page.keyboard.press('Tab'); // into the group: its first option
    await page.keyboard.press('Space');
  }
  await page.keyboard.press('Tab'); // Back
  await page.keyboard.press('Tab'); // See my offer
  await expect(w.getByRole('button', { name: EN.getOffer })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(w.getByRole('heading', { name: 'Your offer' })).toBeFocused();
});

test('a device not bought in the market: shown in the list, a clear message, and a way back', async ({ page, request }) => {
  // Ops publish a price table without the PlayStation Portal in Japan (every other row as it is today).
  const rows: Array<{ modelId: string; variantId: string; market: string; currency: string; amountMinor: string }> = [];
  for (const market of ['FR', 'DE', 'ES', 'IT', 'GB', 'US', 'JP']) {
    const { items } = (await (
      await request.get(`${s.urls.quote}/v1/catalog/models?market=${market}`, { headers: { 'x-api-key': s.apiKey } })
    ).json()) as {
      items: Array<{ id: string; variants: Array<{ id: string; price: { amountMinor: string; currency: string } | null }> }>;
    };
    for (const m of items)
      for (const v of m.variants) {
        if (v.price && !(market === 'JP' && m.id === 'sony-playstation-portal'))
          rows.push({ modelId: m.id, variantId: v.id, market, ...v.price });
      }
  }
  const upload = await request.post(`${s.urls.quote}/v1/price-tables`, { headers: { authorization: `Bearer ${s.ops}` }, data: { rows } });
  expect(upload.status()).toBe(201);
  const refused = await request.post(`${s.urls.quote}/v1/quotes`, {
    headers: { 'x-api-key': s.apiKey },
    data: {
      modelId: 'sony-playstation-portal',
      variantId: 'standard',
      market: 'JP',
      answers: { functional: 'works', body: 'flawless', controllers: 'all_included', accessories: 'complete', locks: 'none' },
    },
  });
  expect(refused.status()).toBe(422);
  expect(await refused.json()).toMatchObject({ code: 'NOT_PRICED_IN_MARKET' });

  await page.goto(`${s.shopUrl}/?market=JP&lang=en`);
  const w = widget(page);
  await w.getByLabel(EN.search).fill('PlayStation Portal');
  await w.getByRole('button', { name: EN.searchButton }).click();
  await w
    .getByRole('button', { name: /PlayStation Portal/ })
    .first()
    .click();
  const variant = w.getByRole('button', { name: /not bought in your market/ }).first();
  await expect(variant).toBeVisible();
  await variant.click();
  const alert = w.getByRole('alert');
  await expect(alert).toContainText('We do not buy this device in your market yet. Try another device.');
  expect((await hostEvents(page)).find((e) => e.type === 'tradein:error')?.detail).toMatchObject({ code: 'UNPRICED' });
  await alert.getByRole('button', { name: 'Back' }).click();
  await expect(w.getByRole('alert')).toHaveCount(0);
  await expect(w.getByRole('heading', { name: /PlayStation Portal/ })).toBeVisible();
});
