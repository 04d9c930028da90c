/**
 * The real Kustomize (pinned in scripts/k8s/install-kustomize.sh, built into a cache outside the repository
 * by that script, which the prepare step scripts/tiers/prepare/30-kustomize.sh runs for `npm test`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { type K8sObject, parseYamlDocuments } from './k8s-objects';

export const KUSTOMIZE_VERSION = 'v5.7.1';

/** KUSTOMIZE_BIN when set, else the cached build; says how to get it when it is missing. */
export function kustomizeBinary(env: NodeJS.ProcessEnv = process.env): string {
  const bin =
    env['KUSTOMIZE_BIN'] ??
    join(env['TRADEIN_CACHE_DIR'] ?? join(homedir(), '.cache/tradein'), `kustomize-${KUSTOMIZE_VERSION}`, 'kustomize');
  if (!existsSync(bin))
    throw new Error(
      `kustomize ${KUSTOMIZE_VERSION} not found at ${bin}: run bash scripts/k8s/install-kustomize.sh (npm test runs it first)`,
    );
  return bin;
}

/** `kustomize build <dir>`, parsed; Kustomize's own message when it refuses the kustomization. */
export function kustomizeBuild(dir: string): K8sObject[] {
  let out: string;
  try {
    out = execFileSync(kustomizeBinary(), ['build', dir], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (err) {
    const stderr = (err as { stderr?: string }).stderr ?? '';
    throw new Error(`kustomize build ${dir} failed: ${stderr.trim() || String(err)}`);
  }
  return parseYamlDocuments(out, `kustomize build ${dir}`) as K8sObject[];
}
