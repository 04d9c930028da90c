import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { MockApi } from './mock-api';
import { fakeToken, type Role } from './tokens';

export const SCREENSHOT_DIR = join(__dirname, '../../../../tmp/console-e2e/screenshots');

/** Opens the console already signed in (token and language in sessionStorage, as the sign-in page leaves them). */
export async function openAs(page: Page, role: Role, path: string, language = 'en'): Promise<void> {
  // Only on the first load: a reload keeps what the page itself stored since.
  await page.addInitScript(
    ({ token, lang }) => {
      if (sessionStorage.getItem('console.e2e.seeded')) return;
      sessionStorage.setItem('console.e2e.seeded', '1');
      sessionStorage.setItem('console.staffToken', token);
      sessionStorage.setItem('console.language', lang);
    },
    { token: fakeToken(role), lang: language },
  );
  await page.goto(path);
}

/** Keeps a screenshot of a main screen (copied to docs/screenshots by scripts/tiers/run/30-console.sh when asked). */
export async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `console-${name}.png`), fullPage: false });
}

export const test = base.extend<{ mock: MockApi }>({
  mock: async ({ page }, use) => {
    const mock = new MockApi();
    await mock.install(page);
    await use(mock);
  },
});
export { expect } from '@playwright/test';
