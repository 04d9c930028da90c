import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The NODE_OPTIONS a service runs with in production, read from docker/Dockerfile (the one place they are
 * set), so the built-service test and the benches start the production build exactly as the image does.
 */
export function productionNodeOptions(root: string): string {
  const dockerfile = readFileSync(join(root, 'docker/Dockerfile'), 'utf8');
  const found = /NODE_OPTIONS="([^"]*)"/.exec(dockerfile) ?? /NODE_OPTIONS=(\S+)/.exec(dockerfile);
  if (!found?.[1]) throw new Error('docker/Dockerfile sets no NODE_OPTIONS');
  return found[1];
}
