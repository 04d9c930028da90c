/**
 * RFC 6902 JSON Patch (add, remove, replace, test) over plain JSON values, as Kustomize applies a
 * `patches:` entry whose body is a list of operations. A path that does not exist is an error (like
 * Kustomize), so a patch that no longer matches the base fails the render instead of doing nothing.
 */
export interface PatchOp {
  op: 'add' | 'remove' | 'replace' | 'test';
  path: string;
  value?: unknown;
}

type Container = Record<string, unknown> | unknown[];

function tokens(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new Error(`JSON pointer ${path} must start with /`);
  return path.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function isContainer(v: unknown): v is Container {
  return typeof v === 'object' && v !== null;
}

function child(parent: Container, key: string, path: string): unknown {
  if (Array.isArray(parent)) {
    const i = Number(key);
    if (!/^\d+$/.test(key) || i >= parent.length) throw new Error(`${path}: no index ${key}`);
    return parent[i];
  }
  if (!Object.prototype.hasOwnProperty.call(parent, key)) throw new Error(`${path}: no member ${key}`);
  return parent[key];
}

/** Applies the operations to a deep copy of `doc` and returns it. */
export function applyJsonPatch<T>(doc: T, ops: readonly PatchOp[]): T {
  const root = { value: structuredClone(doc) as unknown };
  for (const op of ops) {
    const keys = tokens(op.path);
    if (keys.length === 0) {
      if (op.op === 'replace' || op.op === 'add') root.value = structuredClone(op.value);
      else throw new Error(`${op.op} of the whole document is not supported`);
      continue;
    }
    let parent: unknown = root.value;
    for (const k of keys.slice(0, -1)) {
      if (!isContainer(parent)) throw new Error(`${op.path}: ${k} is not inside an object or array`);
      parent = child(parent, k, op.path);
    }
    if (!isContainer(parent)) throw new Error(`${op.path}: parent is not an object or array`);
    const last = keys[keys.length - 1];
    switch (op.op) {
      case 'test':
        if (JSON.stringify(child(parent, last, op.path)) !== JSON.stringify(op.value)) throw new Error(`${op.path}: test failed`);
        break;
      case 'remove':
        child(parent, last, op.path);
        if (Array.isArray(parent)) parent.splice(Number(last), 1);
        else delete parent[last];
        break;
      case 'replace':
        child(parent, last, op.path);
        if (Array.isArray(parent)) parent[Number(last)] = structuredClone(op.value);
        else parent[last] = structuredClone(op.value);
        break;
      case 'add':
        if (Array.isArray(parent)) {
          const i = last === '-' ? parent.length : Number(last);
          if (!(last === '-' || /^\d+$/.test(last)) || i > parent.length) throw new Error(`${op.path}: bad index ${last}`);
          parent.splice(i, 0, structuredClone(op.value));
        } else {
          parent[last] = structuredClone(op.value);
        }
        break;
      default:
        throw new Error(`unsupported JSON patch op ${(op as PatchOp).op}`);
    }
  }
  return root.value as T;
}
