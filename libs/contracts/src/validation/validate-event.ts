import { plainToInstance } from 'class-transformer';
import { type ValidationError, validateSync } from 'class-validator';
import { type EventDefinition } from '../envelope/event-definition';
import { EventEnvelope } from '../envelope/event-envelope';
import { definitionFor } from '../registry';
import { cacheValidationMetadata } from './metadata-cache';

cacheValidationMetadata();

export type EventValidation<P extends object> =
  { ok: true; envelope: EventEnvelope<P>; definition: EventDefinition<P> } | { ok: false; errors: string[] };

/** Flattens class-validator errors into `path: reason` lines. */
export function describeValidationErrors(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((m) => `${path}: ${m}`);
    return [...own, ...describeValidationErrors(e.children ?? [], path)];
  });
}

/**
 * `produce`: the contract exactly — a producer may not send fields its readers don't know.
 * `consume`: tolerant reader — unknown fields are stripped, not fatal, so a producer deployed before its
 * readers with a new optional field doesn't dead-letter a whole topic during a rolling deploy.
 */
export type ValidationMode = 'produce' | 'consume';

const RULES = {
  produce: { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true },
  consume: { whitelist: true, forbidNonWhitelisted: false, forbidUnknownValues: true },
} as const;

/**
 * Validates an incoming event: the envelope, that its type and version are registered (and, when
 * `expectedTopic` is given, belong to that topic), then the payload against the registered class.
 * Unknown fields are rejected when producing and stripped when consuming (see ValidationMode).
 */
export function validateEvent<P extends object = object>(
  raw: unknown,
  expectedTopic?: string,
  mode: ValidationMode = 'produce',
): EventValidation<P> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, errors: ['event: must be a JSON object'] };
  const envelope = plainToInstance(EventEnvelope, raw);
  const envErrors = describeValidationErrors(validateSync(envelope, RULES[mode]));
  if (envErrors.length) return { ok: false, errors: envErrors };
  const definition = definitionFor(envelope.type, envelope.version) as EventDefinition<P> | undefined;
  if (!definition) return { ok: false, errors: [`type: ${envelope.type} v${envelope.version} is not a registered event`] };
  if (expectedTopic && definition.topic !== expectedTopic) {
    return { ok: false, errors: [`type: ${envelope.type} v${envelope.version} does not belong on topic ${expectedTopic}`] };
  }
  const payload = plainToInstance(definition.payload, envelope.payload);
  const payloadErrors = describeValidationErrors(validateSync(payload, RULES[mode]), 'payload');
  if (payloadErrors.length) return { ok: false, errors: payloadErrors };
  return { ok: true, envelope: { ...envelope, payload } as EventEnvelope<P>, definition };
}
