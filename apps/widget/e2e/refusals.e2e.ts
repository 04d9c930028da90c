import { expect, test } from '@playwright/test';
import { EN, hostEvents, quoteThroughWidget, state, widget } from './platform';

/** What the widget must not be able to do, and how it tells the shopper when something is off. */
const s = state();

test('an expired session is a clear, recoverable message (and a tradein:error event)', async ({ page }) => {
  await page.goto(`${s.shopUrl}/?market=FR&lang=en&session_token=${encodeURIComponent(s.expiredSession)}`);
  const alert = widget(page).getByRole('alert');
  await expect(alert).toContainText('Your session has expired');
  await expect(alert.getByRole('button', { name: 'Start over' })).toBeVisible();
  const errors = (await hostEvents(page)).filter((e) => e.type === 'tradein:error');
  expect(errors[0]?.detail).toMatchObject({ code: 'SESSION_EXPIRED', status: 401 });
  // The shop answers the event with a fresh session: the widget resumes by itself.
  const { token } = (await (await page.request.post(`${s.shopUrl}/api/tradein-session`, { data: { market: 'FR' } })).json()) as {
    token: string;
  };
  await widget(page).evaluate((el, t) => el.setAttribute('session-token', t), token);
  await expect(widget(page).getByRole('alert')).toHaveCount(0);
  await widget(page).getByLabel(EN.search).fill('PlayStation 5');
  await widget(page).getByRole('button', { name: EN.searchButton }).click();
  await expect(
    widget(page)
      .getByRole('button', { name: /PlayStation 5 Slim/ })
      .first(),
  ).toBeVisible();
});

test('an unregistered origin is refused by CORS (the widget says it cannot reach the service)', async ({ page }) => {
  // Same shop, another origin (localhost is not registered; 127.0.0.1 is).
  const other = s.shopUrl.replace('127.0.0.1', 'localhost');
  await page.goto(`${other}/?market=FR&lang=en`);
  await expect(widget(page).getByRole('alert')).toContainText('could not reach the trade-in service');
  const session = (await (await page.request.post(`${s.shopUrl}/api/tradein-session`, { data: { market: 'FR' } })).json()) as {
    token: string;
  };
  const outcome = await page.evaluate(
    async ([url, token]) => {
      try {
        await fetch(`${url}/v1/catalog/categories`, { headers: { authorization: `Bearer ${token}` } });
        return 'answered';
      } catch {
        return 'blocked';
      }
    },
    [s.urls.quote, session.token] as const,
  );
  expect(outcome).toBe('blocked');
  const preflight = await page.request.fetch(`${s.urls.quote}/v1/quotes`, {
    method: 'OPTIONS',
    headers: { origin: other, 'access-control-request-method': 'POST' },
  });
  expect(preflight.headers()['access-control-allow-origin']).toBeUndefined();
});

test('the widget role is refused on partner-only and ops routes of every service', async ({ page, request }) => {
  await page.goto(`${s.shopUrl}/?market=FR&lang=en`);
  await expect(widget(page).getByRole('button', { name: EN.searchButton })).toBeVisible();
  const { token } = (await (await request.post(`${s.shopUrl}/api/tradein-session`, { data: { market: 'FR' } })).json()) as {
    token: string;
  };
  const headers = { authorization: `Bearer ${token}`, origin: s.shopUrl, 'content-type': 'application/json' };
  const refused: Array<[keyof typeof s.urls, 'GET' | 'POST', string]> = [
    ['quote', 'GET', '/v1/trade-ins'],
    ['quote', 'POST', '/v1/partner-tokens'],
    ['quote', 'POST', '/v1/widget-sessions'],
    ['quote', 'GET', '/v1/widget-origins'],
    ['quote', 'GET', '/v1/webhooks/endpoint'],
    ['quote', 'GET', '/v1/partners'],
    ['quote', 'GET', '/v1/price-tables'],
    ['quote', 'POST', '/v1/ops/clock/advance'],
    ['intake', 'GET', '/v1/dock/parcels/SBX000'],
    ['intake', 'POST', '/v1/block-list/entries'],
    ['grading', 'GET', '/v1/queue'],
    ['payout', 'GET', '/v1/payouts'],
  ];
  for (const [svc, method, path] of refused) {
    const r = await request.fetch(`${s.urls[svc]}${path}`, { method, headers, data: method === 'POST' ? {} : undefined });
    expect({ svc, path, status: r.status() }).toEqual({ svc, path, status: 403 });
  }
  // And from the shop page itself the browser never even gets to read those answers (no CORS there).
  const blocked = await page.evaluate(
    async ([url, t]) => {
      try {
        await fetch(`${url}/v1/trade-ins`, { headers: { authorization: `Bearer ${t}` } });
        return false;
      } catch {
        return true;
      }
    },
    [s.urls.quote, token] as const,
  );
  expect(blocked).toBe(true);
});

