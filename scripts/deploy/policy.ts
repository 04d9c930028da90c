/**
 * The platform's deployment rules, checked on a rendered overlay (k8s/README.md says why each exists):
 * every Deployment has probes on /health/live and /health/ready, resources, runs non-root with a
 * read-only root filesystem and a tmpfs /tmp, a termination grace period, and is matched by a Service,
 * a PodDisruptionBudget, a HorizontalPodAutoscaler and a NetworkPolicy that only opens egress to DNS,
 * PostgreSQL, Kafka (and HTTPS where the service calls out); every ConfigMap / Secret a pod reads exists.
 */
import { containersOf, podSpecOf, type K8sObject } from './kustomize';

type Obj = Record<string, unknown>;

/** Services that call the internet: partner webhooks (quote), payment providers (payout). */
export const HTTPS_EGRESS = new Set(['quote-service', 'payout-service']);
/** Secrets created by operators, not by k8s/: CloudNativePG's cluster CA. */
export const OPERATOR_SECRETS = new Set(['tradein-pg-ca']);
/** Egress ports a service may open: DNS, PostgreSQL, Kafka; 443 only for HTTPS_EGRESS. */
const EGRESS_PORTS = new Set([53, 5432, 9092]);

const matches = (selector: Obj | undefined, labels: Obj) =>
  !!selector && Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels[k] === v);

function probeProblems(c: Obj, who: string): string[] {
  const out: string[] = [];
  const path = (p: string) => ((c[p] as Obj | undefined)?.['httpGet'] as Obj | undefined)?.['path'];
  if (path('readinessProbe') !== '/health/ready') out.push(`${who}: readinessProbe must GET /health/ready`);
  if (path('livenessProbe') !== '/health/live') out.push(`${who}: livenessProbe must GET /health/live`);
  return out;
}

function hardening(c: Obj, pod: Obj, who: string): string[] {
  const out: string[] = [];
  const res = c['resources'] as Obj | undefined;
  const req = res?.['requests'] as Obj | undefined;
  const lim = res?.['limits'] as Obj | undefined;
  if (!req?.['cpu'] || !req?.['memory'] || !lim?.['memory']) out.push(`${who}: resources need requests.cpu, requests.memory and limits.memory`);
  const sc = (c['securityContext'] ?? {}) as Obj;
  const podSc = (pod['securityContext'] ?? {}) as Obj;
  if ((sc['runAsNonRoot'] ?? podSc['runAsNonRoot']) !== true) out.push(`${who}: runAsNonRoot must be true`);
  if (sc['readOnlyRootFilesystem'] !== true) out.push(`${who}: readOnlyRootFilesystem must be true`);
  if (sc['allowPrivilegeEscalation'] !== false) out.push(`${who}: allowPrivilegeEscalation must be false`);
  const tmp = ((c['volumeMounts'] as Obj[] | undefined) ?? []).find((m) => m['mountPath'] === '/tmp');
  const vol = ((pod['volumes'] as Obj[] | undefined) ?? []).find((v) => v['name'] === tmp?.['name']);
  if (((vol?.['emptyDir'] as Obj | undefined)?.['medium']) !== 'Memory') out.push(`${who}: /tmp must be a tmpfs (emptyDir medium Memory)`);
  return out;
}

function refProblems(pod: Obj, who: string, objects: readonly K8sObject[]): string[] {
  const out: string[] = [];
  const find = (kind: string, name: unknown) => objects.find((o) => o.kind === kind && o.metadata.name === name);
  const need = (kind: string, name: unknown, key?: string) => {
    if (kind === 'Secret' && OPERATOR_SECRETS.has(String(name))) return;
    const o = find(kind, name);
    if (!o) out.push(`${who}: ${kind} ${String(name)} does not exist`);
    else if (key !== undefined && !(key in ((o['data'] as Obj | undefined) ?? {}))) out.push(`${who}: ${kind} ${String(name)} has no key ${key}`);
  };
  for (const c of containersOf(pod)) {
    for (const e of (c['envFrom'] as Obj[] | undefined) ?? []) {
      if (e['configMapRef']) need('ConfigMap', (e['configMapRef'] as Obj)['name']);
      if (e['secretRef']) need('Secret', (e['secretRef'] as Obj)['name']);
    }
    for (const e of (c['env'] as Obj[] | undefined) ?? []) {
      const from = e['valueFrom'] as Obj | undefined;
      const cm = from?.['configMapKeyRef'] as Obj | undefined;
      const s = from?.['secretKeyRef'] as Obj | undefined;
      if (cm) need('ConfigMap', cm['name'], String(cm['key']));
      if (s) need('Secret', s['name'], String(s['key']));
    }
  }
  for (const v of (pod['volumes'] as Obj[] | undefined) ?? []) {
    if (v['secret']) need('Secret', (v['secret'] as Obj)['secretName']);
    if (v['configMap']) need('ConfigMap', (v['configMap'] as Obj)['name']);
  }
  return out;
}

