/**
 * Validated query objects kept per query string, for the DTO classes that opt in with @PureQueryValidation().
 *
 * Nest's ValidationPipe turns a request's query into its DTO with class-transformer and checks it with
 * class-validator on every request: 14 % of a catalog request's CPU (issue 15, docs/perf.md), for an answer that
 * depends only on the query and the class. A widget's shoppers ask a handful of queries (a category in a market)
 * thousands of times, so the valid ones are kept: a repeat gets a copy of the DTO built the first time.
 *
 * Kept only when it is safe to: the class opted in (its rules read nothing but the value: no clock, no database),
 * the query is flat (strings, as fastify parses it) and so is the DTO (primitives only, so a copy shares nothing a
 * handler could change). Invalid queries are never kept: they are checked, and answered 400, every time; nor is a
 * query with a key the DTO does not hold (Nest strips `__proto__`, `constructor` and `prototype` before the whitelist
 * sees them), nor one longer than MAX_KEY_LENGTH. At most MEMO_LIMIT queries per class, the least recently used
 * forgotten first, so a caller sending endless new queries costs a bounded amount of memory (≤ 512 × 1 KB) and the
 * validation it would have cost anyway.
 *
 * On a hit the pipe does not run, so it does not strip prototype keys from `req.query` either: only the DTO is the
 * validated query (nothing reads `req.query` after the pipe).
 */
const PURE = Symbol('pureQueryValidation');
export const MEMO_LIMIT = 512;
export const MAX_KEY_LENGTH = 1024;

type Dto = Record<string, unknown>;

/** Marks a query DTO whose validation depends only on the query (its rules are class-validator's own checks). */
export function PureQueryValidation(): ClassDecorator {
  return (target) => {
    if (!Object.prototype.hasOwnProperty.call(target, PURE)) Object.defineProperty(target, PURE, { value: new Map<string, Dto>() });
  };
}

function memoOf(metatype: unknown): Map<string, Dto> | undefined {
  return typeof metatype === 'function' && Object.prototype.hasOwnProperty.call(metatype, PURE)
    ? ((metatype as unknown as Record<symbol, Map<string, Dto>>)[PURE] ?? undefined)
    : undefined;
}

const isRecord = (o: unknown): o is Dto => typeof o === 'object' && o !== null && !Array.isArray(o);

/** A query as fastify parses it, every value one string (a repeated key is an array: not kept). */
function flatQuery(o: unknown): o is Dto {
  return isRecord(o) && Object.keys(o).every((k) => typeof o[k] === 'string');
}

/** A DTO whose own fields are strings, numbers or booleans: a shallow copy shares nothing. */
function flatDto(o: unknown): o is Dto {
  return isRecord(o) && Object.keys(o).every((k) => ['string', 'number', 'boolean', 'undefined'].includes(typeof o[k]));
}

/** A new instance of the DTO's class with the same (primitive) fields: handlers may change their copy. */
function copyOf(dto: Dto): Dto {
  return Object.assign(Object.create(Object.getPrototypeOf(dto) as object | null) as Dto, dto);
}

/** The memo's key of a query, or undefined when the class did not opt in or the query is not flat. */
export function queryMemoKey(metatype: unknown, value: unknown): string | undefined {
  if (!memoOf(metatype) || !flatQuery(value)) return undefined;
  const key = JSON.stringify(value);
  return key.length <= MAX_KEY_LENGTH ? key : undefined;
}

export function recallValidatedQuery(metatype: unknown, key: string): Dto | undefined {
  const memo = memoOf(metatype);
  const found = memo?.get(key);
  if (!memo || !found) return undefined;
  // Used again: moved to the newest end, so the limit forgets the least recently used.
  memo.delete(key);
  memo.set(key, found);
  return copyOf(found);
}

/** Keeps the DTO the pipe built from `query` (the parsed query the key was made of), when it is safe to share. */
export function rememberValidatedQuery(metatype: unknown, key: string, query: Dto, dto: unknown): void {
  const memo = memoOf(metatype);
  // Every key of the query must be a field of the DTO: a key the pipe stripped unseen is never kept.
  if (!memo || !flatDto(dto) || !Object.keys(query).every((k) => Object.prototype.hasOwnProperty.call(dto, k))) return;
  if (!memo.has(key) && memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value as string);
  memo.set(key, copyOf(dto));
}
