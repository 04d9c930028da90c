import { getMetadataStorage } from 'class-validator';
import { type EventDefinition, type PayloadClass, deadLetterTopicFor } from '../envelope/event-definition';
import { EVENT_REGISTRY } from '../registry';

interface FieldDoc {
  field: string;
  rules: string[];
  optional: boolean;
}

function describeRule(name: string | undefined, type: string, constraints: unknown[] | undefined): string | undefined {
  const rule = name ?? type;
  if (!rule || rule === 'isOptional' || type === 'conditionalValidation' || type === 'nestedValidation') return undefined;
  const args = (constraints ?? []).filter((c) => c !== undefined && (typeof c !== 'object' || Array.isArray(c) || c instanceof RegExp));
  const shown = args.map((c) => (c instanceof RegExp ? c.source : Array.isArray(c) ? c.join(' | ') : String(c)));
  return shown.length ? `${rule}(${shown.join(', ')})` : rule;
}

/** Payload fields and their class-validator rules, read from the decorators themselves. */
export function payloadFields(cls: PayloadClass): FieldDoc[] {
  const metas = getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false);
  const byField = new Map<string, FieldDoc>();
  for (const m of metas) {
    const doc = byField.get(m.propertyName) ?? { field: m.propertyName, rules: [], optional: false };
    if (m.type === 'conditionalValidation') doc.optional = true;
    if (m.type === 'nestedValidation') doc.rules.push('nested');
    const rule = describeRule(m.name, m.type, m.constraints);
    if (rule && !doc.rules.includes(rule)) doc.rules.push(rule);
    byField.set(m.propertyName, doc);
  }
  return [...byField.values()];
}

function section(def: EventDefinition): string {
  const rows = payloadFields(def.payload).map(
    (f) => `| \`${f.field}\`${f.optional ? ' (optional)' : ''} | ${f.rules.join(', ').replace(/\|/g, '\\|')} |`,
  );
  return [
    `## ${def.type} v${def.version}`,
    '',
    def.description,
    '',
    `- topic: \`${def.topic}\` (dead letters: \`${deadLetterTopicFor(def.topic)}\`)`,
    `- producer: ${def.producer}`,
    `- key: tradeInId`,
    '',
    '| payload field | rules |',
    '|---|---|',
    ...rows,
    '',
  ].join('\n');
}

/** docs/events.md, generated from the registry (npm run docs:events). */
export function renderEventsDoc(): string {
  return [
    '# Events',
    '',
    '<!-- Generated from libs/contracts/src/registry.ts by `npm run docs:events`; do not edit by hand. -->',
    '',
    'Every event travels in the envelope `{ eventId, type, version, occurredAt, tradeInId, partnerId,',
    "correlationId, causationId, producer, payload }`, JSON-encoded, keyed by tradeInId so one trade-in's",
    'events keep their order within a topic. Consumers validate envelope and payload; a message that fails',
    'validation or keeps failing goes to `<topic>.dlt` with the error in its headers (`dlt-reason`,',
    '`dlt-error`, `dlt-original-topic`, `dlt-original-partition`, `dlt-original-offset`, `dlt-attempts`); a',
    'handler refusal no retry can change (docs/error-codes.md) goes at once, with `dlt-code` and `dlt-permanent`.',
    '',
    '| event | topic | producer |',
    '|---|---|---|',
    ...EVENT_REGISTRY.map((d) => `| ${d.type} v${d.version} | \`${d.topic}\` | ${d.producer} |`),
    '',
    ...EVENT_REGISTRY.map(section),
  ].join('\n');
}
