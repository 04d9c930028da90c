/**
 * A value the screen's flow guarantees (a command offered only once its box, quote or job exists): a named
 * error, shown like any other, instead of a crash on `undefined` if that ever stops holding.
 */
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
}
