/** Renders k8s/overlays/<env> with the real Kustomize for the tests, with fresh stand-ins for the git-ignored secret files. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { secretFiles } from '../k8s/secret-files';
import { type K8sObject } from './k8s-objects';
import { kustomizeBuild } from './kustomize';

export const K8S_DIR = join(__dirname, '../../k8s');
export const OVERLAYS = ['dev', 'prod'] as const;

const rendered = new Map<string, K8sObject[]>();

/**
 * The overlay as `kubectl apply -k` would apply it. The k8s/ tree is copied so the generated secret files
 * never land in the checkout (where a real overlay's secrets/ may hold real ones). Rendered once per process.
 */
export function renderOverlay(env: string): K8sObject[] {
  const cached = rendered.get(env);
  if (cached) return structuredClone(cached);
  const copy = mkdtempSync(join(tmpdir(), 'tradein-k8s-'));
  try {
    cpSync(K8S_DIR, copy, { recursive: true, filter: (src) => !src.includes('/secrets/') });
    const secrets = join(copy, 'overlays', env, 'secrets');
    mkdirSync(secrets, { recursive: true });
    for (const [name, content] of Object.entries(secretFiles())) writeFileSync(join(secrets, name), content);
    const objects = kustomizeBuild(join(copy, 'overlays', env));
    rendered.set(env, objects);
    return structuredClone(objects);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
