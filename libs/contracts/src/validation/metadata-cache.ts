import { getMetadataStorage } from 'class-validator';

/** The part of class-validator's (public, process-wide) metadata storage that validation reads on every call. */
interface Storage {
  getTargetValidationMetadatas(target: object, schema: string, always: boolean, strictGroups: boolean, groups?: string[]): unknown[];
  groupByPropertyName(metadata: unknown[]): Record<string, unknown[]>;
  addValidationMetadata(metadata: unknown): void;
  addConstraintMetadata(metadata: unknown): void;
}

let installed = false;

/**
 * class-validator looks up a class's rules on every validate() call by filtering its whole registry (and testing
 * `instanceof` against every registered class for inherited rules): ≈ 3-4 % of a quote's or a catalog request's
 * CPU (issue 15, docs/perf.md). The answer only changes when a rule is registered, so it is kept per class and
 * options, and forgotten whenever a decorator registers anything. Same rules, same results, computed once.
 */
export function cacheValidationMetadata(): void {
  if (installed) return;
  installed = true;
  const storage = getMetadataStorage() as unknown as Storage;
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  let byTarget = new WeakMap<object, Map<string, unknown[]>>();
  let grouped = new WeakMap<unknown[], Record<string, unknown[]>>();
  const forget = (): void => {
    byTarget = new WeakMap();
    grouped = new WeakMap();
  };
  for (const name of ['addValidationMetadata', 'addConstraintMetadata'] as const) {
    const add = storage[name].bind(storage);
    storage[name] = (metadata: unknown) => {
      forget();
      add(metadata);
    };
  }
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    let forTarget = byTarget.get(target);
    if (!forTarget) byTarget.set(target, (forTarget = new Map()));
    const key = `${schema}|${always}|${strictGroups}|${groups?.join('\u0000') ?? ''}`;
    let found = forTarget.get(key);
    if (!found) forTarget.set(key, (found = lookup(target, schema, always, strictGroups, groups)));
    return found;
  };
  storage.groupByPropertyName = (metadata) => {
    let found = grouped.get(metadata);
    if (!found) grouped.set(metadata, (found = group(metadata)));
    return found;
  };
}
