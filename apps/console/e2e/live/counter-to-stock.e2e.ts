import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from '../support/axe';
import { shoot } from '../support/fixtures';

/**
 * Live: the browser takes a handset from the counter to graded stock against the real services
 * (scripts/console/live-platform.ts starts them and writes this fixture), and ops releases a held payout.
 * Every step is asserted on the page and in the services' own APIs.
 */
interface LiveFixture {
  urls: Record<'quote' | 'intake' | 'grading' | 'payout', string>;
  tokens: { storeStaff: string; grader: string; ops: string };
  storeId: string;
  siteId: string;
  imei: string;
  held: { tradeInId: string; payoutId: string };
}

const file = process.env['CONSOLE_LIVE_FILE'];
const fx = (file ? JSON.parse(readFileSync(file, 'utf8')) : null) as LiveFixture | null;
/** The fixture the launcher wrote (the spec is skipped without one). */
function live(): LiveFixture {
  if (!fx) throw new Error('CONSOLE_LIVE_FILE not set');
  return fx;
}
const PHOTO = join(__dirname, '../support/photo.png');

async function api<T>(service: keyof LiveFixture['urls'], path: string, token: string): Promise<T> {
  const res = await fetch(`${live().urls[service]}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`${service} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function signInAs(page: Page, token: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByTestId('token').fill(token);
  await page.keyboard.press('Enter');
}

test.describe.configure({ mode: 'serial' });
test.skip(!fx, 'CONSOLE_LIVE_FILE not set: run through scripts/console/live-platform.ts');

test('a handset from the counter to graded stock, then ops releases a held payout', async ({ page }) => {
  test.setTimeout(240_000);
  const { tokens, imei } = live();
  let tradeInId = '';

  await test.step('store: quote at the counter, accept with store credit, receipt', async () => {
    await signInAs(page, tokens.storeStaff);
    await expect(page).toHaveURL(/\/store\/new/);
    await expect(page.getByTestId('scan-device')).toBeFocused();
    await page.keyboard.type(`${imei}\n`, { delay: 0 });
    await expect(page.getByTestId('variants')).toBeVisible(); // the TAC named the model (intake's TAC table)
    await page.keyboard.press('1');
    const questions = page.getByRole('heading', { level: 3 });
    await expect(questions).toBeVisible();
    while ((await page.getByTestId('offer').count()) === 0) {
      await expect(page.locator('[data-testid^="question-"], [data-testid="offer"]').first()).toBeVisible();
      if ((await page.getByTestId('offer').count()) > 0) break;
      await page.keyboard.press('1');
      await page.waitForTimeout(50);
    }
    await expect(page.getByTestId('offer').getByTestId('money').first()).toHaveText(/€/);
    await page.getByTestId('to-accept').click();
    await page.getByTestId('customer-name').fill('Camille Martin');
    await page.getByTestId('customer-email').fill('camille.live@example.com');
    await page.getByTestId('accept').click();
    await expect(page.getByTestId('receipt')).toBeVisible();
    tradeInId = ((await page.getByTestId('trade-in-id').textContent()) ?? '').trim();
    const t = await api<{ state: string; fulfilment: string; storeId: string; payoutMethod: string }>(
      'quote',
      `/v1/trade-ins/${tradeInId}`,
      tokens.storeStaff,
    );
    expect(t).toMatchObject({ state: 'ACCEPTED', fulfilment: 'STORE', storeId: live().storeId, payoutMethod: 'STORE_CREDIT' });
    await expectAccessible(page, 'live: receipt');
  });

  await test.step('store: intake checks with the IMEI, RECEIVED', async () => {
    await page.getByTestId('to-intake').click();
    await expect(page.getByTestId('check-POWERS_ON')).toBeVisible();
    for (let i = 0; i < 4; i++) await page.keyboard.press('1');
    await page.getByTestId('submit-intake').click();
    await expect(page.getByTestId('intake-outcome')).toHaveText('Received');
    await expect
      .poll(
        async () =>
          (await api<{ records: Array<{ action: string }> }>('intake', `/v1/trade-ins/${tradeInId}/custody`, tokens.storeStaff)).records
            .length,
        { timeout: 20_000 },
      )
      .toBeGreaterThan(0);
  });

  let tracking = '';
  await test.step('store: a box to the site — open, scan in, close, ship', async () => {
    await page.getByRole('link', { name: 'Boxes' }).click();
    await page.getByTestId('box-site').fill(live().siteId);
    await page.getByTestId('open-box').click();
    await expect(page.getByTestId('scan-box-item')).toBeFocused();
    await page.keyboard.type(`${imei}\n`, { delay: 0 });
    await expect(page.getByTestId('active-box')).toContainText(tradeInId);
    await page.getByTestId('close-box').click();
    await page.getByTestId('ship-box').click();
    await expect(page.getByTestId('box-tracking').first()).toHaveText(/^[A-Z0-9]{6,}$/);
    tracking = ((await page.getByTestId('box-tracking').first().textContent()) ?? '').trim();
    await shoot(page, 'live-store-boxes');
    // The list is the server's: with nothing remembered in the tab, the shipped box is still there.
    await page.evaluate(() => sessionStorage.removeItem('console.boxes'));
    await page.reload();
    await expect(page.getByTestId('box-tracking').filter({ hasText: tracking })).toHaveCount(1);
    const listed = await api<{ items: Array<{ trackingNumber: string | null; status: string; itemCount: number }> }>(
      'intake',
      `/v1/stores/${live().storeId}/boxes`,
      tokens.storeStaff,
    );
    expect(listed.items.find((b) => b.trackingNumber === tracking)).toMatchObject({ status: 'SHIPPED', itemCount: 1 });
  });

  await test.step('site: box receipt, scan out, reconciliation', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInAs(page, tokens.grader);
    await page.getByRole('link', { name: 'Box receipt' }).click();
    await expect(page.getByTestId('scan-box-tracking')).toBeFocused();
    await page.keyboard.type(`${tracking}\n`, { delay: 0 });
    await expect(page.getByTestId('site-box')).toBeVisible();
    await page.keyboard.type(`${imei}\n`, { delay: 0 });
    await expect(page.getByTestId('scan-result').first()).toHaveText('Arrived');
    await page.getByTestId('reconcile').click();
    await expect(page.getByTestId('reconciliation')).toContainText('Arrived: 1');
    await expect(page.getByTestId('reconciliation')).toContainText('Missing: 0');
  });

  let jobId = '';
  await test.step('site: claim the job from the queue', async () => {
    await page.getByRole('link', { name: 'Grading queue' }).click();
    const row = page.getByTestId('queue-row').filter({ hasText: tradeInId.slice(0, 8) });
    await expect(async () => {
      await page.reload();
      await expect(row).toHaveCount(1, { timeout: 2_000 });
    }).toPass({ timeout: 60_000 });
    await row.getByTestId('claim').click();
    await expect(page).toHaveURL(/\/site\/jobs\//);
    jobId = page.url().split('/').pop() ?? '';
    const job = await api<{ claimedBy: string }>('grading', `/v1/jobs/${jobId}`, tokens.grader);
    expect(job.claimedBy).toBe('grader-gus');
  });

  await test.step('site: inspection from the keyboard with a photo', async () => {
    await expect(page.getByTestId('scan-identity')).toBeFocused();
    await page.keyboard.type(`${imei}\n`, { delay: 0 });
    const rows = page.getByTestId('checklist').locator('[data-testid^="check-"]');
    const count = await rows.count();
    await rows.first().focus();
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i);
      if ((await row.evaluate((el) => el.tagName)) === 'INPUT') {
        await page.keyboard.type('91');
        await page.keyboard.press('Enter');
      } else {
        await page.keyboard.press('p');
      }
    }
    await page.getByTestId('cosmetic').focus();
    await page.keyboard.press('a');
    await page.getByTestId('inspection-photo').setInputFiles(PHOTO);
    await expect(page.getByTestId('photo-stored')).toBeVisible();
    await page.getByTestId('submit-inspection').click();
    await expect(page.getByTestId('inspection-done')).toBeVisible();
    const job = await api<{ inspection: { cosmeticGrade: string } | null }>('grading', `/v1/jobs/${jobId}`, tokens.grader);
    expect(job.inspection?.cosmeticGrade).toBe('A');
  });

  await test.step('site: erasure record', async () => {
    await page.getByTestId('erasure-tool').fill('Blancco Mobile');
    await page.getByTestId('erasure-version').fill('7.2');
    await page.getByTestId('erasure-report').fill(`crypto erase verified for ${imei}`);
    await page.getByTestId('submit-erasure').click();
    await expect(page.getByTestId('erasure-done')).toBeVisible();
    const job = await api<{ erasureCertificates: Array<{ verification: string }> }>('grading', `/v1/jobs/${jobId}`, tokens.grader);
    expect(job.erasureCertificates.map((c) => c.verification)).toEqual(['PASSED']);
  });

  await test.step('site: grade, stock label, stock in the API', async () => {
    await page.getByTestId('grade').click();
    await expect(page.getByTestId('stock-label')).toBeVisible();
    // Stock follows the grade through events; the label fills in when it arrives.
    await expect(page.getByTestId('sku')).toContainText('APPLE-IPHONE-13', { timeout: 60_000 });
    await expectAccessible(page, 'live: stock label');
    await shoot(page, 'live-stock-label');
    await expect
      .poll(
        async () =>
          (await api<{ stock: { status: string } | null }>('grading', `/v1/devices/${tradeInId}/passport`, tokens.grader)).stock?.status,
        { timeout: 30_000 },
      )
      .toBe('IN_STOCK');
    await expect
      .poll(async () => (await api<{ state: string }>('quote', `/v1/trade-ins/${tradeInId}`, tokens.ops)).state, { timeout: 60_000 })
      .toBe('COMPLETED');
  });

  await test.step('ops: release the held payout; the story of the counter trade-in', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInAs(page, tokens.ops);
    await expect(page).toHaveURL(/\/ops\/queues/);
    const row = page.getByTestId('held-row').filter({ hasText: live().held.tradeInId });
    await expect(row).toBeVisible();
    await row.getByTestId('release-open').click();
    await page.getByTestId('release-reason').fill('seller identity checked in the console live test');
    await page.getByTestId('release-submit').click();
    await expect(row).toHaveCount(0);
    await expect
      .poll(async () => (await api<{ status: string }>('payout', `/v1/payouts/${live().held.payoutId}`, tokens.ops)).status, {
        timeout: 60_000,
      })
      .toBe('PAID');

    // Dead letters: each service's list as its API gives it.
    await page.getByRole('tab', { name: 'Dead letters' }).click();
    for (const service of ['quote', 'intake', 'grading', 'payout'] as const) {
      const { total } = await api<{ total: number }>(service, '/v1/ops/dead-letters', tokens.ops);
      await expect(page.getByTestId(`dead-letters-${service}`)).toContainText(`${total} in all`);
    }
    await expectAccessible(page, 'live: dead letters');

    await page.getByRole('link', { name: 'Search' }).click();
    await expect(page.getByTestId('search')).toBeFocused();
    await page.keyboard.type(`${tradeInId}\n`, { delay: 0 });
    await expect(page.getByTestId('story')).toContainText('Completed');
    await expect(page.getByTestId('custody')).not.toBeEmpty();
    await expect(page.getByTestId('grades')).toContainText('A/0');
    // Its ledger entries, line for line as payout-service's journal has them.
    const ledger = await api<{ entries: Array<{ kind: string; lines: unknown[] }> }>(
      'payout',
      `/v1/ledger/entries?tradeInId=${tradeInId}`,
      tokens.ops,
    );
    expect(ledger.entries.map((e) => e.kind)).toContain('OFFER_FINALIZED');
    await expect(page.getByTestId('ledger')).toContainText('Offer finalized');
    await expect(page.getByTestId('ledger-line')).toHaveCount(ledger.entries.reduce((n, e) => n + e.lines.length, 0));
    await expectAccessible(page, 'live: search');
    await shoot(page, 'live-ops-search');
  });
});
