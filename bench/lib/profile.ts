import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  /** Microseconds between consecutive samples. */
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileShare {
  what: string;
  share: number;
}

/** Where a CPU sample's code lives: a package, one of our libs/apps, node internals, or (idle)/(gc)/(program). */
function placeOf(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const ours = /(apps|libs)\/([^/]+)\//.exec(url);
  if (ours) return `${ours[1]}/${ours[2]}`;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  return url.split('/').slice(-2).join('/');
}

/** A span of wall-clock time (Date.now()) during the profiled process's life, and when it exited. */
export interface ProfileWindow {
  from: number;
  to: number;
  exitedAt: number;
}

/**
 * Self time by place (package, our code, node, GC, idle), busiest first; shares of the samples taken in
 * the window (the load, not the start-up and shutdown around it). The profile ends when the process exits.
 */
export function summariseProfiles(
  dir: string,
  window: ProfileWindow,
  top = 12,
): { byPlace: ProfileShare[]; byFunction: ProfileShare[]; samples: number } {
  const byPlace = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    const from = profile.endTime - (window.exitedAt - window.from) * 1000;
    const to = profile.endTime - (window.exitedAt - window.to) * 1000;
    const hitsById = new Map<number, number>();
    let at = profile.startTime;
    profile.samples.forEach((id, i) => {
      at += profile.timeDeltas[i] ?? 0;
      if (at >= from && at <= to) hitsById.set(id, (hitsById.get(id) ?? 0) + 1);
    });
    for (const node of profile.nodes) {
      const hits = hitsById.get(node.id) ?? 0;
      if (!hits) continue;
      total += hits;
      const { functionName, url, lineNumber } = node.callFrame;
      const place = placeOf(url, functionName);
      byPlace.set(place, (byPlace.get(place) ?? 0) + hits);
      const fn = `${functionName || '(anonymous)'} ${place}${url && !url.includes('node_modules') ? `:${lineNumber + 1}` : ''}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + hits);
    }
  }
  const rank = (m: Map<string, number>): ProfileShare[] =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([what, n]) => ({ what, share: total ? n / total : 0 }));
  return { byPlace: rank(byPlace), byFunction: rank(byFunction), samples: total };
}
