/** Hostile requests built from a service's own OpenAPI document: one set per operation. */

export interface Operation {
  method: string;
  path: string;
  pathParams: string[];
  queryParams: string[];
  jsonBody: boolean;
  bodyProps: Record<string, string>;
}

export interface HostileRequest {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

interface OpenApiDoc {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Array<{ in: string; name: string }>;
        requestBody?: { content?: Record<string, { schema?: { $ref?: string; properties?: Record<string, { type?: string }> } }> };
      }
    >
  >;
  components?: { schemas?: Record<string, { properties?: Record<string, { type?: string }> }> };
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete'];

/** Every operation of the document: the routes the service really has (the document is built from its controllers). */
export function operationsOf(doc: OpenApiDoc): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const params = op.parameters ?? [];
      const json = op.requestBody?.content?.['application/json'];
      const ref = json?.schema?.$ref?.split('/').pop();
      const props = (ref ? doc.components?.schemas?.[ref]?.properties : json?.schema?.properties) ?? {};
      ops.push({
        method: method.toUpperCase(),
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: params.filter((p) => p.in === 'query').map((p) => p.name),
        jsonBody: Boolean(json),
        bodyProps: Object.fromEntries(Object.entries(props).map(([k, v]) => [k, v.type ?? 'object'])),
      });
    }
  }
  return ops;
}

function fill(path: string, value: (name: string) => string): string {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(value(name)));
}

const JSON_TYPE = { 'content-type': 'application/json' };
const cursor = (c: object) => Buffer.from(JSON.stringify(c)).toString('base64url');

/**
 * The input classes of issue 14 for one operation: NUL and unpaired surrogates in path, query and body; null
 * fields; deep nesting; numbers beyond any column; cursors decoding to out-of-range values; non-JSON bodies.
 */
export function hostileRequests(op: Operation): HostileRequest[] {
  const path = fill(op.path, () => 'ok-id-1');
  const out: HostileRequest[] = [
    { kind: 'NUL in path', method: op.method, path: op.pathParams.length ? fill(op.path, () => 'a\u0000b') : path, headers: {} },
    { kind: 'NUL in query', method: op.method, path: `${path}?${[...op.queryParams, 'q'].map((q) => `${q}=%00`).join('&')}`, headers: {} },
    {
      kind: 'lone surrogate in path',
      method: op.method,
      path: op.pathParams.length ? `${op.path.replace(/\{[^}]+\}/g, '%ED%A0%80')}` : path,
      headers: {},
    },
    {
      kind: 'huge numbers in query',
      method: op.method,
      path: `${path}?${[...op.queryParams, 'limit', 'offset'].map((q) => `${q}=99999999999999999999`).join('&')}`,
      headers: {},
    },
    {
      kind: 'cursor out of range',
      method: op.method,
      path: `${path}?cursor=${cursor({ createdAt: '+275760-09-13T00:00:00.001Z', id: 'x'.repeat(300), offset: 1e308 })}`,
      headers: {},
    },
    {
      kind: 'cursor not JSON',
      method: op.method,
      path: `${path}?cursor=${Buffer.from('\u0000\uffff').toString('base64url')}`,
      headers: {},
    },
  ];
  if (op.method === 'GET' || op.method === 'DELETE') return out;
  const props = Object.keys(op.bodyProps).length ? op.bodyProps : { anything: 'string' };
  const withAll = (v: (type: string) => unknown) => JSON.stringify(Object.fromEntries(Object.entries(props).map(([k, t]) => [k, v(t)])));
  out.push(
    { kind: 'NUL in body', method: op.method, path, headers: JSON_TYPE, body: withAll(() => 'a\u0000b') },
    { kind: 'lone surrogate in body', method: op.method, path, headers: JSON_TYPE, body: withAll(() => 'a\ud800b') },
    { kind: 'null fields', method: op.method, path, headers: JSON_TYPE, body: withAll(() => null) },
    {
      kind: 'numbers beyond any column',
      method: op.method,
      path,
      headers: JSON_TYPE,
      body: withAll((t) =>
        t === 'integer' || t === 'number'
          ? 1e300
          : t === 'string'
            ? '99999999999999999999999'
            : { amountMinor: '9'.repeat(40), value: 2 ** 64 },
      ),
    },
    {
      kind: 'deep nesting',
      method: op.method,
      path,
      headers: JSON_TYPE,
      body: `{"${Object.keys(props)[0]}":${'['.repeat(3000)}${']'.repeat(3000)}}`,
    },
    {
      kind: 'form-encoded body',
      method: op.method,
      path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=1&b=2',
    },
    { kind: 'text body', method: op.method, path, headers: { 'content-type': 'text/plain' }, body: 'hello' },
    { kind: 'malformed JSON', method: op.method, path, headers: JSON_TYPE, body: '{"a":' },
    { kind: 'JSON array body', method: op.method, path, headers: JSON_TYPE, body: '[1,2,3]' },
  );
  return out;
}
