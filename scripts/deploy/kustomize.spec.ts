import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyJsonPatch } from './json-patch';
import { renderKustomization, type K8sObject } from './kustomize';
import { strategicMerge } from './strategic-merge';

let dir: string;
const write = (path: string, text: string) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
};
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'kustomize-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata: { name: web, labels: { tier: front } }
spec:
  replicas: 2
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: web
          image: platform
          envFrom: [{ configMapRef: { name: settings } }, { secretRef: { name: creds } }]
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, ports: [{ port: 80 }] }
`;
const base = `resources: [app.yaml]
namespace: shop
images: [{ name: platform, newTag: "1.0" }]
configMapGenerator:
  - name: settings
    literals: [A=1, B=2]
`;
const find = (objs: K8sObject[], kind: string) => objs.find((o) => o.kind === kind)!;

describe('renderKustomization', () => {
  it('renders an overlay: namespace, images, merged generator with a hashed name, secrets from files, references rewritten', () => {
    write('base/app.yaml', deployment);
    write('base/kustomization.yaml', base);
    write('prod/kustomization.yaml', `resources: [../base]
namespace: shop
images: [{ name: platform, newName: registry/platform, newTag: "2.0" }]
configMapGenerator:
  - { name: settings, behavior: merge, literals: [B=3] }
secretGenerator:
  - { name: creds, envs: [secrets/app.env] }
  - { name: db, files: [password=secrets/db.pw], options: { disableNameSuffixHash: true } }
labels: [{ pairs: { team: shop } }]
patches:
  - target: { kind: Deployment, labelSelector: tier=front }
    patch: |-
      - op: replace
        path: /spec/replicas
        value: 3
`);
    const objs = renderKustomization(join(dir, 'prod'), {
      readFile: (p) => (p.endsWith('app.env') ? 'TOKEN=abc\n# comment\n' : p.endsWith('db.pw') ? 's3cret' : ''),
    });
    const cm = find(objs, 'ConfigMap');
    expect(cm.metadata.name).toMatch(/^settings-[0-9a-f]{10}$/);
    expect(cm['data']).toEqual({ A: '1', B: '3' });
    const secrets = objs.filter((o) => o.kind === 'Secret');
    expect(secrets.map((s) => s.metadata.name)).toEqual([expect.stringMatching(/^creds-[0-9a-f]{10}$/), 'db']);
    expect(secrets[0]['data']).toEqual({ TOKEN: Buffer.from('abc').toString('base64') });
    expect(secrets[1]['data']).toEqual({ password: Buffer.from('s3cret').toString('base64') });
    const d = find(objs, 'Deployment');
    const spec = d['spec'] as { replicas: number; template: { spec: { containers: { image: string; envFrom: unknown[] }[] } } };
    expect(spec.replicas).toBe(3);
    expect(spec.template.spec.containers[0].image).toBe('registry/platform:2.0');
    expect(spec.template.spec.containers[0].envFrom).toEqual([{ configMapRef: { name: cm.metadata.name } }, { secretRef: { name: secrets[0].metadata.name } }]);
    expect(objs.every((o) => o.metadata.namespace === 'shop' && o.metadata.labels?.['team'] === 'shop')).toBe(true);
  });

  it('a generator with other content gets another name', () => {
    write('base/app.yaml', deployment);
    write('base/kustomization.yaml', base);
    const first = find(renderKustomization(join(dir, 'base')), 'ConfigMap').metadata.name;
    write('base/kustomization.yaml', base.replace('B=2', 'B=9'));
    expect(find(renderKustomization(join(dir, 'base')), 'ConfigMap').metadata.name).not.toBe(first);
  });

  it('a strategic merge patch can delete an object or merge containers by name', () => {
    write('base/app.yaml', deployment);
    write('base/kustomization.yaml', `${base}patches:
  - patch: |-
      $patch: delete
      apiVersion: v1
      kind: Service
      metadata: { name: web }
  - patch: |-
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: web }
      spec: { template: { spec: { containers: [{ name: web, args: [serve] }] } } }
`);
    const objs = renderKustomization(join(dir, 'base'));
    expect(objs.map((o) => o.kind)).toEqual(['Deployment', 'ConfigMap']);
    const c = (find(objs, 'Deployment')['spec'] as { template: { spec: { containers: Record<string, unknown>[] } } }).template.spec.containers;
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ name: 'web', image: 'platform:1.0', args: ['serve'] });
  });

  it('fails on a patch that matches nothing, a path that does not exist, or a field it does not support', () => {
    write('base/app.yaml', deployment);
    write('base/kustomization.yaml', `${base}patches: [{ target: { kind: StatefulSet }, patch: "[{op: remove, path: /spec}]" }]\n`);
    expect(() => renderKustomization(join(dir, 'base'))).toThrow(/matches nothing/);
    write('base/kustomization.yaml', `${base}patches: [{ target: { kind: Service }, patch: "[{op: replace, path: /spec/type, value: X}]" }]\n`);
    expect(() => renderKustomization(join(dir, 'base'))).toThrow(/no member type/);
    write('base/kustomization.yaml', `${base}replicas: [{ name: web, count: 5 }]\n`);
    expect(() => renderKustomization(join(dir, 'base'))).toThrow(/unsupported .*replicas/);
  });
});

describe('applyJsonPatch', () => {
  it('adds, replaces, removes and tests, escaping / and ~ in keys, without touching its input', () => {
    const doc = { a: { 'x/y': 1, 'm~n': 2 }, list: [1, 2] };
    const out = applyJsonPatch(doc, [
      { op: 'replace', path: '/a/x~1y', value: 5 },
      { op: 'remove', path: '/a/m~0n' },
      { op: 'add', path: '/list/-', value: 3 },
      { op: 'add', path: '/list/0', value: 0 },
      { op: 'test', path: '/list/3', value: 3 },
    ]);
    expect(out).toEqual({ a: { 'x/y': 5 }, list: [0, 1, 2, 3] });
    expect(doc).toEqual({ a: { 'x/y': 1, 'm~n': 2 }, list: [1, 2] });
    expect(() => applyJsonPatch(doc, [{ op: 'test', path: '/list/0', value: 9 }])).toThrow(/test failed/);
  });
});

describe('strategicMerge', () => {
  it('merges maps, deletes null keys, merges named lists and replaces other lists', () => {
    const base = { spec: { keep: 1, drop: 2, ports: [80], env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }] } };
    const patch = { spec: { drop: null, ports: [443], env: [{ name: 'B', value: '3' }, { name: 'A', $patch: 'delete' }, { name: 'C', value: '4' }] } };
    expect(strategicMerge(base, patch)).toEqual({ spec: { keep: 1, ports: [443], env: [{ name: 'B', value: '3' }, { name: 'C', value: '4' }] } });
    expect(strategicMerge(base, { $patch: 'delete' })).toBeNull();
  });
});
