/**
 * The platform's deployment rules, checked on a rendered overlay (k8s/README.md says why each exists):
 * every Deployment runs its own service's image (tradein-<service>, the migrate initContainer too), has
 * probes on /health/live and /health/ready, resources, runs non-root with a read-only root filesystem
 * and a tmpfs /tmp, a termination grace period longer than its preStop sleep plus SHUTDOWN_GRACE_MS, and
 * is matched by a Service, a PodDisruptionBudget, a HorizontalPodAutoscaler and a NetworkPolicy whose
 * egress reaches only DNS, PostgreSQL and Kafka (and HTTPS for quote-service's partner webhooks); the
 * CloudNativePG pods admit only the platform's pods, their own instances and the CNPG operator; every
 * ConfigMap / Secret a pod reads exists.
 */
import { containersOf, podSpecOf, type K8sObject } from './k8s-objects';

type Obj = Record<string, unknown>;

/**
 * The services that call the internet: quote-service (partner webhooks to URLs partners register), intake-
 * and grading-service (evidence photos to the S3-compatible store, a cloud bucket by default).
 */
export const HTTPS_EGRESS = new Set(['quote-service', 'intake-service', 'grading-service']);
/** Secrets created by operators, not by k8s/: CloudNativePG's cluster CA. */
export const OPERATOR_SECRETS = new Set(['tradein-pg-ca']);
/** Namespace of the CloudNativePG operator (its chart's default), admitted to the PostgreSQL pods. */
export const CNPG_OPERATOR_NAMESPACE = 'cnpg-system';

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
  if (!req?.['cpu'] || !req?.['memory'] || !lim?.['memory'])
    out.push(`${who}: resources need requests.cpu, requests.memory and limits.memory`);
  const sc = (c['securityContext'] ?? {}) as Obj;
  const podSc = (pod['securityContext'] ?? {}) as Obj;
  if ((sc['runAsNonRoot'] ?? podSc['runAsNonRoot']) !== true) out.push(`${who}: runAsNonRoot must be true`);
  if (sc['readOnlyRootFilesystem'] !== true) out.push(`${who}: readOnlyRootFilesystem must be true`);
  if (sc['allowPrivilegeEscalation'] !== false) out.push(`${who}: allowPrivilegeEscalation must be false`);
  const tmp = ((c['volumeMounts'] as Obj[] | undefined) ?? []).find((m) => m['mountPath'] === '/tmp');
  const vol = ((pod['volumes'] as Obj[] | undefined) ?? []).find((v) => v['name'] === tmp?.['name']);
  if ((vol?.['emptyDir'] as Obj | undefined)?.['medium'] !== 'Memory') out.push(`${who}: /tmp must be a tmpfs (emptyDir medium Memory)`);
  return out;
}

