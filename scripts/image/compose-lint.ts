/**
 * Checks docker/compose.yaml without Docker: against the Compose Specification's JSON schema (the copy
 * the dclint package ships, schemas/compose.schema.json; unknown keys, wrong types and unknown
 * depends_on conditions are refused there), then a few rules the schema cannot express: depends_on
 * names existing services, service_healthy waits on a service with a health check, durations parse
 * as Go durations, each image is built by one service only and an image of ours that no service builds
 * (it would be pulled) is reported.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';

type Obj = Record<string, unknown>;

let validator: ValidateFunction | undefined;

/** The compose-spec schema, compiled once. */
function schemaValidator(): ValidateFunction {
  if (validator) return validator;
  const path = join(dirname(require.resolve('dclint/package.json')), 'schemas/compose.schema.json');
  const schema = JSON.parse(readFileSync(path, 'utf8')) as Obj;
  delete schema['$schema'];
  // strict off: the schema uses annotations ajv does not know (deprecated); unions of types are intended.
  validator = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true }).compile(schema);
  return validator;
}

function describe(e: ErrorObject): string {
  const at = e.instancePath || '/';
  if (e.keyword === 'additionalProperties') return `${at}: unknown key ${String((e.params as Obj)['additionalProperty'])}`;
  if (e.keyword === 'enum') return `${at} ${e.message ?? ''}: ${((e.params as Obj)['allowedValues'] as unknown[]).join(', ')}`;
  return `${at} ${e.message ?? ''}`;
}

const GO_DURATION = /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/;

function ruleProblems(doc: Obj): string[] {
  const out: string[] = [];
  const services = (doc['services'] ?? {}) as Record<string, Obj>;
  const builtBy = new Map<string, string[]>();
  for (const [name, s] of Object.entries(services)) {
    if (s['build'] !== undefined && typeof s['image'] === 'string') builtBy.set(s['image'], [...(builtBy.get(s['image']) ?? []), name]);
  }
  for (const [image, names] of builtBy)
    if (names.length > 1) out.push(`image ${image} is built by ${names.join(' and ')}: build it once, reuse it by image`);
  for (const [name, s] of Object.entries(services)) {
    const at = `/services/${name}`;
    const image = s['image'];
    if (s['build'] === undefined && typeof image === 'string' && /^tradein-/.test(image) && !builtBy.has(image)) {
      out.push(`${at}: image ${image} is built by no service (compose would try to pull it)`);
    }
    const deps = s['depends_on'];
    const entries: [string, Obj][] = Array.isArray(deps)
      ? deps.map((d) => [String(d), { condition: 'service_started' }])
      : Object.entries((deps ?? {}) as Record<string, Obj>);
    for (const [dep, spec] of entries) {
      const target = services[dep];
      if (!target) {
        out.push(`${at}/depends_on: no service ${dep}`);
        continue;
      }
      const hc = target['healthcheck'] as Obj | undefined;
      if (spec?.['condition'] === 'service_healthy' && (!hc?.['test'] || hc['disable'] === true)) {
        out.push(`${at}/depends_on/${dep}: service_healthy, but ${dep} has no health check`);
      }
    }
    const durations: [string, unknown][] = [
      ['stop_grace_period', s['stop_grace_period']],
      ...['interval', 'timeout', 'start_period', 'start_interval'].map((k): [string, unknown] => [
        `healthcheck/${k}`,
        (s['healthcheck'] as Obj | undefined)?.[k],
      ]),
    ];
    for (const [key, value] of durations) {
      if (typeof value === 'string' && !value.includes('$') && !GO_DURATION.test(value))
        out.push(`${at}/${key}: ${value} is not a duration (e.g. 10s, 1m30s)`);
    }
  }
  return out;
}

/** Every problem of a compose file's text; empty when it passes. */
export function lintCompose(source: string): string[] {
  let doc: unknown;
  try {
    doc = parse(source, { merge: true });
  } catch (err) {
    return [`not YAML: ${(err as Error).message}`];
  }
  const validate = schemaValidator();
  const schemaProblems = validate(doc) ? [] : [...new Set((validate.errors ?? []).map(describe))];
  return [...schemaProblems, ...ruleProblems((doc ?? {}) as Obj)];
}