function networkProblems(name: string, labels: Obj, port: unknown, objects: readonly K8sObject[]): string[] {
  const policies = objects.filter((o) => o.kind === 'NetworkPolicy' && matches(((o['spec'] as Obj)['podSelector'] as Obj)?.['matchLabels'] as Obj, labels));
  if (!policies.length) return [`Deployment/${name}: no NetworkPolicy selects its pods`];
  const out: string[] = [];
  for (const p of policies) {
    const spec = p['spec'] as Obj;
    const types = (spec['policyTypes'] as string[] | undefined) ?? [];
    if (!types.includes('Ingress') || !types.includes('Egress')) out.push(`NetworkPolicy/${p.metadata.name}: policyTypes must include Ingress and Egress`);
    for (const rule of (spec['ingress'] as Obj[] | undefined) ?? []) {
      const ports = ((rule['ports'] as Obj[] | undefined) ?? []).map((x) => x['port']);
      if (!ports.length || ports.some((x) => x !== port)) out.push(`NetworkPolicy/${p.metadata.name}: ingress only on the service port ${String(port)}`);
      if (!((rule['from'] as Obj[] | undefined) ?? []).length) out.push(`NetworkPolicy/${p.metadata.name}: ingress rule without from admits everyone`);
    }
    for (const rule of (spec['egress'] as Obj[] | undefined) ?? []) {
      const ports = ((rule['ports'] as Obj[] | undefined) ?? []).map((x) => Number(x['port']));
      const allowed = (x: number) => EGRESS_PORTS.has(x) || (x === 443 && HTTPS_EGRESS.has(name));
      if (!ports.length || !ports.every(allowed)) out.push(`NetworkPolicy/${p.metadata.name}: egress on ports ${ports.join(',') || 'any'} is not allowed`);
    }
  }
  return out;
}

/** Every rule broken by the rendered objects of one overlay. */
export function policyProblems(objects: readonly K8sObject[]): string[] {
  const out: string[] = [];
  for (const d of objects.filter((o) => o.kind === 'Deployment')) {
    const name = d.metadata.name;
    const who = `Deployment/${name}`;
    const pod = podSpecOf(d)!;
    const labels = (((d['spec'] as Obj)['template'] as Obj)['metadata'] as Obj)?.['labels'] as Obj ?? {};
    const main = ((pod['containers'] as Obj[] | undefined) ?? [])[0] ?? {};
    out.push(...probeProblems(main, who));
    for (const c of containersOf(pod)) out.push(...hardening(c, pod, `${who} container ${String(c['name'])}`));
    if (typeof pod['terminationGracePeriodSeconds'] !== 'number') out.push(`${who}: terminationGracePeriodSeconds must be set`);
    out.push(...refProblems(pod, who, objects));
    const port = ((main['ports'] as Obj[] | undefined) ?? [])[0]?.['containerPort'];
    const svc = objects.find((o) => o.kind === 'Service' && matches((o['spec'] as Obj)['selector'] as Obj, labels));
    if (!svc) out.push(`${who}: no Service selects its pods`);
    const pdb = objects.find((o) => o.kind === 'PodDisruptionBudget' && matches(((o['spec'] as Obj)['selector'] as Obj)?.['matchLabels'] as Obj, labels));
    if (!pdb) out.push(`${who}: no PodDisruptionBudget selects its pods`);
    const hpa = objects.find((o) => o.kind === 'HorizontalPodAutoscaler' && ((o['spec'] as Obj)['scaleTargetRef'] as Obj)?.['name'] === name
      && ((o['spec'] as Obj)['scaleTargetRef'] as Obj)?.['kind'] === 'Deployment');
    if (!hpa) out.push(`${who}: no HorizontalPodAutoscaler scales it`);
    out.push(...networkProblems(name, labels, port, objects));
  }
  return out;
}
