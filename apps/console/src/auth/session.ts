import { readClaims, type StaffClaims } from './claims';

/** sessionStorage, never localStorage: the token dies with the tab and is not shared across a store's PCs' profiles. */
const KEY = 'console.staffToken';

export interface Session {
  token: string;
  claims: StaffClaims;
}

type Listener = (session: Session | null, reason: string | null) => void;
const listeners = new Set<Listener>();
let current: Session | null = load();

function load(): Session | null {
  const token = sessionStorage.getItem(KEY);
  if (!token) return null;
  const r = readClaims(token, Date.now());
  if (!r.ok) {
    sessionStorage.removeItem(KEY);
    return null;
  }
  return { token, claims: r.claims };
}

export function currentSession(): Session | null {
  return current;
}

/** The session of a signed-in area (the router lets no one in without one). */
export function requireSession(): Session {
  if (!current) throw new Error('not signed in');
  return current;
}

/** The store or site a store clerk's or grader's token is bound to (their areas are only theirs). */
export function boundTo(claim: 'storeId' | 'siteId'): string {
  const value = requireSession().claims[claim];
  if (!value) throw new Error(`this token carries no ${claim}`);
  return value;
}

export function signIn(token: string): ReturnType<typeof readClaims> {
  const r = readClaims(token, Date.now());
  if (!r.ok) return r;
  sessionStorage.setItem(KEY, token.trim());
  current = { token: token.trim(), claims: r.claims };
  listeners.forEach((l) => l(current, null));
  return r;
}

/** reason: shown on the sign-in page (why the person was sent back there). */
export function signOut(reason: string | null): void {
  sessionStorage.removeItem(KEY);
  current = null;
  listeners.forEach((l) => l(null, reason));
}

export function onSessionChange(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
