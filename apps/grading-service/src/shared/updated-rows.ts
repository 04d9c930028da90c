/**
 * TypeORM's postgres driver answers an UPDATE or DELETE ... RETURNING with `[rows, rowCount]` but an
 * INSERT or SELECT with just the rows; this reads the rows from either.
 */
export function returnedRows<T>(raw: unknown): T[] {
  if (Array.isArray(raw) && raw.length === 2 && Array.isArray(raw[0]) && typeof raw[1] === 'number') return raw[0] as T[];
  return raw as T[];
}
