/**
 * Creates the git-ignored secret files of an overlay with fresh random values; existing files are kept.
 *   SWC_NODE_PROJECT=tsconfig.json node -r @swc-node/register scripts/k8s/make-secrets.ts k8s/overlays/dev
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { secretFiles } from './secret-files';

const overlay = process.argv[2];
if (!overlay) {
  console.error('usage: make-secrets.ts k8s/overlays/<env>');
  process.exit(64);
}
const dir = join(overlay, 'secrets');
mkdirSync(dir, { recursive: true });
for (const [file, content] of Object.entries(secretFiles())) {
  const path = join(dir, file);
  if (existsSync(path)) {
    console.log(`kept    ${path}`);
  } else {
    writeFileSync(path, content, { mode: 0o600 });
    console.log(`created ${path}`);
  }
}
console.log('intake.env: replace CARRIER_WEBHOOK_SECRET with the secret agreed with the carrier before going live.');
