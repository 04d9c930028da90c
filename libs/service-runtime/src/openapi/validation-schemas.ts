import { type OpenAPIObject, type SchemaObject } from '@nestjs/swagger';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';

const REF = '#/components/schemas/';

/**
 * Request DTOs say what they accept through their class-validator rules, which the validation pipe
 * enforces (whitelisted, unknown fields refused); @ApiProperty is optional on them. Every property a
 * rule names but the document leaves out is added from those rules (type, length, pattern, enum,
 * nested classes, optional or required), so the document accepts exactly what the pipe does.
 * Properties documented with @ApiProperty are kept as written.
 */
export function completeRequestSchemas(doc: OpenAPIObject): OpenAPIObject {
  const rules = validationMetadatasToSchemas({
    refPointerPrefix: REF, classTransformerMetadataStorage: defaultMetadataStorage,
    // The library's own pattern for @IsDateString wants fractional seconds; the validator does not.
    additionalConverters: { isDateString: { type: 'string', format: 'date-time' } },
  });
  const schemas = (doc.components ??= {}).schemas ??= {};
  const queue = Object.keys(schemas);
  const seen = new Set<string>();
  while (queue.length) {
    const name = queue.shift() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    const rule = rules[name];
    if (!rule?.properties) continue;
    const target = (schemas[name] ??= { type: 'object', properties: {} }) as SchemaObject;
    target.properties ??= {};
    const required = new Set(target.required ?? []);
    for (const [prop, schema] of Object.entries(rule.properties)) {
      if (prop in target.properties) continue;
      target.properties[prop] = schema as SchemaObject;
      if (rule.required?.includes(prop)) required.add(prop);
      for (const ref of refsIn(schema)) if (!seen.has(ref)) queue.push(ref);
    }
    if (required.size) target.required = [...required];
  }
  return doc;
}

function refsIn(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(refsIn);
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) =>
    k === '$ref' && typeof v === 'string' && v.startsWith(REF) ? [v.slice(REF.length)] : refsIn(v));
}
