/**
 * Unknown-field check. The JSON schemas that kubernetes-models compiles accept any extra key (the
 * Kubernetes OpenAPI has no additionalProperties: false), but the API server drops or refuses them, so
 * a typo like `readinesProbe` would pass silently. The packages' type declarations list every field:
 * walk each object against its declared interface (`I<Kind>`) with the TypeScript checker and report
 * every key that is not a property (maps with an index signature, like labels, take any key).
 */
import { join } from 'node:path';
import ts from 'typescript';
import { type K8sObject } from './k8s-objects';

const ROOT = join(__dirname, '../..');
const CRD_PACKAGES: Record<string, string> = {
  'kafka.strimzi.io': '@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io',
};

/** The module that declares I<Kind> for an apiVersion, as the schema validator resolves it. */
export function typesModule(apiVersion: string, kind: string): string {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  const base = CRD_PACKAGES[group] ?? (group ? `kubernetes-models/${group}` : 'kubernetes-models');
  return `${base}/${version}/${kind}`;
}

const key = (o: { apiVersion: string; kind: string }) => `${o.apiVersion}/${o.kind}`;

export class UnknownFieldChecker {
  private readonly checker: ts.TypeChecker;
  private readonly types = new Map<string, ts.Type>();

  /** Loads the declarations of every kind in `kinds` (one TypeScript program, a second or two). */
  constructor(kinds: readonly { apiVersion: string; kind: string }[]) {
    const unique = [...new Map(kinds.map((k) => [key(k), k])).values()];
    const file = join(ROOT, '__k8s_field_types__.ts');
    const source = unique
      .map((k, i) => `import type { I${k.kind} as T${i} } from '${typesModule(k.apiVersion, k.kind)}';\nexport type K${i} = T${i};`)
      .join('\n');
    const options: ts.CompilerOptions = {
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    };
    const host = ts.createCompilerHost(options);
    const original = host.getSourceFile.bind(host);
    host.getSourceFile = (name, lang, ...rest) => (name === file ? ts.createSourceFile(name, source, lang) : original(name, lang, ...rest));
    const program = ts.createProgram([file], options, host);
    this.checker = program.getTypeChecker();
    const sf = program.getSourceFile(file)!;
    const resolved = new Set<string>();
    sf.statements.filter(ts.isTypeAliasDeclaration).forEach((decl) => {
      const i = Number(decl.name.text.slice(1));
      const type = this.checker.getTypeAtLocation(decl.name);
      if (!(type.flags & ts.TypeFlags.Any)) {
        this.types.set(key(unique[i]), type);
        resolved.add(key(unique[i]));
      }
    });
  }

  /** True when declarations were found for this kind. */
  knows(o: { apiVersion: string; kind: string }): boolean {
    return this.types.has(key(o));
  }

  /** Paths of keys that the kind's declaration does not have, e.g. `/spec/template/spec/containers/0/readinesProbe`. */
  unknownFields(o: K8sObject): string[] {
    const type = this.types.get(key(o));
    if (!type) throw new Error(`no type declarations for ${key(o)}`);
    const out: string[] = [];
    this.walk(o, type, '', out);
    return out;
  }

  private walk(value: unknown, type: ts.Type, path: string, out: string[]): void {
    if (value === null || typeof value !== 'object') return;
    const t = this.checker.getNonNullableType(type);
    if (t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return;
    const parts = t.isUnion() ? t.types : [t];
    if (Array.isArray(value)) {
      const arr = parts.find((p) => this.checker.isArrayType(p) || this.checker.isTupleType(p));
      if (!arr) return; // a type mismatch, reported by the schema validator
      const element =
        this.checker.getIndexTypeOfType(arr, ts.IndexKind.Number) ?? this.checker.getTypeArguments(arr as ts.TypeReference)[0];
      value.forEach((v, i) => element && this.walk(v, element, `${path}/${i}`, out));
      return;
    }
    const objects = parts.filter((p) => p.flags & ts.TypeFlags.Object && !this.checker.isArrayType(p));
    // No object type, or a free-form one (`{}`: x-kubernetes-preserve-unknown-fields, e.g. a topic's config).
    if (!objects.length || objects.some((p) => p.getProperties().length === 0)) return;
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const owner = objects.find((p) => p.getProperty(k));
      const prop = owner?.getProperty(k);
      if (prop) {
        this.walk(v, this.checker.getTypeOfSymbol(prop), `${path}/${k}`, out);
        continue;
      }
      const index = objects.map((p) => this.checker.getIndexTypeOfType(p, ts.IndexKind.String)).find(Boolean);
      if (index) {
        this.walk(v, index, `${path}/${k}`, out);
        continue;
      }
      out.push(`${path}/${k}`);
    }
  }
}
