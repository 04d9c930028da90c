import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { allTopics } from '@tradein/contracts';
import { type K8sObject, parseYamlDocuments } from './k8s-objects';
import { K8S_DIR, OVERLAYS, renderOverlay } from './overlays';
import { egressKind, policyProblems } from './policy';
import { ManifestValidator } from './validate-manifests';

type Obj = Record<string, unknown>;
const validator = new ManifestValidator();
const rendered = Object.fromEntries(OVERLAYS.map((env) => [env, renderOverlay(env)])) as Record<(typeof OVERLAYS)[number], K8sObject[]>;
const ofKind = (objs: K8sObject[], kind: string) => objs.filter((o) => o.kind === kind);
const named = (objs: K8sObject[], kind: string, name: string) => objs.find((o) => o.kind === kind && o.metadata.name === name)!;
const spec = (o: K8sObject) => o['spec'] as Obj;
const containers = (d: K8sObject) => ((spec(d)['template'] as Obj)['spec'] as Obj)['containers'] as Obj[];
const problems = (objs: K8sObject[]) => validator.validate(objs).map((f) => `${f.object}: ${f.problem}`);

describe.each(OVERLAYS)('k8s/overlays/%s', (env) => {
  const objs = rendered[env];

  it('renders every object the platform needs', () => {
    for (const kind of ['Namespace', 'Kafka', 'KafkaNodePool', 'Cluster', 'ServiceAccount'])
      expect(ofKind(objs, kind).length).toBeGreaterThan(0);
    // The four services and the staff console; a database per service.
    for (const kind of ['Deployment', 'Service', 'HorizontalPodAutoscaler', 'PodDisruptionBudget']) {
      expect(
        ofKind(objs, kind)
          .map((o) => o.metadata.name)
          .sort(),
      ).toEqual(['console', 'grading-service', 'intake-service', 'payout-service', 'quote-service']);
    }
    expect(ofKind(objs, 'Database')).toHaveLength(4);
    // One per service, one for the console and one for the PostgreSQL pods.
    expect(
      ofKind(objs, 'NetworkPolicy')
        .map((p) => p.metadata.name)
        .sort(),
    ).toEqual(['console', 'grading-service', 'intake-service', 'payout-service', 'quote-service', 'tradein-pg']);
    expect(objs.filter((o) => o.kind !== 'Namespace').every((o) => o.metadata.namespace === 'tradein')).toBe(true);
  });

  it('is valid against the Kubernetes, Strimzi and CloudNativePG schemas, with no unknown field', () => {
    expect(problems(objs)).toEqual([]);
  });

  it('follows the deployment policy (probes, resources, hardening, PDB, HPA, NetworkPolicy, references)', () => {
    expect(policyProblems(objs)).toEqual([]);
  });

  it('has one KafkaTopic per registry topic and dead-letter topic', () => {
    const names = ofKind(objs, 'KafkaTopic')
      .map((t) => spec(t)['topicName'])
      .sort();
    expect(names).toEqual([...allTopics()].sort());
    expect(allTopics().filter((t) => t.endsWith('.dlt')).length).toBe(allTopics().length / 2);
  });

  it('runs the migrate step before each service, with the same image and settings', () => {
    for (const d of ofKind(objs, 'Deployment').filter((x) => x.metadata.name !== 'console')) {
      const pod = (spec(d)['template'] as Obj)['spec'] as Obj;
      const [init] = pod['initContainers'] as Obj[];
      const [main] = containers(d);
      // The compiled entry: the image holds no TypeScript sources and no SWC (ADR 0007).
      expect(init['args']).toEqual(['node', 'scripts/deploy/migrate.js']);
      expect(init['command']).toBeUndefined();
      expect(init['image']).toBe(main['image']);
      expect(init['envFrom']).toEqual(main['envFrom']);
    }
  });

  it("runs one image per service: tradein-<service>, never another service's or a combined one", () => {
    for (const d of ofKind(objs, 'Deployment')) {
      const pod = (spec(d)['template'] as Obj)['spec'] as Obj;
      for (const c of [...((pod['initContainers'] as Obj[] | undefined) ?? []), ...containers(d)]) {
        expect([d.metadata.name, c['image']]).toEqual([
          d.metadata.name,
          expect.stringMatching(new RegExp(`^tradein-${d.metadata.name}:[\\w.-]+$`)),
        ]);
      }
    }
  });

  it("exports consumer lag: Strimzi's Kafka Exporter for every topic and group, scraped by annotation", () => {
    expect(spec(named(objs, 'Kafka', 'tradein-kafka'))['kafkaExporter']).toMatchObject({
      topicRegex: '.*',
      groupRegex: '.*',
      template: { pod: { metadata: { annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9404' } } } },
    });
  });

  it('keeps maxReplicas within the partitions of every topic (extra consumers would idle)', () => {
    const partitions = Math.min(...ofKind(objs, 'KafkaTopic').map((t) => spec(t)['partitions'] as number));
    for (const h of ofKind(objs, 'HorizontalPodAutoscaler')) expect(spec(h)['maxReplicas']).toBeLessThanOrEqual(partitions);
  });
});

describe('overlay differences', () => {
  it('dev: one replica and one Kafka node, replication 1, one PostgreSQL instance', () => {
    const dev = rendered.dev;
    expect(ofKind(dev, 'Deployment').map((d) => spec(d)['replicas'])).toEqual([1, 1, 1, 1, 1]);
    expect(ofKind(dev, 'KafkaNodePool').map((p) => spec(p)['roles'])).toEqual([['controller', 'broker']]);
    expect(new Set(ofKind(dev, 'KafkaTopic').map((t) => spec(t)['replicas']))).toEqual(new Set([1]));
    expect(spec(named(dev, 'Cluster', 'tradein-pg'))['instances']).toBe(1);
  });

  it('prod: 3+ replicas, 6 partitions replicated 3 with min.insync 2, 3 brokers, 3 PostgreSQL instances', () => {
    const prod = rendered.prod;
    for (const d of ofKind(prod, 'Deployment')) expect(spec(d)['replicas']).toBeGreaterThanOrEqual(3);
    for (const t of ofKind(prod, 'KafkaTopic')) {
      expect(spec(t)).toMatchObject({ partitions: 6, replicas: 3, config: { 'min.insync.replicas': 2 } });
    }
    expect(spec(named(prod, 'KafkaNodePool', 'brokers'))['replicas']).toBe(3);
    expect(spec(named(prod, 'Cluster', 'tradein-pg'))['instances']).toBe(3);
    expect(containers(named(prod, 'Deployment', 'payout-service'))[0]['image']).toMatch(/^tradein-payout-service:\d/);
    expect(containers(named(rendered.dev, 'Deployment', 'payout-service'))[0]['image']).toBe('tradein-payout-service:dev');
  });

  it('prod backs PostgreSQL up: continuous WAL archiving with a retention, and a nightly base backup', () => {
    const prod = rendered.prod;
    expect(spec(named(prod, 'Cluster', 'tradein-pg'))['backup']).toMatchObject({
      retentionPolicy: expect.stringMatching(/^\d+[dwm]$/),
      barmanObjectStore: { destinationPath: expect.stringMatching(/^s3:\/\//), wal: { compression: 'gzip' } },
    });
    expect(spec(named(prod, 'ScheduledBackup', 'tradein-pg-nightly'))).toMatchObject({
      cluster: { name: 'tradein-pg' },
      schedule: '0 0 2 * * *',
    });
    // dev keeps no backups (a laptop cluster), so a dev restore is a fresh start.
    expect(ofKind(rendered.dev, 'ScheduledBackup')).toEqual([]);
  });
});

describe('secrets are never committed', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : [p];
    });
  const tracked = execFileSync('git', ['ls-files', 'k8s'], { cwd: join(K8S_DIR, '..') })
    .toString()
    .split('\n')
    .filter(Boolean);

  it('no committed manifest is a Secret with data or stringData', () => {
    const yamls = files(K8S_DIR).filter((p) => /\.ya?ml$/.test(p) && !p.includes('/secrets/'));
    const offenders = yamls.flatMap((p) =>
      parseYamlDocuments(readFileSync(p, 'utf8'), p)
        .filter((o) => o['kind'] === 'Secret' && (o['data'] || o['stringData']))
        .map(() => relative(K8S_DIR, p)),
    );
    expect(offenders).toEqual([]);
  });

  it('secret generators read git-ignored files; literals only carry non-secret usernames', () => {
    for (const env of OVERLAYS) {
      const k = parseYamlDocuments(readFileSync(join(K8S_DIR, 'overlays', env, 'kustomization.yaml'), 'utf8'), env)[0];
      for (const g of k['secretGenerator'] as Obj[]) {
        for (const l of (g['literals'] as string[] | undefined) ?? []) expect(l).toMatch(/^username=[a-z]+$/);
      }
    }
    expect(tracked.filter((f) => f.includes('/secrets/') && !f.endsWith('/secrets/README.md'))).toEqual([]);
  });
});

describe('the checks catch deliberate mistakes', () => {
  const dev = rendered.dev;
  const mutate = (kind: string, name: string, change: (o: Obj) => void): K8sObject[] => {
    const copy = structuredClone(dev);
    change(named(copy, kind, name) as unknown as Obj);
    return copy;
  };
  const pod = (o: Obj) => ((o['spec'] as Obj)['template'] as Obj)['spec'] as Obj;
  const main = (o: Obj) => (pod(o)['containers'] as Obj[])[0];

  it('a wrong type: replicas "two"', () => {
    const objs = mutate('Deployment', 'quote-service', (d) => {
      (d['spec'] as Obj)['replicas'] = 'two';
    });
    expect(problems([named(objs, 'Deployment', 'quote-service')])).toEqual(['Deployment/quote-service: /spec/replicas must be integer']);
  });

  it('an unknown field: readinesProbe (a typo) and spec.replica', () => {
    const objs = mutate('Deployment', 'payout-service', (d) => {
      main(d)['readinesProbe'] = main(d)['readinessProbe'];
      (d['spec'] as Obj)['replica'] = 2;
    });
    expect(problems([named(objs, 'Deployment', 'payout-service')])).toEqual([
      'Deployment/payout-service: /spec/template/spec/containers/0/readinesProbe is not a field of Deployment',
      'Deployment/payout-service: /spec/replica is not a field of Deployment',
    ]);
  });

  it('a missing probe, a writable root filesystem, a missing NetworkPolicy', () => {
    const objs = mutate('Deployment', 'grading-service', (d) => {
      delete main(d)['readinessProbe'];
      (main(d)['securityContext'] as Obj)['readOnlyRootFilesystem'] = false;
    }).filter((o) => !(o.kind === 'NetworkPolicy' && o.metadata.name === 'grading-service'));
    expect(policyProblems(objs)).toEqual([
      'Deployment/grading-service: readinessProbe must GET /health/ready',
      'Deployment/grading-service container grading-service: readOnlyRootFilesystem must be true',
      'Deployment/grading-service: no NetworkPolicy selects its pods',
    ]);
  });

  it('metrics scraped on the API port, or opened together with it to the same peers', () => {
    const objs = mutate('Deployment', 'intake-service', (d) => {
      const meta = (d['spec'] as Obj)['template'] as Obj;
      ((meta['metadata'] as Obj)['annotations'] as Obj)['prometheus.io/port'] = '3002';
    });
    const policy = named(objs, 'NetworkPolicy', 'intake-service') as unknown as Obj;
    const rules = (policy['spec'] as Obj)['ingress'] as Obj[];
    rules[0]!['ports'] = [...(rules[0]!['ports'] as Obj[]), { protocol: 'TCP', port: 9464 }];
    expect(policyProblems(objs)).toEqual([
      'Deployment/intake-service: prometheus.io/port 3002 is not its metrics port 9464',
      'NetworkPolicy/intake-service: the metrics port 9464 shares a rule with the API port 3002',
    ]);
  });

  it('a reference to a Secret key that does not exist, and egress to another port', () => {
    const objs = mutate('Deployment', 'intake-service', (d) => {
      ((main(d)['env'] as Obj[]).find((e) => e['name'] === 'DB_PASSWORD')!['valueFrom'] as Obj)['secretKeyRef'] = {
        name: 'db-intake',
        key: 'pasword',
      };
    });
    (spec(named(objs, 'NetworkPolicy', 'intake-service'))['egress'] as Obj[]).push({ ports: [{ protocol: 'TCP', port: 6379 }] });
    expect(policyProblems(objs)).toEqual([
      'Deployment/intake-service: Secret db-intake has no key pasword',
      'NetworkPolicy/intake-service: egress "anywhere" on ports 6379 is not allowed (only DNS, PostgreSQL, Kafka, HTTPS)',
    ]);
  });

  it("HTTPS egress for payout-service (only quote-service may), PostgreSQL's port opened to any address", () => {
    const objs = structuredClone(dev);
    const https = (spec(named(objs, 'NetworkPolicy', 'quote-service'))['egress'] as Obj[]).find((r) => egressKind(r) === 'https')!;
    (spec(named(objs, 'NetworkPolicy', 'payout-service'))['egress'] as Obj[]).push(structuredClone(https));
    (spec(named(objs, 'NetworkPolicy', 'grading-service'))['egress'] as Obj[]).push({
      to: [{ ipBlock: { cidr: '0.0.0.0/0' } }],
      ports: [{ protocol: 'TCP', port: 5432 }],
    });
    expect(policyProblems(objs)).toEqual([
      expect.stringMatching(/^NetworkPolicy\/grading-service: egress \[\{"ipBlock".* on ports 5432 is not allowed/),
      expect.stringMatching(
        /^NetworkPolicy\/payout-service: egress \[\{"ipBlock".* on ports 443 is not allowed \(only DNS, PostgreSQL, Kafka\)$/,
      ),
    ]);
  });

  it("a Deployment running another service's image, or the combined one in its migrate step", () => {
    const objs = mutate('Deployment', 'payout-service', (d) => {
      main(d)['image'] = 'tradein-quote-service:dev';
      (pod(d)['initContainers'] as Obj[])[0]['image'] = 'registry.example/tradein-platform:1.0';
    });
    expect(policyProblems(objs)).toEqual([
      'Deployment/payout-service container migrate: image registry.example/tradein-platform:1.0 is not tradein-payout-service',
      'Deployment/payout-service container payout-service: image tradein-quote-service:dev is not tradein-payout-service',
    ]);
  });

  it('a grace period that does not cover the preStop sleep plus SHUTDOWN_GRACE_MS (from the ConfigMap)', () => {
    const objs = mutate('Deployment', 'grading-service', (d) => {
      pod(d)['terminationGracePeriodSeconds'] = 25;
    });
    expect(policyProblems(objs)).toEqual([
      'Deployment/grading-service: terminationGracePeriodSeconds 25 must exceed preStop sleep 5 s + SHUTDOWN_GRACE_MS 20 s',
    ]);
    const common = ofKind(objs, 'ConfigMap').find((c) => c.metadata.name.startsWith('tradein-common'))!;
    (common['data'] as Obj)['SHUTDOWN_GRACE_MS'] = '40000';
    pod(named(objs, 'Deployment', 'grading-service') as unknown as Obj)['terminationGracePeriodSeconds'] = 40;
    // SHUTDOWN_GRACE_MS raised to 40 s in the shared ConfigMap: every Deployment's 40 s is now too short.
    expect([...policyProblems(objs)].sort()).toEqual(
      ['grading-service', 'intake-service', 'payout-service', 'quote-service'].map(
        (s) => `Deployment/${s}: terminationGracePeriodSeconds 40 must exceed preStop sleep 5 s + SHUTDOWN_GRACE_MS 40 s`,
      ),
    );
  });

  it('PostgreSQL pods open to every pod, or to another namespace, or without a policy', () => {
    const objs = structuredClone(dev);
    const pg = spec(named(objs, 'NetworkPolicy', 'tradein-pg'));
    (pg['ingress'] as Obj[]).push({ ports: [{ protocol: 'TCP', port: 5432 }] }, { from: [{ namespaceSelector: {} }] });
    expect(policyProblems(objs)).toEqual([
      'NetworkPolicy/tradein-pg: ingress rule without from admits everyone',
      'NetworkPolicy/tradein-pg: ingress from {"namespaceSelector":{}} on any port is not allowed',
    ]);
    expect(policyProblems(dev.filter((o) => !(o.kind === 'NetworkPolicy' && o.metadata.name === 'tradein-pg')))).toEqual([
      'Cluster/tradein-pg: no NetworkPolicy selects its pods',
    ]);
  });

  it('custom resources: a Strimzi topic with a bad type and an unknown field, a CNPG cluster likewise', () => {
    const topic = structuredClone(ofKind(dev, 'KafkaTopic')[0]) as unknown as Obj;
    (topic['spec'] as Obj)['partitions'] = 'six';
    (topic['spec'] as Obj)['retention'] = '7d';
    const cluster = structuredClone(named(dev, 'Cluster', 'tradein-pg')) as unknown as Obj;
    (cluster['spec'] as Obj)['instances'] = '3';
    (cluster['spec'] as Obj)['instance'] = 3;
    const found = problems([topic, cluster] as unknown as K8sObject[]);
    expect(found).toEqual([
      `KafkaTopic/${(topic['metadata'] as Obj)['name'] as string}: /spec/partitions must be integer`,
      `KafkaTopic/${(topic['metadata'] as Obj)['name'] as string}: /spec/retention is not a field of KafkaTopic`,
      'Cluster/tradein-pg: /spec/instances must be an integer',
      'Cluster/tradein-pg: /spec/instance is not a field k8s/ may use (scripts/deploy/cnpg-fields.ts)',
    ]);
  });

  it('a kind no schema covers is reported, not silently accepted', () => {
    const odd = { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } };
    expect(problems([odd])).toEqual(['Widget/w: no schema for example.com/v1 Widget']);
  });
});

it('k8s/base/kafka/topics.yaml is what scripts/k8s/generate-topics.ts generates', () => {
  const root = join(K8S_DIR, '..');
  expect(() =>
    execFileSync(process.execPath, ['-r', '@swc-node/register', 'scripts/k8s/generate-topics.ts', '--check'], {
      cwd: root,
      env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.json' },
      stdio: 'pipe',
    }),
  ).not.toThrow();
});

describe('one origin for the staff console and the APIs (Ingress tradein)', () => {
  it.each(OVERLAYS)('%s: /api/<service> reaches each service with the prefix removed, / the console, uploads up to 11 MB', (env) => {
    const ingress = named(rendered[env], 'Ingress', 'tradein');
    const annotations = ingress.metadata['annotations'] as Record<string, string>;
    expect(annotations['nginx.ingress.kubernetes.io/rewrite-target']).toBe('/$2');
    expect(annotations['nginx.ingress.kubernetes.io/proxy-body-size']).toBe('11m');
    const paths = ((spec(ingress)['rules'] as Obj[])[0]!['http'] as Obj)['paths'] as Obj[];
    const routes = paths.map((p) => {
      const s = (p['backend'] as Obj)['service'] as Obj;
      return [p['path'], s['name'], (s['port'] as Obj)['number']];
    });
    expect(routes).toEqual([
      ['/api/quote(/|$)(.*)', 'quote-service', 3001],
      ['/api/intake(/|$)(.*)', 'intake-service', 3002],
      ['/api/grading(/|$)(.*)', 'grading-service', 3003],
      ['/api/payout(/|$)(.*)', 'payout-service', 3004],
      ['/()(.*)', 'console', 8080],
    ]);
    // Each backend port is the Service's own.
    for (const [, name, port] of routes)
      expect((spec(named(rendered[env], 'Service', String(name)))['ports'] as Obj[])[0]!['port']).toBe(port);
    // The rewrite keeps what follows the prefix: /api/intake/v1/evidence → /v1/evidence.
    expect('/api/intake/v1/evidence'.replace(new RegExp(`^${String(paths[1]!['path'])}`), '/$2')).toBe('/v1/evidence');
  });
});
