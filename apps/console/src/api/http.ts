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

export interface RequestOptions {
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined>;
  /**
   * Only commands that carry one are retried after a lost answer or a 5xx: the server replays the first
   * outcome for the same key, so a retry cannot do the thing twice.
   */
  idempotencyKey?: string;
  contentType?: string;
  formData?: FormData;
  responseType?: 'json' | 'text' | 'blob';
}

const RETRY_DELAYS_MS = [400, 1200, 3000];

export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

function url(service: Service, path: string, query: RequestOptions['query']): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== '') q.set(k, String(v));
  const qs = q.toString();
  return `/api/${service}${path}${qs ? `?${qs}` : ''}`;
}

async function problemOf(res: Response): Promise<ApiError> {
  let body: Partial<{ code: string; detail: string; title: string; errors: FieldProblem[] }> = {};
  try {
    body = (await res.json()) as typeof body;
  } catch {
    // Not problem+json (a proxy error page): the status says enough.
  }
  return new ApiError(res.status, body.code ?? `HTTP_${res.status}`, body.detail ?? body.title ?? res.statusText, body.errors ?? []);
}

export async function api<T>(service: Service, method: string, path: string, o: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  const token = currentSession()?.token;
  if (token) headers['authorization'] = `Bearer ${token}`;
  if (o.idempotencyKey) headers['idempotency-key'] = o.idempotencyKey;
  let body: BodyInit | undefined;
  if (o.formData) body = o.formData;
  else if (o.body !== undefined) {
    headers['content-type'] = o.contentType ?? 'application/json';
    body = typeof o.body === 'string' ? o.body : JSON.stringify(o.body);
  }
  const attempts = o.idempotencyKey ? RETRY_DELAYS_MS.length + 1 : 1;
  let lastError: ApiError = new ApiError(0, 'NETWORK', 'no answer');
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, RETRY_DELAYS_MS[attempt - 1]));
    let res: Response;
    try {
      res = await fetch(url(service, path, o.query), { method, headers, body });
    } catch (err) {
      lastError = new ApiError(0, 'NETWORK', err instanceof Error ? err.message : 'network error');
      continue;
    }
    if (res.status === 401) {
      const problem = await problemOf(res);
      signOut(problem.detail || 'UNAUTHORIZED');
      throw problem;
    }
    if (res.status >= 500 || res.status === 429) {
      lastError = await problemOf(res);
      continue;
    }
    if (!res.ok) throw await problemOf(res);
    if (res.status === 204) return undefined as T;
    if (o.responseType === 'text') return (await res.text()) as T;
    if (o.responseType === 'blob') return (await res.blob()) as T;
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
  throw lastError;
}
