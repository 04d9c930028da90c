import { type CtiaCosmeticGrade } from '@tradein/contracts';

/** What grading found, in the terms the declarations use. */
export interface GradedCondition {
  cosmeticGrade: CtiaCosmeticGrade;
  failedChecks: readonly { code: string; severity: 'KEY' | 'MINOR' }[];
  noPower: boolean;
  batteryHealthPercent?: number | null;
  locked: boolean;
  displayFailed: boolean;
  minBatteryPercent: number;
}

/**
 * Answer scales of the quote questionnaire (declaredCondition on tradein.quote.accepted) and of the store's
 * guided checks (storeChecks on tradein.device.received), ordered best to worst: a graded answer later in
 * the list than the declared one is worse, earlier is better. Unknown codes or answers are ignored, not guessed.
 */
const QUESTIONNAIRE_SCALES: Readonly<Record<string, readonly string[]>> = {
  functional: ['works', 'minor_issues', 'not_working'],
  screen: ['flawless', 'light_scratches', 'deep_scratches', 'cracked', 'display_defect'],
  battery: ['80_or_more', 'below_80'],
  locks: ['none', 'sim_locked', 'activation_locked'],
};

const STORE_CHECK_SCALES: Readonly<Record<string, readonly string[]>> = {
  POWERS_ON: ['YES', 'NO'],
  SCREEN: ['INTACT', 'SCRATCHED', 'CRACKED', 'NO_DISPLAY'],
  LOCKS: ['NONE', 'MDM', 'ACTIVATION_LOCK', 'ACTIVATION_LOCK_AND_MDM'],
};

function gradedQuestionnaireAnswers(g: GradedCondition): Record<string, string> {
  const keyFailure = g.noPower || g.failedChecks.some((f) => f.severity === 'KEY');
  const screenByCosmetic: Record<CtiaCosmeticGrade, string> = {
    A: 'flawless',
    B: 'light_scratches',
    C: 'deep_scratches',
    D: 'cracked',
    E: 'display_defect',
  };
  const answers: Record<string, string> = {
    functional: keyFailure ? 'not_working' : g.failedChecks.length ? 'minor_issues' : 'works',
    screen: g.displayFailed ? 'display_defect' : screenByCosmetic[g.cosmeticGrade],
    locks: g.locked ? 'activation_locked' : 'none',
  };
  if (g.batteryHealthPercent !== undefined && g.batteryHealthPercent !== null) {
    answers['battery'] = g.batteryHealthPercent < g.minBatteryPercent ? 'below_80' : '80_or_more';
  }
  return answers;
}

function gradedStoreChecks(g: GradedCondition): Record<string, string> {
  const screenByCosmetic: Record<CtiaCosmeticGrade, string> = {
    A: 'INTACT',
    B: 'SCRATCHED',
    C: 'SCRATCHED',
    D: 'CRACKED',
    E: 'NO_DISPLAY',
  };
  return {
    POWERS_ON: g.noPower ? 'NO' : 'YES',
    SCREEN: g.displayFailed ? 'NO_DISPLAY' : screenByCosmetic[g.cosmeticGrade],
    LOCKS: g.locked ? 'ACTIVATION_LOCK' : 'NONE',
  };
}

function compare(
  scales: Readonly<Record<string, readonly string[]>>,
  declared: Readonly<Record<string, string>>,
  graded: Record<string, string>,
  prefix: string,
): ConditionDifferences {
  const out: ConditionDifferences = { worse: [], better: [] };
  for (const [code, scale] of Object.entries(scales)) {
    const said = declared[code];
    const seen = graded[code];
    if (said === undefined || seen === undefined) continue;
    const saidRank = scale.indexOf(said);
    const seenRank = scale.indexOf(seen);
    if (saidRank < 0 || seenRank < 0) continue;
    if (seenRank > saidRank) out.worse.push(`${prefix}${code}`);
    if (seenRank < saidRank) out.better.push(`${prefix}${code}`);
  }
  return out;
}

export interface ConditionDifferences {
  /** Aspects graded worse than declared: the store discrepancies docs/design/DOMAIN.md speaks of. */
  worse: string[];
  /** Aspects graded better than declared: the store under-declared (the seller got less than due). */
  better: string[];
}

/**
 * How the graded condition differs from what was declared (questionnaire answers given at quote time, the
 * store's guided checks at intake), aspect by aspect. Feeds the per-store accuracy figure.
 */
export function declaredConditionDifferences(
  declared: { questionnaire?: Readonly<Record<string, string>> | null; storeChecks?: Readonly<Record<string, string>> | null },
  graded: GradedCondition,
): ConditionDifferences {
  const q = declared.questionnaire
    ? compare(QUESTIONNAIRE_SCALES, declared.questionnaire, gradedQuestionnaireAnswers(graded), 'declared.')
    : { worse: [], better: [] };
  const c = declared.storeChecks
    ? compare(STORE_CHECK_SCALES, declared.storeChecks, gradedStoreChecks(graded), 'storeChecks.')
    : { worse: [], better: [] };
  return { worse: [...q.worse, ...c.worse], better: [...q.better, ...c.better] };
}

/** The aspects graded worse than declared (a store discrepancy); empty when the declaration held. */
export function declaredConditionDiscrepancies(
  declared: { questionnaire?: Readonly<Record<string, string>> | null; storeChecks?: Readonly<Record<string, string>> | null },
  graded: GradedCondition,
): string[] {
  return declaredConditionDifferences(declared, graded).worse;
}
