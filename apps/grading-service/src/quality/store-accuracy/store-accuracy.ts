import { declaredConditionDifferences, type GradedCondition } from './declared-condition-discrepancy';

export interface StoreGradedDevice {
  storeId: string;
  declared: { questionnaire?: Readonly<Record<string, string>> | null; storeChecks?: Readonly<Record<string, string>> | null };
  graded: GradedCondition;
}

export interface StoreAccuracy {
  storeId: string;
  graded: number;
  /** Devices whose store declared something we can compare with. */
  compared: number;
  /** Devices whose declared condition differed from the grade in any aspect, either way. */
  differed: number;
  /** ... declared better than graded (a store discrepancy). */
  declaredBetter: number;
  /** ... declared worse than graded (under-declared). */
  declaredWorse: number;
  /** differed / compared, 0-1 (4 decimals); null when nothing could be compared. */
  differenceRate: number | null;
  /** declaredBetter / compared: the store discrepancy rate. */
  discrepancyRate: number | null;
  /** How often each aspect was declared better than graded (declared.screen, storeChecks.POWERS_ON, ...). */
  byAspect: Record<string, number>;
}

const rate = (n: number, of: number): number | null => (of ? Math.round((n / of) * 10_000) / 10_000 : null);

/** Per store: how often the condition it declared differed from the grade, and how often it was better (accuracy score). */
export function storeAccuracy(devices: readonly StoreGradedDevice[]): StoreAccuracy[] {
  const byStore = new Map<string, StoreAccuracy>();
  for (const d of devices) {
    const s = byStore.get(d.storeId) ?? {
      storeId: d.storeId,
      graded: 0,
      compared: 0,
      differed: 0,
      declaredBetter: 0,
      declaredWorse: 0,
      differenceRate: null,
      discrepancyRate: null,
      byAspect: {},
    };
    s.graded++;
    if (d.declared.questionnaire || d.declared.storeChecks) {
      s.compared++;
      const diff = declaredConditionDifferences(d.declared, d.graded);
      if (diff.worse.length || diff.better.length) s.differed++;
      if (diff.worse.length) s.declaredBetter++;
      if (diff.better.length) s.declaredWorse++;
      for (const a of diff.worse) s.byAspect[a] = (s.byAspect[a] ?? 0) + 1;
    }
    byStore.set(d.storeId, s);
  }
  return [...byStore.values()]
    .map((s) => ({ ...s, differenceRate: rate(s.differed, s.compared), discrepancyRate: rate(s.declaredBetter, s.compared) }))
    .sort((a, b) => a.storeId.localeCompare(b.storeId));
}