function refProblems(pod: Obj, who: string, objects: readonly K8sObject[]): string[] {
  const out: string[] = [];
  const find = (kind: string, name: unknown) => objects.find((o) => o.kind === kind && o.metadata.name === name);
  const need = (kind: string, name: unknown, key?: string) => {
    if (kind === 'Secret' && OPERATOR_SECRETS.has(String(name))) return;
    const o = find(kind, name);
    if (!o) out.push(`${who}: ${kind} ${String(name)} does not exist`);
    else if (key !== undefined && !(key in ((o['data'] as Obj | undefined) ?? {})))
      out.push(`${who}: ${kind} ${String(name)} has no key ${key}`);
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

const labelsOf = (sel: unknown) => ((sel as Obj | undefined)?.['matchLabels'] ?? {}) as Obj;
const same = (a: Obj, b: Obj) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
const portsOf = (rule: Obj) =>
  ((rule['ports'] as Obj[] | undefined) ?? []).map((x) => `${String(x['protocol'] ?? 'TCP')}/${String(x['port'])}`).sort();
const describePeers = (rule: Obj) => JSON.stringify(rule['to'] ?? rule['from'] ?? 'anywhere');

/**
 * What an egress rule opens, when it is one of the allowed shapes exactly: DNS to kube-dns, 5432 to the
 * CNPG pods, 9092 to the Strimzi brokers, 443 to public addresses (private ranges excluded). Anything
 * else (another port, another peer, no peer = anywhere) is undefined.
 */
export function egressKind(rule: Obj): 'dns' | 'postgres' | 'kafka' | 'https' | undefined {
  const peers = (rule['to'] as Obj[] | undefined) ?? [];
  const ports = portsOf(rule);
  if (peers.length !== 1) return undefined;
  const [peer] = peers;
  const keys = Object.keys(peer).sort().join(',');
  if (
    keys === 'namespaceSelector,podSelector' &&
    same(labelsOf(peer['namespaceSelector']), { 'kubernetes.io/metadata.name': 'kube-system' }) &&
    same(labelsOf(peer['podSelector']), { 'k8s-app': 'kube-dns' }) &&
    same({ p: ports }, { p: ['TCP/53', 'UDP/53'] })
  )
    return 'dns';
  if (keys === 'podSelector' && same(labelsOf(peer['podSelector']), { 'cnpg.io/cluster': 'tradein-pg' }) && ports.join() === 'TCP/5432')
    return 'postgres';
  if (
    keys === 'podSelector' &&
    same(labelsOf(peer['podSelector']), { 'strimzi.io/cluster': 'tradein-kafka', 'strimzi.io/kind': 'Kafka' }) &&
    ports.join() === 'TCP/9092'
  )
    return 'kafka';
  const block = peer['ipBlock'] as Obj | undefined;
  const except = new Set((block?.['except'] as string[] | undefined) ?? []);
  const privateRanges = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '169.254.0.0/16', '100.64.0.0/10'];
  if (keys === 'ipBlock' && block?.['cidr'] === '0.0.0.0/0' && privateRanges.every((r) => except.has(r)) && ports.join() === 'TCP/443')
    return 'https';
  return undefined;
}

/** A container's value of an environment variable: its own env, else the ConfigMaps it loads. */
function envValue(c: Obj, name: string, objects: readonly K8sObject[]): string | undefined {
  const own = ((c['env'] as Obj[] | undefined) ?? []).find((e) => e['name'] === name);
  if (own && typeof own['value'] === 'string') return own['value'];
  let found: string | undefined;
  for (const e of (c['envFrom'] as Obj[] | undefined) ?? []) {
    const ref = e['configMapRef'] as Obj | undefined;
    const cm = ref && objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === ref['name']);
    const v = ((cm?.['data'] as Obj | undefined) ?? {})[name];
    if (typeof v === 'string') found = v;
  }
  return found;
}

/** terminationGracePeriodSeconds must outlast the preStop sleep plus the service's own SHUTDOWN_GRACE_MS. */
function graceProblems(pod: Obj, main: Obj, who: string, objects: readonly K8sObject[]): string[] {
  const grace = pod['terminationGracePeriodSeconds'];
  if (typeof grace !== 'number') return [`${who}: terminationGracePeriodSeconds must be set`];
  const command =
    ((((main['lifecycle'] as Obj | undefined)?.['preStop'] as Obj | undefined)?.['exec'] as Obj | undefined)?.['command'] as
      string[] | undefined) ?? [];
  const sleep = command[0] === 'sleep' ? Number(command[1]) : 0;
  const shutdownMs = Number(envValue(main, 'SHUTDOWN_GRACE_MS', objects) ?? 20000);
  if (!Number.isFinite(sleep) || !Number.isFinite(shutdownMs)) return [`${who}: preStop sleep or SHUTDOWN_GRACE_MS is not a number`];
  const needed = sleep + shutdownMs / 1000;
  return grace > needed
    ? []
    : [`${who}: terminationGracePeriodSeconds ${grace} must exceed preStop sleep ${sleep} s + SHUTDOWN_GRACE_MS ${shutdownMs / 1000} s`];
}

