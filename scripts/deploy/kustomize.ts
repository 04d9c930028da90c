/**
 * A small Kustomize renderer for the offline manifest tests (no kustomize binary is installed by
 * `npm ci`). It supports exactly what k8s/ uses and refuses any other kustomization field, so a new
 * feature in k8s/ fails loudly here instead of being rendered wrongly:
 *   resources (files and directories), namespace, labels / commonLabels, images,
 *   configMapGenerator / secretGenerator (literals, envs, files; behavior create|merge|replace;
 *   options and generatorOptions: labels, annotations, disableNameSuffixHash),
 *   patches (inline or path; strategic merge or JSON 6902; target by group, version, kind, name,
 *   namespace, labelSelector).
 * Generated names get a content-hash suffix and every pod-spec reference is rewritten, like
 * Kustomize does (the suffix itself is ours, not byte-for-byte Kustomize's).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { applyJsonPatch, type PatchOp } from './json-patch';
import { strategicMerge } from './strategic-merge';

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: unknown;
}

export interface RenderOptions {
  /** Reads a file a generator names (tests serve git-ignored secret files from memory). */
  readFile?: (path: string) => string;
}

type Obj = Record<string, unknown>;
interface Item { obj: K8sObject; generated?: { hash: boolean } }

interface GeneratorOptions { labels?: Record<string, string>; annotations?: Record<string, string>; disableNameSuffixHash?: boolean }
interface Generator {
  name: string; namespace?: string; behavior?: 'create' | 'merge' | 'replace'; type?: string;
  literals?: string[]; envs?: string[]; files?: string[]; options?: GeneratorOptions;
}
interface Patch { path?: string; patch?: string; target?: Target; options?: Obj }
interface Target { group?: string; version?: string; kind?: string; name?: string; namespace?: string; labelSelector?: string }
interface Image { name: string; newName?: string; newTag?: string; digest?: string }
interface Kustomization {
  apiVersion?: string; kind?: string; resources?: string[]; namespace?: string;
  images?: Image[]; configMapGenerator?: Generator[]; secretGenerator?: Generator[]; generatorOptions?: GeneratorOptions;
  patches?: Patch[]; labels?: { pairs: Record<string, string>; includeSelectors?: boolean }[]; commonLabels?: Record<string, string>;
}

const SUPPORTED = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'images', 'configMapGenerator', 'secretGenerator',
  'generatorOptions', 'patches', 'labels', 'commonLabels']);
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition', 'PersistentVolume',
  'StorageClass', 'PriorityClass', 'IngressClass', 'ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration']);

export function parseYamlDocuments(text: string, source: string): Obj[] {
  return parseAllDocuments(text).map((doc) => {
    if (doc.errors.length) throw new Error(`${source}: ${doc.errors[0].message}`);
    return doc.toJS({ maxAliasCount: 100 }) as Obj | null;
  }).filter((d): d is Obj => d !== null && d !== undefined);
}

/** The pod spec inside a workload (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, Pod), if any. */
export function podSpecOf(o: K8sObject): Obj | undefined {
  const spec = o['spec'] as Obj | undefined;
  if (!spec) return undefined;
  if (o.kind === 'Pod') return spec;
  if (o.kind === 'CronJob') return ((spec['jobTemplate'] as Obj)?.['spec'] as Obj)?.['template'] ? (((spec['jobTemplate'] as Obj)['spec'] as Obj)['template'] as Obj)['spec'] as Obj : undefined;
  if (['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'].includes(o.kind)) return (spec['template'] as Obj | undefined)?.['spec'] as Obj | undefined;
  return undefined;
}

export function containersOf(podSpec: Obj | undefined): Obj[] {
  if (!podSpec) return [];
  return [...((podSpec['initContainers'] as Obj[] | undefined) ?? []), ...((podSpec['containers'] as Obj[] | undefined) ?? [])];
}

function kvLines(text: string, source: string): [string, string][] {
  return text.split(/\r?\n/).filter((l) => l.trim() && !l.trim().startsWith('#')).map((l) => {
    const at = l.indexOf('=');
    if (at <= 0) throw new Error(`${source}: "${l}" is not KEY=VALUE`);
    return [l.slice(0, at), l.slice(at + 1)];
  });
}

function generatorData(g: Generator, dir: string, read: (p: string) => string): Record<string, string> {
  const data: Record<string, string> = {};
  for (const l of g.literals ?? []) for (const [k, v] of kvLines(l, `${g.name} literal`)) data[k] = v.replace(/^"(.*)"$/, '$1');
  for (const f of g.envs ?? []) for (const [k, v] of kvLines(read(join(dir, f)), join(dir, f))) data[k] = v;
  for (const f of g.files ?? []) {
    const at = f.indexOf('=');
    const [key, path] = at > 0 ? [f.slice(0, at), f.slice(at + 1)] : [basename(f), f];
    data[key] = read(join(dir, path));
  }
  return data;
}