for (const c of [
  {
    lang: 'fr',
    market: 'FR',
    labels: { ...EN, search: /cherchez votre appareil/i, searchButton: /^rechercher$/i, getOffer: /voir mon offre/i },
    busy: 'Beaucoup de reprises sont en cours en ce moment',
    retry: 'Réessayer',
    offer: 'Votre offre',
  },
  {
    lang: 'ja',
    market: 'JP',
    labels: { ...EN, search: /端末を検索/, searchButton: /^検索$/, getOffer: /査定額を見る/ },
    busy: 'ただいま混み合っています',
    retry: '再試行',
    offer: '査定額',
  },
]) {
  test(`a service at capacity (503 OVERLOADED) reads as busy in ${c.lang}, and Try again gets the offer with the same key`, async ({
    page,
  }) => {
    // The quote service sheds the first attempt as it does past HTTP_MAX_IN_FLIGHT (ADR 0021); the retry goes through.
    const keys: string[] = [];
    await page.route(`${s.urls.quote}/v1/quotes`, async (route) => {
      const req = route.request();
      if (req.method() !== 'POST') return route.continue();
      keys.push(req.headers()['idempotency-key'] ?? '');
      if (keys.length > 1) return route.continue();
      return route.fulfill({
        status: 503,
        headers: {
          'content-type': 'application/problem+json',
          'retry-after': '1',
          'access-control-allow-origin': s.shopUrl,
          'access-control-expose-headers': 'Retry-After',
        },
        body: JSON.stringify({ status: 503, code: 'OVERLOADED', title: 'Service Unavailable', detail: 'this replica is at its limit' }),
      });
    });
    await page.setViewportSize({ width: 390, height: 844 }); // a shopper's phone
    await page.goto(`${s.shopUrl}/?market=${c.market}&lang=${c.lang}`);
    const w = widget(page);
    await quoteThroughWidget(page, {
      search: 'PlayStation 5',
      model: /PlayStation 5 Slim/,
      name: 'x',
      email: 'x@example.com',
      labels: c.labels,
    });
    const alert = w.getByRole('alert');
    await expect(alert).toContainText(c.busy);
    const retry = alert.getByRole('button', { name: c.retry });
    await expect(retry).toBeVisible();
    // The shopper tapped at the bottom of a long form: the message and its button are brought into view.
    await expect(retry).toBeFocused();
    await expect(retry).toBeInViewport();
    const errors = (await hostEvents(page)).filter((e) => e.type === 'tradein:error');
    expect(errors.at(-1)?.detail).toMatchObject({ code: 'BUSY', status: 503 });
    await page.screenshot({ path: test.info().outputPath(`busy-${c.lang}.png`) }); // what the phone shows
    await retry.click();
    await expect(w.getByRole('heading', { name: c.offer })).toBeVisible();
    await expect(w.getByRole('alert')).toHaveCount(0);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });
}
