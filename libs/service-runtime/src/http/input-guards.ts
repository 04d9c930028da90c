import { type FastifyInstance, type FastifyRequest } from 'fastify';
import { DomainError, type FieldProblem, ValidationFailedError } from '../errors/domain-error';

/** Deeper JSON than this is refused: no request of the platform nests more than a handful of levels. */
export const MAX_JSON_DEPTH = 16;

/** Fastify route config a route sets (via `@AcceptsBody(...)`) to take a body in another media type. */
export interface BodyMediaConfig {
  bodyMediaTypes?: readonly string[];
}

export class UnsupportedMediaTypeError extends DomainError {
  constructor(given: string, allowed: readonly string[]) {
    super(
      'UNSUPPORTED_MEDIA_TYPE',
      `Content-Type ${given || '(none)'} is not accepted here; send ${allowed.join(' or ')}`,
      'unsupported-media-type',
      [{ field: 'Content-Type', reason: `must be ${allowed.join(' or ')}` }],
    );
  }
}

// PostgreSQL text and jsonb cannot hold U+0000; jsonb also refuses an unpaired surrogate escape. Both used to end in 500s.
// eslint-disable-next-line no-control-regex -- matching U+0000 is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function hasBody(req: FastifyRequest): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function mediaType(req: FastifyRequest): string {
  return (req.headers['content-type'] ?? '').split(';', 1).join('').trim().toLowerCase();
}

/**
 * Every problem found in a decoded value: characters PostgreSQL cannot store, `null` (optional fields are
 * omitted, never null: DTOs treat null as "absent" and handlers then dereferenced it), nesting deeper than
 * MAX_JSON_DEPTH. Iterative walk bounded by the depth, so a hostile document cannot exhaust the stack.
 */
export function inputProblems(root: unknown, rootField: string, maxDepth = MAX_JSON_DEPTH): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: root, path: rootField, depth: 0 }];
  for (let item = stack.pop(); item && problems.length < 20; item = stack.pop()) {
    const { value, path, depth } = item;
    if (typeof value === 'string') {
      if (UNSTORABLE.test(value))
        problems.push({ field: path, reason: 'contains a NUL character or an unpaired surrogate, which cannot be stored' });
    } else if (value === null) {
      if (depth > 0) problems.push({ field: path, reason: 'must not be null (omit an optional field instead)' });
    } else if (typeof value === 'object') {
      if (depth >= maxDepth) {
        problems.push({ field: path, reason: `nests deeper than ${maxDepth} levels` });
        continue;
      }
      const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value as object);
      for (const [k, v] of entries) {
        if (UNSTORABLE.test(k)) problems.push({ field: path, reason: 'has a key with a NUL character or an unpaired surrogate' });
        stack.push({ value: v, path: Array.isArray(value) ? `${path}[${k}]` : path ? `${path}.${k}` : k, depth: depth + 1 });
      }
    }
  }
  return problems;
}

/**
 * Request-shape rules every route shares, checked by fastify before Nest sees the request:
 *  - a body must be application/json unless the route accepts another media type (415 otherwise), so form-encoded
 *    or text bodies never reach a handler that expects a validated DTO;
 *  - path parameters, query string and body carry nothing PostgreSQL cannot store, no null, no deep nesting (400).
 */
export function installInputGuards(fastify: FastifyInstance): void {
  // Callback hooks, not async ones: they run on every request, and an async hook costs a promise each time.
  fastify.addHook('onRequest', (req, _reply, done) => {
    if (!hasBody(req)) return done();
    const allowed = ['application/json', ...((req.routeOptions.config as BodyMediaConfig | undefined)?.bodyMediaTypes ?? [])];
    const given = mediaType(req);
    done(allowed.includes(given) ? undefined : new UnsupportedMediaTypeError(given, allowed));
  });
  fastify.addHook('preValidation', (req, _reply, done) => {
    const problems = [...inputProblems(req.params, 'path'), ...inputProblems(req.query, 'query'), ...inputProblems(req.body, '')].map(
      (p) => (p.field === '' ? { ...p, field: 'body' } : p),
    );
    done(problems.length ? new ValidationFailedError(problems) : undefined);
  });
}
