/**
 * Which environment variables the services read, and where compose and the manifests provide them.
 * Source of truth: each service's config class (class-validator metadata of BaseServiceConfig and the
 * service's own properties) plus the variables apps/ and libs/ read straight from the environment.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { parse } from 'yaml';
import { type BaseServiceConfig } from '@tradein/service-runtime';
import { containersOf, podSpecOf, type K8sObject } from './k8s-objects';
import { ROOT } from './service-discovery';

/**
 * Read from the environment but never set in compose or Kubernetes, on purpose:
 *  - PG_PORT, KAFKA_PORT: ports of the project's own local PostgreSQL and Kafka (scripts/infra), only
 *    used when DATABASE_URL / KAFKA_BROKERS are unset outside production;
 *  - SERVICE_NAME: the logger's fallback name; bootstrapService passes the service name itself;
 *  - S3_PORT: port of the local object store (scripts/infra/objectstore.sh), used when S3_ENDPOINT is unset outside production.
 */
export const LOCAL_ONLY = new Set(['PG_PORT', 'KAFKA_PORT', 'SERVICE_NAME', 'S3_PORT']);

/**
 * Set in compose / Kubernetes without being a service setting: SERVICE (the image's entry point picks
 * the service), DB_USERNAME / DB_PASSWORD (compose the database URL in the pod), OTEL_SERVICE_NAME
 * (the standard OpenTelemetry resource variable, for SDKs and collectors).
 */
export const NOT_SETTINGS = new Set(['SERVICE', 'DB_USERNAME', 'DB_PASSWORD', 'OTEL_SERVICE_NAME']);

type ConfigClass = new () => BaseServiceConfig;

/** Property names of a config class: every validated property (inherited too) and every defaulted one. */
export function configSettings(cls: ConfigClass): string[] {
  const validated = getMetadataStorage()
    .getTargetValidationMetadatas(cls, '', true, false)
    .map((m) => m.propertyName);
  return [...new Set([...validated, ...Object.keys(new cls())])].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return ['node_modules', 'test', 'testing'].includes(f) ? [] : sourceFiles(p);
    return /\.ts$/.test(f) && !/\.(int-)?spec\.ts$/.test(f) ? [p] : [];
  });
}

/** Variables read by name from the environment in apps/ and libs/ (process.env.X, env['X']), test code excluded. */
export function directEnvReads(): Map<string, string[]> {
  const reads = new Map<string, string[]>();
  const re = /\b(?:process\.env|env)(?:\[\s*['"]([A-Z][A-Z0-9_]*)['"]\s*\]|\.([A-Z][A-Z0-9_]*))/g;
  for (const file of [...sourceFiles(join(ROOT, 'apps')), ...sourceFiles(join(ROOT, 'libs'))]) {
    for (const m of readFileSync(file, 'utf8').matchAll(re)) {
      const name = m[1] ?? m[2];
      reads.set(name, [...(reads.get(name) ?? []), relative(ROOT, file)]);
    }
  }
  return reads;
}

/** What a service needs provided: its config properties and the direct reads, less LOCAL_ONLY. */
export function requiredSettings(cls: ConfigClass, directReads: Iterable<string>): string[] {
  return [...new Set([...configSettings(cls), ...directReads])].filter((s) => !LOCAL_ONLY.has(s)).sort();
}

/**
 * Settings not provided. Two have per-service aliases resolved by loadConfig: DATABASE_URL is
 * satisfied by DATABASE_URL (the server) or <SHORT>_DATABASE_URL, PORT by PORT or <SHORT>_PORT.
 */
export function missingSettings(service: string, required: readonly string[], provided: Iterable<string>): string[] {
  const have = new Set(provided);
  const short = service.replace(/-service$/, '').toUpperCase();
  const aliases: Record<string, string[]> = { DATABASE_URL: [`${short}_DATABASE_URL`], PORT: [`${short}_PORT`] };
  return required.filter((s) => !have.has(s) && !(aliases[s] ?? []).some((a) => have.has(a)));
}

/** Provided names that no service reads (a typo or a removed setting). */
export function unusedSettings(service: string, required: readonly string[], provided: Iterable<string>): string[] {
  const short = service.replace(/-service$/, '').toUpperCase();
  const known = new Set([...required, ...NOT_SETTINGS, ...LOCAL_ONLY, `${short}_DATABASE_URL`, `${short}_PORT`]);
  return [...provided].filter((s) => !known.has(s));
}

export interface ComposeFile {
  services: Record<string, Record<string, unknown>>;
}

export function readCompose(path = join(ROOT, 'docker/compose.yaml')): ComposeFile {
  return parse(readFileSync(path, 'utf8'), { merge: true }) as ComposeFile;
}

/** compose's `${VAR:-default}`, `${VAR:?error}`, `${VAR}` with `vars` (from docker/.env), else the default or ''. */
export function interpolate(value: string, vars: Record<string, string>): string {
  return value.replace(/\$\{([A-Z0-9_]+)(?:(:?[-?])([^}]*))?\}/g, (_, name: string, op: string | undefined, rest: string | undefined) => {
    if (vars[name] !== undefined && vars[name] !== '') return vars[name];
    if (op?.endsWith('?')) throw new Error(`compose needs ${name}: ${rest ?? ''}`);
    return op?.endsWith('-') ? (rest ?? '') : '';
  });
}

/** A compose service's environment as the container sees it. */
export function composeEnvironment(compose: ComposeFile, service: string, vars: Record<string, string>): Record<string, string> {
  const env = (compose.services[service]?.['environment'] ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, interpolate(String(v ?? ''), vars)]));
}

type Obj = Record<string, unknown>;

/** The main container's environment of a rendered Deployment: envFrom ConfigMaps/Secrets, then env (with $(VAR) expansion). */
export function deploymentEnvironment(objects: readonly K8sObject[], deployment: string): Record<string, string> {
  const d = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === deployment);
  if (!d) throw new Error(`no Deployment ${deployment}`);
  const data = (kind: string, name: unknown): Record<string, string> => {
    const o = objects.find((x) => x.kind === kind && x.metadata.name === name);
    const raw = (o?.['data'] ?? {}) as Record<string, string>;
    return kind === 'Secret' ? Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Buffer.from(v, 'base64').toString()])) : raw;
  };
  const main = containersOf(podSpecOf(d)).find((c) => c['name'] === deployment)!;
  const env: Record<string, string> = {};
  for (const e of (main['envFrom'] as Obj[] | undefined) ?? []) {
    const cm = e['configMapRef'] as Obj | undefined;
    const s = e['secretRef'] as Obj | undefined;
    Object.assign(env, cm ? data('ConfigMap', cm['name']) : data('Secret', s?.['name']));
  }
  for (const e of (main['env'] as Obj[] | undefined) ?? []) {
    const from = e['valueFrom'] as Obj | undefined;
    const ref = (from?.['secretKeyRef'] ?? from?.['configMapKeyRef']) as Obj | undefined;
    env[String(e['name'])] = ref
      ? (data(from?.['secretKeyRef'] ? 'Secret' : 'ConfigMap', ref['name'])[String(ref['key'])] ?? '')
      : String(e['value'] ?? '').replace(/\$\(([A-Za-z0-9_]+)\)/g, (m, n: string) => env[n] ?? m);
  }
  return env;
}
