import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyObjectSchemas, operationGaps, type DocumentLike } from './contract-gaps';
import { documentPaths } from './contract-paths';

/**
 * Over the four committed documents: every operation has a summary, a domain tag, a security requirement
 * (or is deliberately public), a 2xx schema and problem+json errors, and no schema is an object that
 * admits nothing. known-contract-gaps.json lists what is not done yet; it may only shrink: a new gap
 * fails, and so does a listed gap that was fixed (remove it from the list).
 */
const known: string[] = JSON.parse(readFileSync(join(__dirname, 'known-contract-gaps.json'), 'utf8')) as string[];

function currentGaps(): string[] {
  return documentPaths().flatMap(({ service, path }) => {
    const doc = JSON.parse(readFileSync(path, 'utf8')) as DocumentLike;
    return [...operationGaps(doc), ...emptyObjectSchemas(doc).map((s) => `empty object schema: ${s}`)].map((g) => `${service}-service ${g}`);
  });
}

describe('API contract quality', () => {
  const gaps = currentGaps();

  it('has no gap beyond the known ones', () => {
    expect(gaps.filter((g) => !known.includes(g))).toEqual([]);
  });

  it('lists no gap that is already fixed (keep known-contract-gaps.json shrinking)', () => {
    expect(known.filter((g) => !gaps.includes(g))).toEqual([]);
  });

  it('catches what it is meant to catch', () => {
    const doc: DocumentLike = {
      paths: { '/v1/x': { get: { tags: ['XController'], responses: { '200': { content: { 'application/json': { schema: { type: 'object' } } } }, '404': {} } } } },
    };
    expect(operationGaps(doc)).toEqual([
      'GET /v1/x: no summary', 'GET /v1/x: tag "XController" looks like a class name', 'GET /v1/x: no security requirement',
      'GET /v1/x: 404 is not application/problem+json', 'GET /v1/x: no 401',
    ]);
    expect(emptyObjectSchemas(doc)).toEqual(['GET /v1/x 200 application/json']);
    const keyed: DocumentLike = {
      security: [{ 'staff-token': [] }],
      paths: {
        '/v1/y': {
          post: {
            summary: 'y',
            tags: ['y'],
            parameters: [{ name: 'Idempotency-Key', in: 'header', schema: { pattern: '^.+$' } }],
            responses: { '201': { content: { 'application/json': { schema: { type: 'string' } } } }, '401': { content: { 'application/problem+json': { schema: { type: 'object' } } } } },
          },
        },
      },
    };
    expect(operationGaps(keyed)).toEqual(['POST /v1/y: Idempotency-Key without its rules']);
  });
});
