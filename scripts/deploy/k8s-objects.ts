/** Kubernetes objects as the manifest checks read them: parsed from YAML, and the pod spec inside workloads. */
import { parseAllDocuments } from 'yaml';

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: unknown;
}

type Obj = Record<string, unknown>;

export function parseYamlDocuments(text: string, source: string): Obj[] {
  return parseAllDocuments(text)
    .map((doc) => {
      if (doc.errors.length) throw new Error(`${source}: ${doc.errors[0].message}`);
      return doc.toJS({ maxAliasCount: 100 }) as Obj | null;
    })
    .filter((d): d is Obj => d !== null && d !== undefined);
}

/** The pod spec inside a workload (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, Pod), if any. */
export function podSpecOf(o: K8sObject): Obj | undefined {
  const spec = o['spec'] as Obj | undefined;
  if (!spec) return undefined;
  if (o.kind === 'Pod') return spec;
  if (o.kind === 'CronJob')
    return ((spec['jobTemplate'] as Obj)?.['spec'] as Obj)?.['template']
      ? ((((spec['jobTemplate'] as Obj)['spec'] as Obj)['template'] as Obj)['spec'] as Obj)
      : undefined;
  if (['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'].includes(o.kind))
    return (spec['template'] as Obj | undefined)?.['spec'] as Obj | undefined;
  return undefined;
}

export function containersOf(podSpec: Obj | undefined): Obj[] {
  if (!podSpec) return [];
  return [...((podSpec['initContainers'] as Obj[] | undefined) ?? []), ...((podSpec['containers'] as Obj[] | undefined) ?? [])];
}
