/** Error codes and what each means, one line each: the list docs/error-codes.md is generated from. */
export type ErrorCodeList = Readonly<Record<string, string>>;

/**
 * Codes every service can answer: the shared runtime's (validation, idempotency, the request edges, the
 * problem+json filter's own) and libs/auth's.
 */
export const RUNTIME_ERROR_CODES = {
  VALIDATION_FAILED: 'the body or query breaks a rule; `errors` names each field and reason',
  INVALID_FIELD: 'one field is refused; `errors` names it and why',
  NOT_FOUND: 'no such resource, or it belongs to another partner (existence cannot be probed), or no such route',
  MALFORMED_BODY: 'the body is not valid JSON (or not what the route reads)',
  MALFORMED_REQUEST: 'the HTTP request itself could not be parsed',
  MALFORMED_URL: 'the URL does not decode (bad percent-encoding)',
  HEADERS_TOO_LARGE: 'the request headers are larger than the server accepts',
  REQUEST_TIMEOUT: 'the request was not received in time',
  UNSTORABLE_VALUE: 'a value cannot be stored (a NUL character, an unpaired surrogate)',
  PAYLOAD_TOO_LARGE: 'the body is larger than the route accepts',
  UNSUPPORTED_MEDIA_TYPE: 'the Content-Type (or an uploaded file type) is not accepted here',
  METHOD_NOT_ALLOWED: 'the route does not take this method',
  IDEMPOTENCY_KEY_REUSED: 'this Idempotency-Key was already used with a different request body',
  UNAUTHENTICATED: 'no credential, or one that is not valid (expired token, unknown API key)',
  FORBIDDEN: "the caller's role or scope does not allow this",
  TOO_MANY_FAILED_AUTHENTICATIONS: 'too many failed credentials from this client; retry after Retry-After',
  RATE_LIMITED: "the caller's rate limit is spent; retry later",
  OVERLOADED: 'the replica is at its limit of requests in progress; nothing was done; retry after Retry-After (ADR 0021)',
  INTERNAL: 'an unexpected error; quote the requestId when reporting it',
} as const satisfies ErrorCodeList;
