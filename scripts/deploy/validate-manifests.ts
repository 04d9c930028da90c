/**
 * Offline validation of rendered objects: the OpenAPI schemas of kubernetes-models (core API) and
 * @kubernetes-models/strimzi-kafka-operator (Strimzi) for types, required fields and enums (run by
 * schema-validate.mjs in a plain node process: those packages are ES modules only), their type
 * declarations for unknown fields (unknown-fields.ts), and an explicit field list for CloudNativePG,
 * which no package ships (cnpg-fields.ts). Any other kind is reported as unvalidated.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { cnpgProblems, knowsCnpg } from './cnpg-fields';
import { type K8sObject } from './k8s-objects';
import { UnknownFieldChecker } from './unknown-fields';

export interface Finding {
  object: string;
  problem: string;
}

type SchemaResult = { status: 'ok' } | { status: 'no-schema' } | { status: 'invalid'; errors: string[] };

const id = (o: K8sObject) => `${o.kind}/${o.metadata?.name ?? '?'}`;

/**
 * Kustomize writes a Secret's base64 values as YAML blocks broken every 70 characters; the API server's
 * decoder (Go's encoding/base64) skips line breaks, so the schema's "byte" format is checked without them.
 */
function asApiServerReads(o: K8sObject): K8sObject {
  const data = o['data'];
  if (o.kind !== 'Secret' || typeof data !== 'object' || data === null) return o;
  const joined = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === 'string' ? v.replace(/[\r\n]/g, '') : v]));
  return { ...o, data: joined };
}

function schemaResults(objects: readonly K8sObject[]): SchemaResult[] {
  const out = execFileSync(process.execPath, [join(__dirname, 'schema-validate.mjs')], {
    input: JSON.stringify(objects.map(asApiServerReads)),
    cwd: join(__dirname, '../..'),
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.toString()) as SchemaResult[];
}

export class ManifestValidator {
  private fields?: UnknownFieldChecker;

  /** Every problem found in `objects`; empty when all are valid. */
  validate(objects: readonly K8sObject[]): Finding[] {
    const findings: Finding[] = [];
    const schemaChecked = objects.filter((o) => !knowsCnpg(o));
    const results = schemaResults(schemaChecked);
    const typed = schemaChecked.filter((_, i) => results[i].status !== 'no-schema');
    this.fields ??= new UnknownFieldChecker(typed);
    schemaChecked.forEach((o, i) => {
      const r = results[i];
      if (r.status === 'no-schema') findings.push({ object: id(o), problem: `no schema for ${o.apiVersion} ${o.kind}` });
      if (r.status === 'invalid') findings.push(...r.errors.map((problem) => ({ object: id(o), problem })));
      if (r.status !== 'no-schema') {
        if (!this.fields!.knows(o)) this.fields = new UnknownFieldChecker([...typed, o]);
        findings.push(...this.fields!.unknownFields(o).map((p) => ({ object: id(o), problem: `${p} is not a field of ${o.kind}` })));
      }
    });
    for (const o of objects.filter(knowsCnpg)) findings.push(...cnpgProblems(o).map((problem) => ({ object: id(o), problem })));
    return findings;
  }
}
