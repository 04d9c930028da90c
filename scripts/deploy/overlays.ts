/** Renders k8s/overlays/<env> for the tests, with freshly generated stand-ins for the git-ignored secret files. */
import { readFileSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { secretFiles } from '../k8s/secret-files';
import { renderKustomization, type K8sObject } from './kustomize';

export const K8S_DIR = join(__dirname, '../../k8s');
export const OVERLAYS = ['dev', 'prod'] as const;

export function renderOverlay(env: string): K8sObject[] {
  const fake = secretFiles();
  return renderKustomization(join(K8S_DIR, 'overlays', env), {
    readFile: (path) => {
      if (!path.includes(`${sep}secrets${sep}`)) return readFileSync(path, 'utf8');
      const content = fake[basename(path)];
      if (content === undefined) throw new Error(`${path}: not a secret file scripts/k8s/secret-files.ts knows`);
      return content;
    },
  });
}
