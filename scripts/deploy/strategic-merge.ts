/**
 * The part of Kubernetes' strategic merge patch our kustomizations need: maps merge recursively, a
 * `null` value deletes a key, `$patch: delete` at the top deletes the object (returns null) and
 * `$patch: replace` in a map replaces it; lists of objects that all carry a `name` (containers, env,
 * volumes, ports, ...) merge item by item on that name, other lists are replaced.
 */
type Json = unknown;
type Obj = Record<string, Json>;

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const named = (v: Json): v is Obj[] => Array.isArray(v) && v.length > 0 && v.every((i) => isObj(i) && typeof i['name'] === 'string');

function mergeList(base: Obj[], patch: Obj[]): Obj[] {
  const out = base.map((i) => structuredClone(i));
  for (const p of patch) {
    const at = out.findIndex((i) => i['name'] === p['name']);
    if (p['$patch'] === 'delete') {
      if (at >= 0) out.splice(at, 1);
    } else if (at >= 0) {
      out[at] = mergeValue(out[at], p) as Obj;
    } else {
      out.push(strip(structuredClone(p)) as Obj);
    }
  }
  return out;
}

function strip(v: Json): Json {
  if (isObj(v)) {
    const { $patch: _, ...rest } = v;
    return Object.fromEntries(Object.entries(rest).map(([k, x]) => [k, strip(x)]));
  }
  return Array.isArray(v) ? v.map(strip) : v;
}

function mergeValue(base: Json, patch: Json): Json {
  if (isObj(patch)) {
    if (patch['$patch'] === 'replace' || !isObj(base)) return strip(structuredClone(patch));
    const out: Obj = structuredClone(base);
    for (const [k, v] of Object.entries(patch)) {
      if (k === '$patch') continue;
      if (v === null) delete out[k];
      else out[k] = k in out ? mergeValue(out[k], v) : strip(structuredClone(v));
    }
    return out;
  }
  if (named(patch) && named(base)) return mergeList(base, patch);
  return strip(structuredClone(patch));
}

/** The patched object, or null when the patch says `$patch: delete`. */
export function strategicMerge(base: Obj, patch: Obj): Obj | null {
  if (patch['$patch'] === 'delete') return null;
  return mergeValue(base, patch) as Obj;
}
