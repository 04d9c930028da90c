import { LRUCache } from 'lru-cache';

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
 * forgotten first (lru-cache), so a caller sending endless new queries costs a bounded amount of memory
 * (≤ 512 × 1 KB) and the validation it would have cost anyway.
 *
 * On a hit the pipe does not run, so it does not strip prototype keys from `req.query` either: only the DTO is the
 * validated query (nothing reads `req.query` after the pipe).
 */
const PURE = Symbol('pureQueryValidation');
export const MEMO_LIMIT = 512;
export const MAX_KEY_LENGTH = 1024;

type Dto = Record<string, unknown>;
type Memo = LRUCache<string, Dto>;

/** Marks a query DTO whose validation depends only on the query (its rules are class-validator's own checks). */
export function PureQueryValidation(): ClassDecorator {
  return (target) => {
    if (!Object.prototype.hasOwnProperty.call(target, PURE))
      Object.defineProperty(target, PURE, { value: new LRUCache<string, Dto>({ max: MEMO_LIMIT }) });
  };
}

/** The class's own memo: a subclass (which may add rules) neither shares nor inherits its parent's. */
function memoOf(metatype: unknown): Memo | undefined {
  return typeof metatype === 'function' && Object.prototype.hasOwnProperty.call(metatype, PURE)
    ? (metatype as unknown as Record<symbol, Memo>)[PURE]
    : undefined;
}

const isRecord = (o: unknown): o is Dto => typeof o === 'object' && o !== null && !Array.isArray(o);

/** A query as fastify parses it, every value one string (a repeated key is an array: not kept). */
function flatQuery(o: unknown): o is Dto {
  return isRecord(o) && Object.keys(o).every((k) => typeof o[k] === 'string');
}

const SHAREABLE = new Set(['string', 'number', 'boolean', 'undefined']);

/** A DTO whose own fields are strings, numbers or booleans, holding every key of the query it was built from. */
function keepable(dto: unknown, query: Dto): dto is Dto {
  return (
    isRecord(dto) &&
    Object.keys(dto).every((k) => SHAREABLE.has(typeof dto[k])) &&
    // A key the pipe stripped unseen (a prototype key) is not a field of the DTO: such a query is never kept.
    Object.keys(query).every((k) => Object.prototype.hasOwnProperty.call(dto, k))
  );
}

/** A new instance of the DTO's class with the same (primitive) fields: handlers may change their copy. */
function copyOf(dto: Dto): Dto {
  return Object.assign(Object.create(Object.getPrototypeOf(dto) as object | null) as Dto, dto);
}

/**
 * The DTO of a whole query (`@Query()`): a copy of the one kept for the same query string, else `validate()`'s answer,
 * kept when it is safe to share. Anything else (a class that did not opt in, a query that is not flat or too long,
 * an invalid one: `validate()` throws) is validated as always.
 */
export async function validatedQuery(metatype: unknown, value: unknown, validate: () => Promise<unknown>): Promise<unknown> {
  const memo = memoOf(metatype);
  if (!memo || !flatQuery(value)) return validate();
  const key = JSON.stringify(value);
  if (key.length > MAX_KEY_LENGTH) return validate();
  const kept = memo.get(key);
  if (kept) return copyOf(kept);
  const query = { ...value }; // the pipe strips prototype keys from `value` itself
  const dto = await validate();
  if (keepable(dto, query)) memo.set(key, copyOf(dto));
  return dto;
}
