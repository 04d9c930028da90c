import { type INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { type OpenAPIObject, type ParameterObject, type SchemaObject } from '@nestjs/swagger';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { targetConstructorToSchema } from 'class-validator-jsonschema';

type Ctor = abstract new (...args: never[]) => unknown;

/**
 * A handler's `@Query() q: SomeQuery` DTO is validated by its class-validator rules, but Nest documents
 * only the properties that also carry @ApiProperty. Every other property of the DTO is added as an
 * optional (or required) query parameter with the schema its rules give, so clients and fuzzers see
 * every filter the API reads (limit, offset, siteId…).
 */
export function completeQueryParameters(app: INestApplication, doc: OpenAPIObject): OpenAPIObject {
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const ctrl = wrapper.metatype as Ctor | null;
      if (ctrl) completeController(ctrl, doc);
    }
  }
  return doc;
}

function completeController(ctrl: Ctor, doc: OpenAPIObject): void {
  const base = String(Reflect.getMetadata(PATH_METADATA, ctrl) ?? '');
  const proto = ctrl.prototype as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    const handler = proto[name];
    if (name === 'constructor' || typeof handler !== 'function') continue;
    const route = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
    if (route === undefined) continue;
    const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod].toLowerCase();
    const op = doc.paths[openApiPath(base, Array.isArray(route) ? route[0] ?? '' : route)]?.[method as 'get'];
    if (!op) continue;
    for (const dto of queryDtos(ctrl, name)) {
      const schema = targetConstructorToSchema(dto, {
        classTransformerMetadataStorage: defaultMetadataStorage,
        additionalConverters: { isDateString: { type: 'string', format: 'date-time' } },
      }) as SchemaObject;
      const params = (op.parameters ??= []);
      const known = new Set(params.filter((p): p is ParameterObject => 'name' in p && p.in === 'query').map((p) => p.name));
      for (const [prop, propSchema] of Object.entries(schema.properties ?? {})) {
        if (known.has(prop)) continue;
        params.push({ name: prop, in: 'query', required: schema.required?.includes(prop) ?? false, schema: propSchema as SchemaObject });
      }
    }
  }
}

/** The DTO classes of a handler's whole-object @Query() arguments. */
function queryDtos(ctrl: Ctor, method: string): Ctor[] {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, ctrl, method) ?? {}) as Record<string, { index: number; data?: unknown }>;
  const types = (Reflect.getMetadata('design:paramtypes', ctrl.prototype as object, method) ?? []) as unknown[];
  return Object.entries(args)
    .filter(([key, a]) => Number(key.split(':')[0]) === RouteParamtypes.QUERY && a.data === undefined)
    .map(([, a]) => types[a.index])
    .filter((t): t is Ctor => typeof t === 'function' && t !== Object && t !== String);
}

/** `v1/stock` + `:id` → `/v1/stock/{id}`, as the document names paths. */
function openApiPath(base: string, route: string): string {
  const joined = `/${[base, route].filter(Boolean).join('/')}`.replace(/\/+/g, '/').replace(/\/$/, '') || '/';
  return joined.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}
