import { expectAccessible } from '../support/axe';
import { expect, openAs, shoot, test } from '../support/fixtures';
import { IMEI, PAYOUT, TRADE_IN } from '../support/mock-api';

test('work queues: a payout hold is released with a reason; a too-short reason is shown at its field', async ({ page, mock }) => {
  await openAs(page, 'ops', '/ops/queues');
  await expect(page.getByTestId('held-row')).toContainText('AMOUNT_OVER_LIMIT');
  await expectAccessible(page, 'ops: work queues');
  await shoot(page, 'ops-queues');
  await page.getByTestId('release-open').click();
  await page.getByTestId('release-reason').fill('ok');
  await page.getByTestId('release-submit').click();
  await expect(page.getByText('reason must be longer than or equal to 3 characters').first()).toBeVisible();
  await page.getByTestId('release-reason').fill('seller identity checked by phone');
  await page.getByLabel("I checked the seller's identity").check();
  await page.getByTestId('release-submit').click();
  await expect.poll(() => mock.callsTo('POST', new RegExp(`/v1/payouts/${PAYOUT}/release`)).length).toBe(2);
  expect(mock.call('POST', /\/release$/, 1).body).toEqual({ reason: 'seller identity checked by phone', identityVerified: true });
  for (const tab of [
    'Quarantine',
    'Unanswered revised offers',
    'Ship-by expiring',
    'Suspended parcels',
    'Label failures',
    'Dead letters',
  ]) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tabpanel')).not.toContainText('no mock');
    await expectAccessible(page, `ops: ${tab}`);
  }
  // Dead letters: one list per service, with the reason and the replay tool's command for the letter.
  await expect(page.getByTestId('dead-letters-payout')).toContainText('Handler failed');
  await expect(page.getByTestId('dead-letters-payout')).toContainText('could not serialize access');
  await expect(page.getByTestId('replay-command')).toHaveText(
    `npm run dlt:replay -- tradein.offer.finalized.v1 --reason HANDLER_FAILED --key ${TRADE_IN} --dry-run`,
  );
  await expect(page.getByTestId('dead-letters-quote')).toContainText('0 in all');
  await shoot(page, 'ops-dead-letters');
  await page.getByTestId('dead-letter-reason').selectOption('INVALID');
  await expect.poll(() => mock.callsTo('GET', /\/v1\/ops\/dead-letters\?.*reason=INVALID/).length).toBe(4);
});

test('search by IMEI shows the whole story', async ({ page, mock }) => {
  await openAs(page, 'ops', '/ops/search');
  await expect(page.getByTestId('search')).toBeFocused();
  await page.keyboard.type(`${IMEI}\n`, { delay: 0 });
  await expect(page.getByTestId('story')).toContainText(TRADE_IN);
  await expect(page.getByTestId('timeline')).toContainText('api:accept-quote');
  await expect(page.getByTestId('custody')).toContainText('STORE_INTAKE');
  await expect(page.getByTestId('grades')).toContainText('Very good');
  await expect(page.getByTestId('payouts')).toContainText('HELD');
  // The ledger entries of its payout, each line signed, in the trade-in's currency.
  await expect(page.getByTestId('ledger')).toContainText('Offer finalized');
  await expect(page.getByTestId('ledger-line')).toHaveCount(2);
  await expect(page.getByTestId('ledger-line').nth(1)).toContainText('seller_payable');
  await expect(page.getByTestId('ledger-line').nth(1)).toContainText('-€1,200.00');
  expect(mock.call('GET', /\/v1\/ledger\/entries\?tradeInId=/).path).toContain(TRADE_IN);
  await expectAccessible(page, 'ops: search');
  await shoot(page, 'ops-search');
});

test('price table: the upload is shown as a diff before it is activated', async ({ page, mock }) => {
  await openAs(page, 'ops', '/ops/price-tables');
  await expect(page.getByTestId('price-versions')).toContainText('3');
  await page
    .getByTestId('price-csv')
    .fill('model_id,variant_id,market,currency,amount_minor\napple-iphone-13,128gb,FR,EUR,21000\napple-iphone-13,512gb,FR,EUR,30000\n');
  await page.getByTestId('price-compare').click();
  const diff = page.getByTestId('price-diff');
  await expect(diff).toContainText('Changed');
  await expect(diff).toContainText('Added');
  await expect(diff).toContainText('Removed'); // the 256gb row the upload leaves out
  expect(mock.callsTo('POST', /\/v1\/price-tables$/)).toHaveLength(0);
  await expectAccessible(page, 'ops: price diff');
  await shoot(page, 'ops-price-diff');
  await page.getByTestId('price-activate').click();
  await expect.poll(() => mock.callsTo('POST', /\/v1\/price-tables$/).length).toBe(1);
  expect(mock.call('POST', /\/v1\/price-tables$/).headers['content-type']).toContain('text/csv');
});

test('a malformed CSV line is named before anything is sent', async ({ page, mock }) => {
  await openAs(page, 'ops', '/ops/price-tables');
  await page.getByTestId('price-csv').fill('model_id,variant_id,market,currency,amount_minor\napple-iphone-13,128gb,FR,EUR,210.50\n');
  await expect(page.getByText('line 2: amount_minor must be a whole number of minor units')).toBeVisible();
  await expect(page.getByTestId('price-compare')).toBeDisabled();
  expect(mock.calls.filter((c) => c.method === 'POST')).toHaveLength(0);
});

test('partners and their API keys', async ({ page, mock }) => {
  void mock;
  await openAs(page, 'ops', '/ops/partners');
  await page.getByRole('button', { name: 'telco' }).click();
  await expect(page.getByTestId('api-keys')).toContainText('tik_3f9a1c2b');
  await expectAccessible(page, 'ops: partners');
});

test('staff tokens: a missing site is named at its field; an issued token is shown once; the audit lists issuances', async ({
  page,
  mock,
}) => {
  await openAs(page, 'ops', '/ops/staff-tokens');
  await expect(page.getByTestId('token-audit')).toContainText('new starter');
  await page.getByTestId('token-role').selectOption('grader');
  await page.getByTestId('token-subject').fill('tech-7');
  await page.getByTestId('token-issue').click();
  await expect(page.getByText('a grader token needs siteId').first()).toBeVisible();
  await page.getByTestId('token-site').fill('SITE-1');
  await page.getByTestId('token-issue').click();
  await expect(page.getByTestId('token-issued')).toContainText('eyJhbGciOiJIUzI1NiJ9');
  expect(mock.call('POST', /\/v1\/ops\/staff-tokens$/, -1).body).toEqual({
    role: 'grader',
    subject: 'tech-7',
    siteId: 'SITE-1',
    ttlSeconds: 28800,
  });
  await expectAccessible(page, 'ops: staff tokens');
  await shoot(page, 'ops-staff-tokens');
});
