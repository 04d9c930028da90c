import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { flushTracing } from '@tradein/observability';

/**
 * The Nest side of tracing (libs/observability starts it before anything loads; createServiceApp names each
 * request's span by its route, installRouteNaming): spans still buffered are exported when the app closes (after
 * the consumers stopped).
 */
@Injectable()
export class TracingLifecycle implements OnApplicationShutdown {
  async onApplicationShutdown(): Promise<void> {
    await flushTracing();
  }
}
