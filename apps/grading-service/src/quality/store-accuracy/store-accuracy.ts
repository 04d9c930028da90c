import { declaredConditionDiscrepancies, type GradedCondition } from './declared-condition-discrepancy';

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
  discrepancies: number;
  /** Share of compared devices whose declared condition was better than graded, 0-1 (4 decimals); null when none compared. */
  discrepancyRate: number | null;
  /** How often each aspect differed (declared.screen, storeChecks.POWERS_ON, ...). */
  byAspect: Record<string, number>;
}

/** Per store: how often the condition it declared was better than the grade found (a store accuracy score). */
export function storeAccuracy(devices: readonly StoreGradedDevice[]): StoreAccuracy[] {
  const byStore = new Map<string, StoreAccuracy>();
  for (const d of devices) {
    const s = byStore.get(d.storeId) ?? { storeId: d.storeId, graded: 0, compared: 0, discrepancies: 0, discrepancyRate: null, byAspect: {} };
    s.graded++;
    if (d.declared.questionnaire || d.declared.storeChecks) {
      s.compared++;
      const aspects = declaredConditionDiscrepancies(d.declared, d.graded);
      if (aspects.length) s.discrepancies++;
      for (const a of aspects) s.byAspect[a] = (s.byAspect[a] ?? 0) + 1;
    }
    byStore.set(d.storeId, s);
  }
  return [...byStore.values()]
    .map((s) => ({ ...s, discrepancyRate: s.compared ? Math.round((s.discrepancies / s.compared) * 10_000) / 10_000 : null }))
    .sort((a, b) => a.storeId.localeCompare(b.storeId));
}
