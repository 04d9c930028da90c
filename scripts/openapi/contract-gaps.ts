/**
 * What every operation of every service must declare (issue 14): a summary, a domain tag, its security
 * requirement, a 2xx schema and problem+json errors; and no schema may be an empty object that
 * admits nothing (`Record<string, never>` in the client).
 */
interface SchemaLike {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, SchemaLike>;
  additionalProperties?: boolean | SchemaLike;
  items?: SchemaLike;
  allOf?: SchemaLike[];
  oneOf?: SchemaLike[];
  anyOf?: SchemaLike[];
  enum?: unknown[];
}
interface MediaLike { schema?: SchemaLike }
interface ResponseLike { content?: Record<string, MediaLike> }
interface ParameterLike {
  name?: string;
  in?: string;
  schema?: { pattern?: string; minLength?: number; maxLength?: number };
}
interface OperationLike {
  summary?: string;
  parameters?: ParameterLike[];
  tags?: string[];
  security?: Array<Record<string, string[]>>;
  responses?: Record<string, ResponseLike>;
  requestBody?: { content?: Record<string, MediaLike> };
}
export interface DocumentLike {
  security?: Array<Record<string, string[]>>;
  paths: Record<string, Record<string, OperationLike>>;
  components?: { schemas?: Record<string, SchemaLike> };
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
/** Operations meant for anyone: none today besides health and /docs, which are not in the documents. */
const PUBLIC_OPERATIONS = new Set<string>([]);
/** Tags are domain words, never a code class name (…Controller, …Service, …Dto). */
const CLASS_NAME = /(Controller|Service|Dto|Handler)$|^[A-Z][a-z]+[A-Z]/;
/** Bodies that are not JSON, by design (e.g. Prometheus text, CSV uploads, ZPL labels). */
const NON_JSON_SUCCESS = /^(text\/|application\/pdf$|application\/octet-stream$)/;

export function operationGaps(doc: DocumentLike): string[] {
  const gaps: string[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const id = `${method.toUpperCase()} ${path}`;
      if (!op.summary?.trim()) gaps.push(`${id}: no summary`);
      if (!op.tags?.length) gaps.push(`${id}: no tag`);
      for (const tag of op.tags ?? []) if (CLASS_NAME.test(tag)) gaps.push(`${id}: tag "${tag}" looks like a class name`);
      const security = op.security ?? doc.security ?? [];
      if (!PUBLIC_OPERATIONS.has(id) && !security.some((s) => Object.keys(s).length > 0)) gaps.push(`${id}: no security requirement`);
      const responses = Object.entries(op.responses ?? {});
      const ok = responses.filter(([status]) => /^2\d\d$/.test(status));
      if (!ok.length) gaps.push(`${id}: no 2xx response`);
      for (const [status, r] of ok) {
        if (status === '204') continue;
        const media = Object.entries(r.content ?? {});
        if (!media.length) gaps.push(`${id}: ${status} has no content`);
        for (const [type, m] of media) {
          if (NON_JSON_SUCCESS.test(type)) continue;
          if (!m.schema) gaps.push(`${id}: ${status} ${type} has no schema`);
          else if (!isTyped(m.schema)) gaps.push(`${id}: ${status} ${type} schema is untyped (an example only)`);
        }
      }
      const errors = responses.filter(([status]) => /^4\d\d$/.test(status));
      if (!errors.length) gaps.push(`${id}: no error responses`);
      for (const [status, r] of errors) {
        if (!r.content?.['application/problem+json']?.schema) gaps.push(`${id}: ${status} is not application/problem+json`);
      }
      if (!errors.some(([s]) => s === '401')) gaps.push(`${id}: no 401`);
      for (const p of op.parameters ?? []) {
        if (p.in !== 'header' || p.name?.toLowerCase() !== 'idempotency-key') continue;
        // Its rules (issue 14): the alphabet and 8-128 characters withIdempotency enforces.
        if (!p.schema?.pattern || p.schema.minLength !== 8 || p.schema.maxLength !== 128) gaps.push(`${id}: Idempotency-Key without its rules`);
      }
    }
  }
  return gaps;
}

/** A schema that says what the value is, not just an example of it. */
function isTyped(s: SchemaLike): boolean {
  return Boolean(s.$ref || s.type || s.properties || s.allOf?.length || s.oneOf?.length || s.anyOf?.length);
}

/** Every schema, inline or in components, that is an object admitting no property at all. */
export function emptyObjectSchemas(doc: DocumentLike): string[] {
  const found: string[] = [];
  const visit = (s: SchemaLike | undefined, where: string): void => {
    if (!s || s.$ref) return;
    const composed = (s.allOf?.length ?? 0) + (s.oneOf?.length ?? 0) + (s.anyOf?.length ?? 0) > 0;
    const isObject = !composed && s.enum === undefined && (s.type === 'object' || (s.type === undefined && s.properties !== undefined));
    if (isObject && Object.keys(s.properties ?? {}).length === 0 && (s.additionalProperties === undefined || s.additionalProperties === false)) {
      found.push(where);
    }
    for (const [k, p] of Object.entries(s.properties ?? {})) visit(p, `${where}.${k}`);
    if (typeof s.additionalProperties === 'object') visit(s.additionalProperties, `${where}{*}`);
    visit(s.items, `${where}[]`);
    for (const part of [...(s.allOf ?? []), ...(s.oneOf ?? []), ...(s.anyOf ?? [])]) visit(part, `${where}|`);
  };
  for (const [name, s] of Object.entries(doc.components?.schemas ?? {})) visit(s, `#/components/schemas/${name}`);
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      for (const [status, r] of Object.entries(op.responses ?? {})) {
        for (const [type, m] of Object.entries(r.content ?? {})) visit(m.schema, `${method.toUpperCase()} ${path} ${status} ${type}`);
      }
      for (const [type, m] of Object.entries(op.requestBody?.content ?? {})) visit(m.schema, `${method.toUpperCase()} ${path} body ${type}`);
    }
  }
  return found;
}
