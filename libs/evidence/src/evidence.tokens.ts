/** Nest injection tokens of the evidence module. */
export const EVIDENCE_OBJECT_STORE = Symbol('EVIDENCE_OBJECT_STORE');
export const EVIDENCE_SETTINGS = Symbol('EVIDENCE_SETTINGS');
