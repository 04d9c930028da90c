import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Library mode: the whole widget (Lit, the typed API client, the six languages) in ONE ES module file a
 * partner loads with a single <script type="module"> tag. Nothing is split off: a shop page must not need
 * to know where further chunks live.
 */
export default defineConfig({
  root: import.meta.dirname,
  resolve: {
    alias: { '@tradein/api-client': resolve(ROOT, 'libs/api-client/src/index.ts') },
  },
  build: {
    outDir: resolve(ROOT, 'dist/apps/widget'),
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    // Library mode keeps ES output's whitespace (codegen off) for other bundlers; this file goes straight to
    // shoppers' browsers, so it is minified fully.
    minify: 'oxc',
    rolldownOptions: { output: { minify: true } },
    lib: { entry: resolve(import.meta.dirname, 'src/index.ts'), formats: ['es'], fileName: () => 'tradein-widget.js' },
  },
});
