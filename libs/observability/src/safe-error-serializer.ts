import pino from 'pino';

type Serialized = Record<string, unknown>;

/** Keys of a database error that quote the values of the failed statement (an IBAN, an e-mail, a name). */
const VALUE_KEYS = ['parameters', 'detail', 'where', 'hint', 'internalQuery'];

function scrub(e: Serialized): Serialized {
  const out: Serialized = { ...e };
  for (const k of VALUE_KEYS) delete out[k];
  const code = typeof out['code'] === 'string' ? out['code'] : undefined;
  // PostgreSQL's data-exception messages (SQLSTATE 22xxx) quote the offending value: keep the code only.
  if (code && /^22[0-9A-Z]{3}$/.test(code)) {
    out['message'] = `data exception (SQLSTATE ${code})`;
    if (typeof out['stack'] === 'string') out['stack'] = out['stack'].split('\n').slice(1).join('\n');
  }
  if (out['driverError'] && typeof out['driverError'] === 'object') out['driverError'] = scrub(out['driverError'] as Serialized);
  return out;
}

/**
 * pino's error serializer, minus what a failed query carries about its values: TypeORM's QueryFailedError has the
 * statement's `parameters`, PostgreSQL's error its `detail` (`Key (email)=(…)`) and, for data exceptions, a message
 * quoting the value. Whoever logs `{ err }` (consumers, workers, the shutdown path) gets this.
 */
export function safeErrorSerializer(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  return scrub(pino.stdSerializers.err(err) as unknown as Serialized);
}