function generatedObject(kind: 'ConfigMap' | 'Secret', g: Generator, data: Record<string, string>, opts: GeneratorOptions): K8sObject {
  const labels = { ...opts.labels, ...g.options?.labels };
  const annotations = { ...opts.annotations, ...g.options?.annotations };
  const metadata: K8sObject['metadata'] = { name: g.name };
  if (g.namespace) metadata.namespace = g.namespace;
  if (Object.keys(labels).length) metadata.labels = labels;
  if (Object.keys(annotations).length) metadata.annotations = annotations;
  if (kind === 'ConfigMap') return { apiVersion: 'v1', kind, metadata, data };
  const encoded = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v).toString('base64')]));
  return { apiVersion: 'v1', kind, metadata, type: g.type ?? 'Opaque', data: encoded };
}

function selectorMatches(labels: Record<string, string>, selector: string): boolean {
  return selector.split(',').map((s) => s.trim()).filter(Boolean).every((term) => {
    const ne = term.match(/^([^!=]+)!=(.*)$/);
    if (ne) return labels[ne[1].trim()] !== ne[2].trim();
    const eq = term.match(/^([^=]+)==?(.*)$/);
    if (eq) return labels[eq[1].trim()] === eq[2].trim();
    return term in labels;
  });
}

function targets(o: K8sObject, t: Target): boolean {
  const [group, version] = o.apiVersion.includes('/') ? o.apiVersion.split('/') : ['', o.apiVersion];
  const re = (p: string, v: string | undefined) => new RegExp(`^(?:${p})$`).test(v ?? '');
  return (t.kind === undefined || re(t.kind, o.kind))
    && (t.name === undefined || re(t.name, o.metadata.name))
    && (t.namespace === undefined || re(t.namespace, o.metadata.namespace))
    && (t.group === undefined || re(t.group, group))
    && (t.version === undefined || re(t.version, version))
    && (t.labelSelector === undefined || selectorMatches(o.metadata.labels ?? {}, t.labelSelector));
}

function applyPatch(items: Item[], p: Patch, dir: string): Item[] {
  const text = p.patch ?? (p.path ? readFileSync(join(dir, p.path), 'utf8') : undefined);
  if (text === undefined) throw new Error(`${dir}: a patch needs patch or path`);
  const [body] = parseYamlDocuments(text, `${dir} patch`) as unknown[];
  const ops = Array.isArray(body) ? (body as PatchOp[]) : undefined;
  if (ops && !p.target) throw new Error(`${dir}: a JSON 6902 patch needs a target`);
  const smp = ops ? undefined : (body as Obj);
  const target: Target = p.target ?? { kind: smp?.['kind'] as string, name: (smp?.['metadata'] as Obj | undefined)?.['name'] as string };
  let matched = 0;
  const out: Item[] = [];
  for (const item of items) {
    if (!targets(item.obj, target)) { out.push(item); continue; }
    matched++;
    try {
      const next = ops ? applyJsonPatch(item.obj, ops) : strategicMerge(item.obj as Obj, smp!) as K8sObject | null;
      if (next) out.push({ ...item, obj: next });
    } catch (err) {
      throw new Error(`${dir}: patch on ${item.obj.kind}/${item.obj.metadata.name}: ${(err as Error).message}`);
    }
  }
  if (!matched) throw new Error(`${dir}: patch target ${JSON.stringify(target)} matches nothing`);
  return out;
}

function setImages(o: K8sObject, images: Image[]): void {
  for (const c of containersOf(podSpecOf(o))) {
    const ref = String(c['image'] ?? '');
    const name = ref.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
    const img = images.find((i) => i.name === name);
    if (!img) continue;
    const tag = ref.slice(name.length).replace(/@.*$/, '');
    c['image'] = img.digest ? `${img.newName ?? name}@${img.digest}` : `${img.newName ?? name}${img.newTag ? `:${img.newTag}` : tag}`;
  }
}

function addLabels(o: K8sObject, pairs: Record<string, string>, selectors: boolean): void {
  o.metadata.labels = { ...o.metadata.labels, ...pairs };
  if (!selectors) return;
  const spec = o['spec'] as Obj | undefined;
  if (!spec) return;
  const tpl = spec['template'] as Obj | undefined;
  if (tpl) {
    const meta = (tpl['metadata'] ??= {}) as Obj;
    meta['labels'] = { ...(meta['labels'] as Obj | undefined), ...pairs };
  }
  const sel = spec['selector'] as Obj | undefined;
  if (o.kind === 'Service') spec['selector'] = { ...sel, ...pairs };
  else if (sel) sel['matchLabels'] = { ...(sel['matchLabels'] as Obj | undefined), ...pairs };
}

