import { type VelocityRule } from './hold-rules';

/** Velocity rules per partner program, from configuration (JSON); `*` applies to every program. */
export type VelocityRulesByProgram = Readonly<Record<string, readonly VelocityRule[]>>;

interface RawRule {
  scope?: unknown;
  windowHours?: unknown;
  maxCount?: unknown;
  maxEurMinor?: unknown;
}

/** Parses `{"*":[{"scope":"DESTINATION","windowHours":24,"maxCount":5}], "prog-1": [...]}`; throws at boot when wrong. */
export function parseVelocityRules(json: string): VelocityRulesByProgram {
  const raw = JSON.parse(json) as Record<string, RawRule[]>;
  const out: Record<string, VelocityRule[]> = {};
  for (const [program, rules] of Object.entries(raw)) {
    if (!Array.isArray(rules)) throw new Error(`velocity rules for ${program} must be a list`);
    out[program] = rules.map((r, i) => {
      const where = `velocity rule ${program}[${i}]`;
      if (r.scope !== 'SELLER' && r.scope !== 'DESTINATION') throw new Error(`${where}: scope must be SELLER or DESTINATION`);
      if (typeof r.windowHours !== 'number' || !Number.isInteger(r.windowHours) || r.windowHours < 1)
        throw new Error(`${where}: windowHours must be a positive integer`);
      if (r.maxCount === undefined && r.maxEurMinor === undefined) throw new Error(`${where}: needs maxCount or maxEurMinor`);
      if (r.maxCount !== undefined && (typeof r.maxCount !== 'number' || !Number.isInteger(r.maxCount) || r.maxCount < 0))
        throw new Error(`${where}: maxCount must be a non-negative integer`);
      if (r.maxEurMinor !== undefined && (typeof r.maxEurMinor !== 'string' || !/^\d{1,18}$/.test(r.maxEurMinor)))
        throw new Error(`${where}: maxEurMinor must be a string of digits`);
      return {
        scope: r.scope,
        windowHours: r.windowHours,
        ...(r.maxCount !== undefined ? { maxCount: r.maxCount as number } : {}),
        ...(r.maxEurMinor !== undefined ? { maxEurMinor: BigInt(r.maxEurMinor as string) } : {}),
      };
    });
  }
  return out;
}

export function rulesForProgram(rules: VelocityRulesByProgram, programId: string | null | undefined): readonly VelocityRule[] {
  return [...(rules['*'] ?? []), ...((programId && rules[programId]) || [])];
}
