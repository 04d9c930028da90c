/**
 * No npm package ships CloudNativePG's CRD schemas, so its objects are checked against this explicit
 * list of the fields k8s/ relies on, with their types as the CRDs (postgresql.cnpg.io/v1, operator
 * 1.25) declare them. A field not listed here is refused: add it here, from the CRD, when k8s/ needs it.
 */
import { type K8sObject } from './k8s-objects';

type Shape =
  | 'string'
  | 'integer'
  | 'boolean'
  | 'quantity'
  | { enum: readonly string[] }
  | { mapOf: Shape }
  | { listOf: Shape }
  | { [field: string]: Shape };

const labels: Shape = { mapOf: 'string' };
const metadata: Shape = { name: 'string', namespace: 'string', labels, annotations: labels };
const secretKey: Shape = { name: 'string', key: 'string' };
const compression: Shape = { enum: ['gzip', 'bzip2', 'snappy', 'lz4', 'xz', 'zstd'] };
const resources: Shape = { requests: { mapOf: 'quantity' }, limits: { mapOf: 'quantity' } };

export const CNPG_SHAPES: Record<string, Shape> = {
  'postgresql.cnpg.io/v1/Cluster': {
    apiVersion: 'string',
    kind: 'string',
    metadata,
    spec: {
      instances: 'integer',
      imageName: 'string',
      primaryUpdateStrategy: { enum: ['unsupervised', 'supervised'] },
      enableSuperuserAccess: 'boolean',
      postgresql: { parameters: { mapOf: 'string' } },
      storage: { size: 'string', storageClass: 'string' },
      resources,
      affinity: { enablePodAntiAffinity: 'boolean', topologyKey: 'string', podAntiAffinityType: { enum: ['preferred', 'required'] } },
      managed: {
        roles: {
          listOf: { name: 'string', ensure: { enum: ['present', 'absent'] }, login: 'boolean', passwordSecret: { name: 'string' } },
        },
      },
      backup: {
        retentionPolicy: 'string',
        barmanObjectStore: {
          destinationPath: 'string',
          endpointURL: 'string',
          s3Credentials: { accessKeyId: secretKey, secretAccessKey: secretKey, region: secretKey },
          wal: { compression: compression, maxParallel: 'integer' },
          data: { compression: compression, jobs: 'integer' },
        },
      },
    },
  },
  'postgresql.cnpg.io/v1/ScheduledBackup': {
    apiVersion: 'string',
    kind: 'string',
    metadata,
    spec: {
      schedule: 'string',
      cluster: { name: 'string' },
      immediate: 'boolean',
      suspend: 'boolean',
      backupOwnerReference: { enum: ['none', 'self', 'cluster'] },
      method: { enum: ['barmanObjectStore', 'volumeSnapshot', 'plugin'] },
    },
  },
  'postgresql.cnpg.io/v1/Database': {
    apiVersion: 'string',
    kind: 'string',
    metadata,
    spec: { cluster: { name: 'string' }, name: 'string', owner: 'string', ensure: { enum: ['present', 'absent'] } },
  },
};

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function check(value: unknown, shape: Shape, path: string, out: string[]): void {
  if (shape === 'string') {
    if (typeof value !== 'string') out.push(`${path} must be a string`);
    return;
  }
  if (shape === 'integer') {
    if (!Number.isInteger(value)) out.push(`${path} must be an integer`);
    return;
  }
  if (shape === 'boolean') {
    if (typeof value !== 'boolean') out.push(`${path} must be a boolean`);
    return;
  }
  if (shape === 'quantity') {
    if (typeof value !== 'number' && !(typeof value === 'string' && /^[+-]?\d+(\.\d+)?([EPTGMK]i?|[munkMGTPE]|e[+-]?\d+)?$/.test(value)))
      out.push(`${path} must be a quantity`);
    return;
  }
  if ('enum' in shape && Array.isArray(shape.enum)) {
    if (!shape.enum.includes(value as string)) out.push(`${path} must be one of ${shape.enum.join(', ')}`);
    return;
  }
  if ('listOf' in shape && typeof shape.listOf !== 'undefined' && Object.keys(shape).length === 1) {
    if (!Array.isArray(value)) {
      out.push(`${path} must be a list`);
      return;
    }
    value.forEach((v, i) => check(v, shape.listOf as Shape, `${path}/${i}`, out));
    return;
  }
  if (!isMap(value)) {
    out.push(`${path} must be an object`);
    return;
  }
  if ('mapOf' in shape && Object.keys(shape).length === 1) {
    for (const [k, v] of Object.entries(value)) check(v, shape.mapOf as Shape, `${path}/${k}`, out);
    return;
  }
  const fields = shape as Record<string, Shape>;
  for (const [k, v] of Object.entries(value)) {
    if (!(k in fields)) out.push(`${path}/${k} is not a field k8s/ may use (scripts/deploy/cnpg-fields.ts)`);
    else check(v, fields[k], `${path}/${k}`, out);
  }
}

export function knowsCnpg(o: { apiVersion: string; kind: string }): boolean {
  return `${o.apiVersion}/${o.kind}` in CNPG_SHAPES;
}

/** Problems of a CloudNativePG object: wrong types, values outside an enum, fields not on the list. */
export function cnpgProblems(o: K8sObject): string[] {
  const out: string[] = [];
  check(o, CNPG_SHAPES[`${o.apiVersion}/${o.kind}`], '', out);
  if (!o.metadata?.name) out.push('/metadata/name is required');
  return out;
}
