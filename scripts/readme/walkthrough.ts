import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The README section whose command blocks are run by the `readme` test tier. */
export const WALKTHROUGH_HEADING = '## One trade-in, request by request';

/** The `sh` blocks of the walkthrough section (up to the next heading of level 2 or 3), in order. */
export function walkthroughBlocks(markdown: string): string[] {
  const start = markdown.indexOf(`\n${WALKTHROUGH_HEADING}\n`);
  if (start < 0) throw new Error(`README has no "${WALKTHROUGH_HEADING}" section`);
  const rest = markdown.slice(start + WALKTHROUGH_HEADING.length + 2);
  const end = rest.search(/^#{2,3} /m);
  const section = end < 0 ? rest : rest.slice(0, end);
  return [...section.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');
}

/** Service ports of a platform started elsewhere than 3001-3004 (QUOTE_PORT, ...), as `npm start` reads them. */
const PORT_SETTINGS: Array<[number, string]> = [
  [3001, 'QUOTE_PORT'],
  [3002, 'INTAKE_PORT'],
  [3003, 'GRADING_PORT'],
  [3004, 'PAYOUT_PORT'],
];

/**
 * One bash script running every block in one shell, as a reader pasting them in order would: it stops at the
 * first failing command (curl --fail-with-body fails on any 4xx/5xx) and says which block it was in.
 */
export function walkthroughScript(markdown: string, env: NodeJS.ProcessEnv = process.env): string {
  const ports = (block: string) =>
    PORT_SETTINGS.reduce((b, [port, setting]) => b.replaceAll(`localhost:${port}`, `localhost:${env[setting] ?? port}`), block);
  const blocks = walkthroughBlocks(markdown).map((b, i) => `echo "== README walkthrough, block ${i + 1}" >&2\n${ports(b)}`);
  return ['set -euo pipefail', ...blocks, 'echo "== README walkthrough: every block ran" >&2', ''].join('\n');
}

if (require.main === module) {
  const [readme = join(__dirname, '../../README.md'), out] = process.argv.slice(2);
  const script = walkthroughScript(readFileSync(readme, 'utf8'));
  if (out) writeFileSync(out, script);
  else process.stdout.write(script);
}
