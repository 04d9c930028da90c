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
 * handler could change). Invalid queries are never kept: they are checked, and answered 400, every time. At most
 * MEMO_LIMIT queries per class, the oldest forgotten first, so a caller sending endless new queries costs a
 * bounded amount of memory and the validation it would have cost anyway.
 */
const PURE = Symbol('pureQueryValidation');
export const MEMO_LIMIT = 512;

type Dto = Record<string, unknown>;

/** Marks a query DTO whose validation depends only on the query (its rules are class-validator's own checks). */
export function PureQueryValidation(): ClassDecorator {
  return (target) => {
    Object.defineProperty(target, PURE, { value: new Map<string, Dto>() });
  };
}

function memoOf(metatype: unknown): Map<string, Dto> | undefined {
  return typeof metatype === 'function' && Object.prototype.hasOwnProperty.call(metatype, PURE)
    ? ((metatype as unknown as Record<symbol, Map<string, Dto>>)[PURE] ?? undefined)
    : undefined;
}

const isPrimitive = (v: unknown): boolean => v === undefined || v === null || (typeof v !== 'object' && typeof v !== 'function');

function flat(o: unknown): o is Dto {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return false;
  for (const k in o) if (!isPrimitive((o as Dto)[k])) return false;
  return true;
}

/** A new instance of the DTO's class with the same (primitive) fields: handlers may change their copy. */
function copyOf(dto: Dto): Dto {
  return Object.assign(Object.create(Object.getPrototypeOf(dto) as object | null) as Dto, dto);
}

/** The memo's key of a query, or undefined when the class did not opt in or the query is not flat. */
export function queryMemoKey(metatype: unknown, value: unknown): string | undefined {
  if (!memoOf(metatype) || !flat(value)) return undefined;
  return JSON.stringify(value);
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

export function rememberValidatedQuery(metatype: unknown, key: string, dto: unknown): void {
  const memo = memoOf(metatype);
  if (!memo || !flat(dto)) return;
  if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value as string);
  memo.set(key, copyOf(dto));
}
