import { expectAccessible } from '../support/axe';
import { expect, openAs, shoot, test } from '../support/fixtures';
import { BOX, IMEI, QUOTE, TRADE_IN } from '../support/mock-api';

test('new trade-in from the keyboard: scanner-speed IMEI, number keys, offer, bad e-mail shown at its field, receipt', async ({
  page,
  mock,
}) => {
  await openAs(page, 'store_staff', '/store/new');
  const scan = page.getByTestId('scan-device');
  await expect(scan).toBeFocused();
  await expectAccessible(page, 'store: scan');

  // A wrong check digit is named as it is typed, before Enter.
  await page.keyboard.type('353908111025571');
  await expect(page.getByText('Check digit does not match')).toBeVisible();
  await scan.fill('');

  // A wedge scanner types 15 digits and Enter in a few milliseconds, then fires again (double trigger).
  await page.keyboard.type(`${IMEI}\n`, { delay: 0 });
  await expect(page.getByTestId('variants')).toBeVisible();
  expect(mock.callsTo('GET', /\/v1\/catalog\/models\?tac=35390811/)).toHaveLength(1);
  await shoot(page, 'store-model');

  await page.keyboard.press('1'); // 128 GB
  await expect(page.getByRole('heading', { name: /Does everything work/ })).toBeVisible();
  await expectAccessible(page, 'store: questions');
  await page.keyboard.press('1');
  await page.keyboard.press('2');
  await page.keyboard.press('1');
  await expect(page.getByTestId('offer')).toContainText('€220.00');
  const quote = mock.call('POST', /^\/v1\/quotes$/);
  expect(quote.body).toEqual({
    modelId: 'apple-iphone-13',
    variantId: '128gb',
    market: 'FR',
    imei: IMEI,
    answers: { functional: 'works', screen: 'light_scratches', battery: '80_or_more' },
  });
  expect(quote.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
  await expectAccessible(page, 'store: offer');
  await shoot(page, 'store-offer');

  await page.getByTestId('to-accept').press('Enter');
  await expect(page.getByTestId('customer-name')).toBeFocused();
  await page.keyboard.type('Camille Martin');
  await page.keyboard.press('Tab');
  await page.keyboard.type('camille-at-example.com');
  await page.keyboard.press('Enter');
  // The server's reason is shown next to the field it names; nothing is shown as done.
  const email = page.getByTestId('customer-email');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('email must be an e-mail address').first()).toBeVisible();
  await expect(page.getByTestId('receipt')).toHaveCount(0);
  await expectAccessible(page, 'store: accept with an error');

  await email.fill('camille@example.com');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('receipt')).toBeVisible();
  await expect(page.getByTestId('trade-in-id')).toHaveText(TRADE_IN);
  const accept = mock.call('POST', new RegExp(`/v1/quotes/${QUOTE}/accept`), -1);
  expect(accept.body).toEqual({
    customer: { name: 'Camille Martin', email: 'camille@example.com' },
    fulfilment: 'STORE',
    payout: { method: 'STORE_CREDIT' },
    revisedOfferPolicy: { policy: 'ASK' },
  });
  await expectAccessible(page, 'store: receipt');
  await shoot(page, 'store-receipt');
});

test('a repeated scan within 2 s is ignored, a new one after that is not', async ({ page, mock }) => {
  await openAs(page, 'store_staff', '/store/boxes');
  await page.getByTestId('open-box').click();
  const field = page.getByTestId('scan-box-item');
  await expect(field).toBeFocused();
  await page.keyboard.type(`${TRADE_IN}\n`, { delay: 0 });
  await page.keyboard.type(`${TRADE_IN}\n`, { delay: 0 });
  await expect(page.getByTestId('active-box')).toContainText(`IMEI:${IMEI}`);
  expect(mock.callsTo('POST', /\/items$/)).toHaveLength(1);
  await page.waitForTimeout(2100);
  await page.keyboard.type(`${TRADE_IN}\n`, { delay: 0 });
  await expect.poll(() => mock.callsTo('POST', /\/items$/).length).toBe(2);
});

test('JPY offers show no decimals', async ({ page, mock }) => {
  void mock;
  await openAs(page, 'store_staff', '/store/new', 'ja');
  await page.getByTestId('market').selectOption('JP');
  await page.getByTestId('scan-device').focus();
  await page.keyboard.type(`${IMEI}\n`, { delay: 0 });
  await expect(page.getByTestId('variants')).toBeVisible();
  // The clerk answers as fast as the keys go: four presses, four answers.
  for (let i = 0; i < 4; i++) await page.keyboard.press('1');
  const offer = page.getByTestId('offer');
  await expect(offer.getByTestId('money').first()).toHaveText(/^[￥¥]36,500$/);
  await expectAccessible(page, 'store: JPY offer in Japanese');
});

