import { expectAccessible } from '../support/axe';
import { expect, openAs, test } from '../support/fixtures';
import { fakeToken } from '../support/tokens';

test('a staff token signs in to its own area; garbage is refused next to the field', async ({ page, mock }) => {
  void mock;
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByTestId('token')).toBeFocused();
  await expectAccessible(page, 'sign-in');
  await page.getByTestId('token').fill('not-a-token');
  await page.keyboard.press('Enter');
  await expect(page.getByText('This is not a staff token')).toBeVisible();
  await page.getByTestId('token').fill(fakeToken('grader'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/site\/queue/);
  await expect(page.getByTestId('where')).toHaveText('SITE-1');
  // The token lives in sessionStorage, never in localStorage.
  expect(await page.evaluate(() => Object.keys(localStorage).join(','))).toBe('');
  expect(await page.evaluate(() => sessionStorage.getItem('console.staffToken'))).toContain('.');
});

test('a 401 from any service sends the person back to sign in with the reason', async ({ page, mock }) => {
  mock.on((c) =>
    c.path.startsWith('/v1/queue') ? { status: 401, body: { status: 401, code: 'UNAUTHORIZED', detail: 'token expired' } } : undefined,
  );
  await openAs(page, 'grader', '/site/queue');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('alert')).toContainText('token expired');
  expect(await page.evaluate(() => sessionStorage.getItem('console.staffToken'))).toBeNull();
});

test('an area belongs to its role: a clerk asking for ops lands in the store', async ({ page, mock }) => {
  void mock;
  await openAs(page, 'store_staff', '/ops/queues');
  await expect(page).toHaveURL(/\/store\/new/);
});

test('the production build has no "sign in as" demo buttons', async ({ page, mock }) => {
  void mock;
  await page.goto('/sign-in');
  await expect(page.getByTestId('token')).toBeVisible();
  await expect(page.getByTestId('demo-sign-in')).toHaveCount(0);
  const demo = await page.request.get('/dev/demo-tokens');
  expect(await demo.text()).not.toContain('ops');
});
