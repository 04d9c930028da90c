import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Comments and docs cite only files inside the repository: the design notes the code relies on live in
 * docs/design/, so a bare note name (a file outside the checkout) or a path out of it cannot creep back.
 */
const ROOT = join(__dirname, '../..');
const NOTES = /(?<![/\w])(ARCHITECTURE|DOMAIN|TOOLCHAIN|STYLE|WEB)\.md\b/g;
const CITED = /docs\/design\/([A-Z]+\.md)/g;
const TEXT = /\.(ts|tsx|js|mjs|md|ya?ml|json|sh)$/;
// Spelled in two parts so this file does not cite it.
const SHARED_NOTES = ['shared', 'design/'].join('/');

const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((f) => TEXT.test(f) && !f.startsWith('docs/design/') && f !== 'package-lock.json' && existsSync(join(ROOT, f)));

it('no comment or doc cites a design note outside the repository', () => {
  const outside = files.flatMap((f) => {
    const text = readFileSync(join(ROOT, f), 'utf8');
    const bare = [...text.matchAll(NOTES)].map((m) => `${f}: ${m[0]}`);
    const shared = text.includes(SHARED_NOTES) ? [`${f}: ${SHARED_NOTES}`] : [];
    return [...bare, ...shared];
  });
  expect(outside).toEqual([]);
});

it('every cited design note exists in docs/design/', () => {
  const missing = files.flatMap((f) =>
    [...readFileSync(join(ROOT, f), 'utf8').matchAll(CITED)]
      .filter((m) => !existsSync(join(ROOT, 'docs/design', m[1] ?? '')))
      .map((m) => `${f}: ${m[0]}`),
  );
  expect(missing).toEqual([]);
});
