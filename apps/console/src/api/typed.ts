import {
  createGradingClient,
  createIntakeClient,
  createPayoutClient,
  createQuoteClient,
  type GradingClient,
  type IntakeClient,
  type PayoutClient,
  type QuoteClient,
} from '@tradein/api-client';
import { currentSession, signOut } from '../auth/session';
import { ApiError, type FieldProblem } from './http';

const RETRY_DELAYS_MS = [400, 1200, 3000];

async function problemOf(res: Response): Promise<ApiError> {
  let body: Partial<{ code: string; detail: string; title: string; errors: FieldProblem[] }> = {};
  try {
    body = (await res.clone().json()) as typeof body;
  } catch {
    // Not problem+json (a proxy error page): the status says enough.
  }
  return new ApiError(res.status, body.code ?? `HTTP_${res.status}`, body.detail ?? body.title ?? res.statusText, body.errors ?? []);
}

/**
 * The console's fetch under the typed clients: the session's staff token on every request, a 401 sends the
 * person back to sign-in with the server's reason, and only a request carrying an Idempotency-Key is retried
 * after a lost answer, a 5xx or a 429 (the server replays the first outcome, so a retry cannot act twice).
 */
async function consoleFetch(request: Request): Promise<Response> {
  const token = currentSession()?.token;
  if (token) request.headers.set('authorization', `Bearer ${token}`);
  request.headers.set('accept', 'application/json, application/problem+json');
  const attempts = request.headers.has('idempotency-key') ? RETRY_DELAYS_MS.length + 1 : 1;
  let last: Response | ApiError = new ApiError(0, 'NETWORK', 'no answer');
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, RETRY_DELAYS_MS[attempt - 1]));
    let res: Response;
    try {
      res = await fetch(request.clone());
    } catch (err) {
      last = new ApiError(0, 'NETWORK', err instanceof Error ? err.message : 'network error');
      continue;
    }
    if (res.status === 401) {
      const problem = await problemOf(res);
      signOut(problem.detail || 'UNAUTHORIZED');
      throw problem;
    }
    last = res;
    if (res.status < 500 && res.status !== 429) return res;
  }
  if (last instanceof ApiError) throw last;
  return last;
}

const none = { none: true } as const;
export const quoteApi: QuoteClient = createQuoteClient('/api/quote', none, { fetch: consoleFetch });
export const intakeApi: IntakeClient = createIntakeClient('/api/intake', none, { fetch: consoleFetch });
export const gradingApi: GradingClient = createGradingClient('/api/grading', none, { fetch: consoleFetch });
export const payoutApi: PayoutClient = createPayoutClient('/api/payout', none, { fetch: consoleFetch });

type ProblemBody = Partial<{ code: string; detail: string; title: string; errors: FieldProblem[] }>;

/** The body of a typed call, or its problem+json as an ApiError (the screens show it next to the field). */
export async function answer<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const r = await call;
  if (r.response.ok) return r.data as T;
  const body: ProblemBody = r.error && typeof r.error === 'object' ? (r.error as ProblemBody) : {};
  const status = r.response.status;
  throw new ApiError(status, body.code ?? `HTTP_${status}`, body.detail ?? body.title ?? r.response.statusText, body.errors ?? []);
}
