import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { type FastifyInstance } from 'fastify';
import { flushTracing } from '@tradein/observability';
import { nameHttpRoute } from './http-route-naming';

/**
 * The Nest side of tracing (libs/observability starts it before anything loads):
 * - every request's server span is named by its route, from fastify's first hook, so requests
 *   refused by a guard (401, 403, 429) are named too;
 * - spans still buffered are exported when the app closes (after the consumers stopped).
 */
@Injectable()
export class TracingLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    fastify?.addHook('onRequest', (req, _reply, done) => {
      nameHttpRoute(req.routeOptions.url);
      done();
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await flushTracing();
  }
}
