import { defineConfig } from '@playwright/test';

/**
 * Chromium only, Debian's /usr/bin/chromium (no browser download works on our machines).
 * - mocked: the production build served by `vite preview`, every API answered by page.route (e2e/mocked);
 * - live: the same build in front of the real four services, PostgreSQL, Kafka and the object store (e2e/live),
 *   started by the spec's own launcher.
 * CONSOLE_E2E_PORT picks the preview port (helpers use 5100-5199 by hand; the tier script picks a free one).
 */
const port = Number(process.env['CONSOLE_E2E_PORT'] ?? 5150);

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.e2e.ts',
  outputDir: '../../tmp/console-e2e/results',
  // Mocked specs are independent (each page has its own fake API); the live spec runs its steps in order.
  fullyParallel: false,
  workers: Number(process.env['CONSOLE_E2E_WORKERS'] ?? 2),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    screenshot: 'only-on-failure',
    trace: 'off',
    viewport: { width: 1366, height: 900 },
  },
  // The production build (built by the tier script before the tests) served as static files with the /api proxies.
  webServer: {
    command: 'node node_modules/vite/bin/vite.js preview --config apps/console/vite.config.mts',
    cwd: '../..',
    env: { CONSOLE_PORT: String(port) },
    url: `http://127.0.0.1:${port}/sign-in`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
  projects: [
    { name: 'mocked', testDir: './e2e/mocked' },
    { name: 'live', testDir: './e2e/live' },
  ],
});
