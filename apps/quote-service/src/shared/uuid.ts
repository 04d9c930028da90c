const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot exist, and answers 404 like any unknown id. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
