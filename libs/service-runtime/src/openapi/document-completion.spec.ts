import { type OpenAPIObject } from '@nestjs/swagger';
import { completeProblemResponses } from './complete-responses';
import { normalizeIdempotencyHeaders } from './idempotency-key.decorator';
import { normalizeNullable } from './nullable-schemas';

const doc = (paths: OpenAPIObject['paths'], components: OpenAPIObject['components'] = {}): OpenAPIObject =>
  ({ openapi: '3.0.0', info: { title: 't', version: '1' }, security: [{ 'staff-token': [] }], paths, components });

describe('OpenAPI document completion', () => {
  it('adds the runtime answers every route gives, as problem+json, and keeps declared ones', () => {
    const d = completeProblemResponses(doc({
      '/v1/x/{id}': {
        post: {
          parameters: [{ name: 'id', in: 'path', required: true }],
          requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
          responses: { '200': { description: 'ok' }, '404': { description: 'gone', content: { 'application/json': {} } } },
        },
      },
      '/v1/public': { get: { security: [{}], responses: { '200': { description: 'ok' } } } },
    }));
    const post = d.paths['/v1/x/{id}']!.post!;
    expect(Object.keys(post.responses).sort()).toEqual(['200', '400', '401', '404', '413', '415', '429', '503']);
    expect(post.responses['404']).toEqual({
      description: 'gone', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
    });
    // A deliberately public route gets no 401, and no 400 without input.
    expect(Object.keys(d.paths['/v1/public']!.get!.responses).sort()).toEqual(['200', '429', '503']);
  });

  it('writes nullable references as oneOf [ref, null] and lists null in nullable enums', () => {
    const d = normalizeNullable(doc({}, {
      schemas: {
        A: {
          type: 'object',
          properties: {
            money: { type: 'object', nullable: true, allOf: [{ $ref: '#/components/schemas/Money' }], description: 'd' },
            state: { type: 'string', nullable: true, enum: ['X', 'Y'] },
          },
          example: { state: null },
        },
      },
    }));
    const props = (d.components!.schemas!['A'] as { properties: Record<string, unknown> }).properties;
    expect(props['money']).toEqual({ description: 'd', oneOf: [{ $ref: '#/components/schemas/Money' }, { type: 'object', nullable: true, enum: [null] }] });
    expect(props['state']).toEqual({ type: 'string', nullable: true, enum: ['X', 'Y', null] });
  });

  it('leaves one optional Idempotency-Key header with its rules, whatever spelling the handler read', () => {
    const d = normalizeIdempotencyHeaders(doc({
      '/v1/y': { post: { parameters: [{ name: 'idempotency-key', in: 'header', required: true }, { name: 'q', in: 'query' }], responses: {} } },
    }));
    const params = d.paths['/v1/y']!.post!.parameters as Array<{ name: string; required?: boolean; schema?: { pattern?: string } }>;
    expect(params.map((p) => [p.name, p.required ?? false])).toEqual([['q', false], ['Idempotency-Key', false]]);
    expect(params[1]!.schema!.pattern).toBe('^[A-Za-z0-9_.:-]{8,128}$');
  });
});