function build(dir: string, read: (p: string) => string): Item[] {
  const file = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'].map((f) => join(dir, f)).find(existsSync);
  if (!file) throw new Error(`${dir}: no kustomization.yaml`);
  const [k] = parseYamlDocuments(readFileSync(file, 'utf8'), file) as Kustomization[];
  const unsupported = Object.keys(k).filter((f) => !SUPPORTED.has(f));
  if (unsupported.length) throw new Error(`${file}: unsupported by scripts/deploy/kustomize.ts: ${unsupported.join(', ')}`);

  let items: Item[] = [];
  for (const r of k.resources ?? []) {
    const path = resolve(dir, r);
    if (statSync(path).isDirectory()) items.push(...build(path, read));
    else items.push(...parseYamlDocuments(readFileSync(path, 'utf8'), path).map((obj) => ({ obj: obj as unknown as K8sObject })));
  }

  const gens: ['ConfigMap' | 'Secret', Generator][] = [
    ...(k.configMapGenerator ?? []).map((g) => ['ConfigMap', g] as ['ConfigMap', Generator]),
    ...(k.secretGenerator ?? []).map((g) => ['Secret', g] as ['Secret', Generator]),
  ];
  for (const [kind, g] of gens) {
    const opts = { ...k.generatorOptions, ...g.options };
    const obj = generatedObject(kind, g, generatorData(g, dir, read), k.generatorOptions ?? {});
    const at = items.findIndex((i) => i.generated && i.obj.kind === kind && i.obj.metadata.name === g.name);
    const behavior = g.behavior ?? 'create';
    if (behavior === 'create') {
      if (at >= 0) throw new Error(`${file}: ${kind} ${g.name} already generated below; use behavior: merge or replace`);
      items.push({ obj, generated: { hash: !opts.disableNameSuffixHash } });
    } else {
      if (at < 0) throw new Error(`${file}: ${kind} ${g.name} (behavior ${behavior}) has nothing to ${behavior}`);
      const prev = items[at].obj;
      const data = behavior === 'merge' ? { ...(prev['data'] as Obj), ...(obj['data'] as Obj) } : obj['data'];
      const metadata = behavior === 'merge'
        ? { ...prev.metadata, labels: { ...prev.metadata.labels, ...obj.metadata.labels } }
        : obj.metadata;
      items[at] = { obj: { ...prev, ...obj, metadata, data }, generated: items[at].generated };
    }
  }

  for (const p of k.patches ?? []) items = applyPatch(items, p, dir);
  for (const { obj } of items) {
    if (k.namespace && !CLUSTER_SCOPED.has(obj.kind)) obj.metadata.namespace = k.namespace;
    for (const l of k.labels ?? []) addLabels(obj, l.pairs, l.includeSelectors === true);
    if (k.commonLabels) addLabels(obj, k.commonLabels, true);
    if (k.images) setImages(obj, k.images);
  }
  return items;
}

function rewriteRefs(o: K8sObject, names: Map<string, string>): void {
  const ref = (kind: 'ConfigMap' | 'Secret', holder: Obj | undefined, field: string) => {
    const n = holder?.[field];
    if (typeof n === 'string' && names.has(`${kind}/${n}`)) holder![field] = names.get(`${kind}/${n}`);
  };
  const pod = podSpecOf(o);
  if (!pod) return;
  for (const c of containersOf(pod)) {
    for (const e of (c['envFrom'] as Obj[] | undefined) ?? []) {
      ref('ConfigMap', e['configMapRef'] as Obj | undefined, 'name');
      ref('Secret', e['secretRef'] as Obj | undefined, 'name');
    }
    for (const e of (c['env'] as Obj[] | undefined) ?? []) {
      const from = e['valueFrom'] as Obj | undefined;
      ref('ConfigMap', from?.['configMapKeyRef'] as Obj | undefined, 'name');
      ref('Secret', from?.['secretKeyRef'] as Obj | undefined, 'name');
    }
  }
  for (const v of (pod['volumes'] as Obj[] | undefined) ?? []) {
    ref('ConfigMap', v['configMap'] as Obj | undefined, 'name');
    ref('Secret', v['secret'] as Obj | undefined, 'secretName');
    for (const s of ((v['projected'] as Obj | undefined)?.['sources'] as Obj[] | undefined) ?? []) {
      ref('ConfigMap', s['configMap'] as Obj | undefined, 'name');
      ref('Secret', s['secret'] as Obj | undefined, 'name');
    }
  }
  for (const s of (pod['imagePullSecrets'] as Obj[] | undefined) ?? []) ref('Secret', s, 'name');
}

/** Renders the kustomization in `dir` (like `kustomize build dir`) into plain objects. */
export function renderKustomization(dir: string, options: RenderOptions = {}): K8sObject[] {
  const items = build(resolve(dir), options.readFile ?? ((p) => readFileSync(p, 'utf8')));
  const names = new Map<string, string>();
  for (const { obj, generated } of items) {
    if (!generated?.hash) continue;
    const hash = createHash('sha256').update(JSON.stringify([obj.kind, obj.metadata.name, obj['type'] ?? '', obj['data']])).digest('hex').slice(0, 10);
    names.set(`${obj.kind}/${obj.metadata.name}`, `${obj.metadata.name}-${hash}`);
    obj.metadata.name = `${obj.metadata.name}-${hash}`;
  }
  for (const { obj } of items) rewriteRefs(obj, names);
  return items.map((i) => i.obj);
}
