/**
 * What a handler's failure is for the consumer: `permanent` (no retry can change it: dead-lettered at once)
 * or transient (retried up to the consumer's attempts); `code` is the refusal's stable code, carried into
 * the dead letter's `dlt-code` header. The messaging library does not know the services' error types: the
 * service runtime gives it the decision (`classifyFailure` in the messaging options).
 */
export interface HandlerFailure {
  readonly permanent: boolean;
  readonly code?: string;
}

export type ClassifyHandlerFailure = (error: unknown) => HandlerFailure;

/** Without a classifier every failure is transient: retried, then dead-lettered after the last attempt. */
export const everyFailureTransient: ClassifyHandlerFailure = () => ({ permanent: false });