/** Each container runs the Deployment's own image: <registry>/tradein-<deployment>[:tag|@digest]. */
function imageProblems(pod: Obj, name: string, who: string): string[] {
  return containersOf(pod).flatMap((c) => {
    const ref = String(c['image'] ?? '');
    const repo = ref
      .replace(/@.*$/, '')
      .replace(/:[^/:]+$/, '')
      .split('/')
      .pop();
    return repo === `tradein-${name}` ? [] : [`${who} container ${String(c['name'])}: image ${ref} is not tradein-${name}`];
  });
}

/** The CNPG pods of each Cluster: a NetworkPolicy admits only tradein pods (5432), the cluster's own instances and the operator. */
function postgresProblems(objects: readonly K8sObject[]): string[] {
  const out: string[] = [];
  for (const cluster of objects.filter((o) => o.kind === 'Cluster')) {
    const own = { 'cnpg.io/cluster': cluster.metadata.name };
    const policies = objects.filter((o) => o.kind === 'NetworkPolicy' && same(labelsOf((o['spec'] as Obj)['podSelector']), own));
    if (!policies.length) out.push(`Cluster/${cluster.metadata.name}: no NetworkPolicy selects its pods`);
    for (const p of policies) {
      const spec = p['spec'] as Obj;
      const who = `NetworkPolicy/${p.metadata.name}`;
      if (!((spec['policyTypes'] as string[] | undefined) ?? []).includes('Ingress')) out.push(`${who}: policyTypes must include Ingress`);
      for (const rule of (spec['ingress'] as Obj[] | undefined) ?? []) {
        const peers = (rule['from'] as Obj[] | undefined) ?? [];
        if (!peers.length) out.push(`${who}: ingress rule without from admits everyone`);
        for (const peer of peers) {
          const keys = Object.keys(peer).sort().join(',');
          const pods = labelsOf(peer['podSelector']);
          const ok =
            (keys === 'podSelector' && same(pods, { 'app.kubernetes.io/part-of': 'tradein' }) && portsOf(rule).join() === 'TCP/5432') ||
            (keys === 'podSelector' && same(pods, own)) ||
            (keys === 'namespaceSelector,podSelector' &&
              same(labelsOf(peer['namespaceSelector']), { 'kubernetes.io/metadata.name': CNPG_OPERATOR_NAMESPACE }) &&
              same(pods, { 'app.kubernetes.io/name': 'cloudnative-pg' }));
          if (!ok) out.push(`${who}: ingress from ${JSON.stringify(peer)} on ${portsOf(rule).join(',') || 'any port'} is not allowed`);
        }
      }
    }
  }
  return out;
}

/** The pod's ports by name: `http` (the API, first) and optionally `metrics` (METRICS_PORT's own listener). */
function podPorts(main: Obj): { port: unknown; metricsPort: unknown } {
  const ports = (main['ports'] as Obj[] | undefined) ?? [];
  return { port: ports[0]?.['containerPort'], metricsPort: ports.find((x) => x['name'] === 'metrics')?.['containerPort'] };
}

/** Prometheus scrapes the port its annotation names: the metrics listener when the pod has one, else the API port. */
function scrapeProblems(d: K8sObject, port: unknown, metricsPort: unknown): string[] {
  const annotations = ((((d['spec'] as Obj)['template'] as Obj)['metadata'] as Obj)?.['annotations'] as Obj) ?? {};
  const scraped = annotations['prometheus.io/port'];
  if (scraped === undefined) return [];
  const expected = metricsPort ?? port;
  return String(scraped) === String(expected)
    ? []
    : [`Deployment/${d.metadata.name}: prometheus.io/port ${String(scraped)} is not its metrics port ${String(expected)}`];
}