test('store intake checks, then a box: open, scan in, close, ship, manifest page per box, label download', async ({ page, mock }) => {
  await openAs(page, 'store_staff', `/store/intake?tradeInId=${TRADE_IN}&code=${IMEI}`);
  await expect(page.getByTestId('check-POWERS_ON')).toBeVisible();
  for (let i = 0; i < 4; i++) await page.keyboard.press('1');
  await page.getByTestId('submit-intake').press('Enter');
  await expect(page.getByTestId('intake-outcome')).toHaveText('Received');
  const intake = mock.call('POST', /\/intakes$/);
  expect(intake.body).toEqual({
    tradeInId: TRADE_IN,
    imei: IMEI,
    checks: { POWERS_ON: 'YES', SCREEN: 'INTACT', LOCKS: 'NONE', ACCESSORIES: 'COMPLETE' },
  });
  expect(intake.headers['idempotency-key']).toBeTruthy();
  await expectAccessible(page, 'store: intake result');

  await page.goto('/store/boxes');
  await page.getByTestId('open-box').click();
  // The scan field takes focus once the server confirmed the box; a scan before that has nowhere to go.
  await expect(page.getByTestId('scan-box-item')).toBeFocused();
  // The device taken in at this counter is found by its IMEI.
  await page.keyboard.type(`${IMEI}\n`, { delay: 0 });
  await expect(page.getByTestId('active-box')).toContainText(TRADE_IN);
  expect(mock.call('POST', /\/items$/).body).toEqual({ tradeInId: TRADE_IN });
  await page.getByTestId('close-box').click();
  await page.getByTestId('ship-box').click();
  await expect(page.getByTestId('box-tracking')).toHaveText('SBX0024776580821');
  // The list is the server's (GET /v1/stores/STORE-1/boxes), not this tab's memory.
  expect(mock.callsTo('GET', /^\/v1\/stores\/STORE-1\/boxes\?/).length).toBeGreaterThan(0);
  await expectAccessible(page, 'store: boxes');
  await shoot(page, 'store-boxes');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download label' }).click();
  expect((await download).suggestedFilename()).toBe('label-SBX0024776580821.zpl');

  await page.getByTestId('print-manifests').click();
  await expect(page.getByTestId('manifest-page')).toHaveCount(1);
  await expect(page.getByTestId('manifest-page')).toContainText(`IMEI:${IMEI}`);
  await expect(page.getByTestId('barcode').first()).toBeVisible();
  await expectAccessible(page, 'store: manifest');
  expect(mock.calls.some((c) => c.path.includes(BOX))).toBe(true);
});

test("the store's trade-ins with timeline, custody and the discrepancy", async ({ page, mock }) => {
  void mock;
  await openAs(page, 'store_staff', '/store/trade-ins');
  await expect(page.getByTestId('trade-ins')).toContainText('-€40.00');
  await page.getByRole('button', { name: TRADE_IN.slice(0, 8) }).click();
  await expect(page.getByTestId('timeline')).toContainText('api:accept-quote');
  await expectAccessible(page, 'store: trade-ins');
});

test('a command with an idempotency key shows pending, is retried after a 503, and is shown done only once confirmed', async ({
  page,
  mock,
}) => {
  let attempts = 0;
  mock.on((c) => {
    if (c.method === 'POST' && /\/intakes$/.test(c.path)) {
      attempts += 1;
      return attempts === 1
        ? { status: 503, body: { status: 503, code: 'UNAVAILABLE', detail: 'database restarting' } }
        : { status: 201, delayMs: 1500, body: { outcome: 'RECEIVED', reasonCodes: [] } };
    }
    return undefined;
  });
  await openAs(page, 'store_staff', `/store/intake?tradeInId=${TRADE_IN}&code=${IMEI}`);
  await expect(page.getByTestId('check-POWERS_ON')).toBeVisible();
  for (let i = 0; i < 4; i++) await page.keyboard.press('1');
  await page.getByTestId('submit-intake').click();
  await expect(page.getByTestId('pending')).toBeVisible();
  await expect(page.getByTestId('intake-result')).toHaveCount(0);
  await expect(page.getByTestId('intake-outcome')).toHaveText('Received');
  const calls = mock.callsTo('POST', /\/intakes$/);
  expect(calls).toHaveLength(2);
  expect(calls[0]?.headers['idempotency-key']).toBe(calls[1]?.headers['idempotency-key']);
  expect(calls[0]?.headers['idempotency-key']).toBeTruthy();
});

test('a command without an idempotency key is never retried', async ({ page, mock }) => {
  mock.on((c) =>
    c.method === 'POST' && /\/close$/.test(c.path)
      ? { status: 503, body: { status: 503, code: 'UNAVAILABLE', detail: 'try later' } }
      : undefined,
  );
  await openAs(page, 'store_staff', '/store/boxes');
  await page.getByTestId('open-box').click();
  await expect(page.getByTestId('scan-box-item')).toBeFocused();
  await page.keyboard.type(`${TRADE_IN}\n`, { delay: 0 });
  await page.getByTestId('close-box').click();
  await expect(page.getByTestId('problem')).toContainText('try later');
  expect(mock.callsTo('POST', /\/close$/)).toHaveLength(1);
});

test('the camera scanner is fetched only when asked for', async ({ page, mock }) => {
  void mock;
  const scannerChunks: string[] = [];
  page.on('request', (r) => {
    if (/CameraScanner-.*\.js$/.test(r.url())) scannerChunks.push(r.url());
  });
  await openAs(page, 'store_staff', '/store/new');
  await expect(page.getByTestId('scan-device')).toBeFocused();
  expect(scannerChunks).toEqual([]);
  await page.getByRole('button', { name: 'Scan with the camera' }).click();
  await expect(page.getByTestId('camera')).toBeVisible();
  expect(scannerChunks).toHaveLength(1);
});
