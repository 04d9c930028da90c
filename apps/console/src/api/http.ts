import { currentSession, signOut } from '../auth/session';

export type Service = 'quote' | 'intake' | 'grading' | 'payout';

export interface FieldProblem {
  field: string;
  reason: string;
}

/** A problem+json answer (or a lost one: status 0) as the screens show it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors: FieldProblem[] = [],
  ) {
    super(detail);
  }

  /** The reason the server gave for one field, matched exactly or as a nested path (customer.email). */
  forField(field: string): string | undefined {
    return this.errors.find((e) => e.field === field || e.field.endsWith(`.${field}`))?.reason;
  }
}

export function fieldError(err: unknown, field: string): string | undefined {
  return err instanceof ApiError ? err.forField(field) : undefined;
}

export type ProblemBody = Partial<{ code: string; detail: string; title: string; errors: FieldProblem[] }>;

export function problemFrom(status: number, statusText: string, body: ProblemBody): ApiError {
  return new ApiError(status, body.code ?? `HTTP_${status}`, body.detail ?? body.title ?? statusText, body.errors ?? []);
}

async function problemOf(res: Response): Promise<ApiError> {
  let body: ProblemBody = {};
  try {
    body = (await res.clone().json()) as ProblemBody;
  } catch {
    // Not problem+json (a proxy error page): the status says enough.
  }
  return problemFrom(res.status, res.statusText, body);
}

export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

const RETRY_DELAYS_MS = [400, 1200, 3000];

/**
 * Every request of the console, typed client or not: the session's staff token, a 401 sends the person back
 * to sign-in with the server's reason, and only a request carrying an Idempotency-Key is retried after a lost
 * answer, a 5xx or a 429 (the server replays the first outcome for the same key, so a retry cannot act twice).
 */
export async function consoleFetch(request: Request): Promise<Response> {
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

export interface RequestOptions {
  body?: string;
  contentType?: string;
  formData?: FormData;
  idempotencyKey?: string;
  responseType?: 'json' | 'text';
}

/**
 * The few calls the typed clients do not carry (they serialise JSON): a multipart photo, a CSV price table,
 * a text label. Everything else goes through ./typed.
 */
export async function api<T>(service: Service, method: string, path: string, o: RequestOptions = {}): Promise<T> {
  const headers = new Headers();
  if (o.idempotencyKey) headers.set('idempotency-key', o.idempotencyKey);
  if (o.body !== undefined) headers.set('content-type', o.contentType ?? 'application/json');
  const res = await consoleFetch(new Request(`/api/${service}${path}`, { method, headers, body: o.formData ?? o.body }));
  if (!res.ok) throw await problemOf(res);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  if (o.responseType === 'text') return text as T;
  return (text ? JSON.parse(text) : undefined) as T;
}
