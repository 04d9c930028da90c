import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { type FastifyInstance, type FastifyRequest } from 'fastify';

export type RequestWithRawBody = FastifyRequest & { rawBody?: string };

/**
 * Keeps the exact JSON text of each request next to its parsed body: a webhook signature is computed over
 * the bytes the sender sent, and re-serialising the parsed body would not reproduce them. Fastify's own JSON
 * parser (prototype-poisoning protection included) still does the parsing.
 */
@Injectable()
export class RawBodyCapture implements OnModuleInit {
  constructor(private readonly host: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.host.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify || typeof fastify.getDefaultJsonParser !== 'function') return;
    const parse = fastify.getDefaultJsonParser('error', 'error');
    fastify.removeContentTypeParser('application/json');
    fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
      (req as RequestWithRawBody).rawBody = body as string;
      parse(req, body as string, done);
    });
  }
}
