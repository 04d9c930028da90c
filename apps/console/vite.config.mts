import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');

/** Where each service listens; the same variables scripts/start.sh reads. */
function proxies(): Record<string, ProxyOptions> {
  const target = (name: string, port: string | undefined, fallback: number): [string, ProxyOptions] => [
    `/api/${name}`,
    {
      target: `http://127.0.0.1:${port ?? fallback}`,
      changeOrigin: true,
      rewrite: (path: string) => path.replace(new RegExp(`^/api/${name}`), ''),
    },
  ];
  return Object.fromEntries([
    target('quote', process.env['QUOTE_PORT'], 3001),
    target('intake', process.env['INTAKE_PORT'], 3002),
    target('grading', process.env['GRADING_PORT'], 3003),
    target('payout', process.env['PAYOUT_PORT'], 3004),
  ]);
}

/**
 * Dev server only ("apply: serve"): hands the demo staff tokens `npm start` wrote to .infra/demo.json to the
 * sign-in page's "sign in as". A production build has neither this endpoint nor the button.
 */
function demoTokens(): Plugin {
  return {
    name: 'console-demo-tokens',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/dev/demo-tokens', (_req, res) => {
        try {
          const demo = JSON.parse(readFileSync(resolve(ROOT, '.infra/demo.json'), 'utf8')) as { tokens?: unknown };
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify(demo.tokens ?? {}));
        } catch {
          res.statusCode = 404;
          res.setHeader('content-type', 'application/problem+json');
          res.end(JSON.stringify({ status: 404, code: 'NO_DEMO', detail: 'no .infra/demo.json: run npm start first' }));
        }
      });
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react(), demoTokens()],
  resolve: {
    alias: {
      '@tradein/device-identity': resolve(ROOT, 'libs/device-identity/src/index.ts'),
      '@tradein/api-client': resolve(ROOT, 'libs/api-client/src/index.ts'),
    },
  },
  server: { host: '127.0.0.1', port: Number(process.env['CONSOLE_PORT'] ?? 5173), strictPort: true, proxy: proxies() },
  preview: { host: '127.0.0.1', port: Number(process.env['CONSOLE_PORT'] ?? 4173), strictPort: true, proxy: proxies() },
  build: {
    outDir: resolve(ROOT, 'dist/apps/console'),
    emptyOutDir: true,
    sourcemap: false,
    // Printing pages and the camera scanner are split off; the budget script checks what index.html loads.
    chunkSizeWarningLimit: 600,
  },
});