function networkProblems(name: string, labels: Obj, port: unknown, objects: readonly K8sObject[], metricsPort?: unknown): string[] {
  const policies = objects.filter(
    (o) => o.kind === 'NetworkPolicy' && matches(((o['spec'] as Obj)['podSelector'] as Obj)?.['matchLabels'] as Obj, labels),
  );
  if (!policies.length) return [`Deployment/${name}: no NetworkPolicy selects its pods`];
  const out: string[] = [];
  for (const p of policies) {
    const spec = p['spec'] as Obj;
    const types = (spec['policyTypes'] as string[] | undefined) ?? [];
    if (!types.includes('Ingress') || !types.includes('Egress'))
      out.push(`NetworkPolicy/${p.metadata.name}: policyTypes must include Ingress and Egress`);
    for (const rule of (spec['ingress'] as Obj[] | undefined) ?? []) {
      const ports = ((rule['ports'] as Obj[] | undefined) ?? []).map((x) => x['port']);
      if (!ports.length || ports.some((x) => x !== port && (metricsPort === undefined || x !== metricsPort)))
        out.push(`NetworkPolicy/${p.metadata.name}: ingress only on the service port ${String(port)}`);
      // Whoever may scrape metrics must not thereby reach the API, and the reverse.
      if (metricsPort !== undefined && ports.includes(metricsPort) && ports.includes(port))
        out.push(
          `NetworkPolicy/${p.metadata.name}: the metrics port ${String(metricsPort)} shares a rule with the API port ${String(port)}`,
        );
      if (!((rule['from'] as Obj[] | undefined) ?? []).length)
        out.push(`NetworkPolicy/${p.metadata.name}: ingress rule without from admits everyone`);
    }
    for (const rule of (spec['egress'] as Obj[] | undefined) ?? []) {
      const what = egressKind(rule);
      if (!what || (what === 'https' && !HTTPS_EGRESS.has(name))) {
        const ports = ((rule['ports'] as Obj[] | undefined) ?? []).map((x) => String(x['port']));
        out.push(
          `NetworkPolicy/${p.metadata.name}: egress ${describePeers(rule)} on ports ${ports.join(',') || 'any'} is not allowed (only DNS, PostgreSQL, Kafka${HTTPS_EGRESS.has(name) ? ', HTTPS' : ''})`,
        );
      }
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
    const labels = ((((d['spec'] as Obj)['template'] as Obj)['metadata'] as Obj)?.['labels'] as Obj) ?? {};
    const main = ((pod['containers'] as Obj[] | undefined) ?? [])[0] ?? {};
    out.push(...probeProblems(main, who));
    for (const c of containersOf(pod)) out.push(...hardening(c, pod, `${who} container ${String(c['name'])}`));
    out.push(...imageProblems(pod, name, who));
    out.push(...graceProblems(pod, main, who, objects));
    out.push(...refProblems(pod, who, objects));
    const { port, metricsPort } = podPorts(main);
    out.push(...scrapeProblems(d, port, metricsPort));
    const svc = objects.find((o) => o.kind === 'Service' && matches((o['spec'] as Obj)['selector'] as Obj, labels));
    if (!svc) out.push(`${who}: no Service selects its pods`);
    const pdb = objects.find(
      (o) => o.kind === 'PodDisruptionBudget' && matches(((o['spec'] as Obj)['selector'] as Obj)?.['matchLabels'] as Obj, labels),
    );
    if (!pdb) out.push(`${who}: no PodDisruptionBudget selects its pods`);
    const hpa = objects.find(
      (o) =>
        o.kind === 'HorizontalPodAutoscaler' &&
        ((o['spec'] as Obj)['scaleTargetRef'] as Obj)?.['name'] === name &&
        ((o['spec'] as Obj)['scaleTargetRef'] as Obj)?.['kind'] === 'Deployment',
    );
    if (!hpa) out.push(`${who}: no HorizontalPodAutoscaler scales it`);
    out.push(...networkProblems(name, labels, port, objects, metricsPort));
  }
  out.push(...postgresProblems(objects));
  return out;
}
