import { Controller, Get, Header, HttpCode, Inject, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import { Public } from '@tradein/auth';
import { MessagingRuntime } from '@tradein/messaging';
import { metricsRegistry } from '@tradein/observability';
import { SERVICE_CONFIG } from '../service-core.tokens';
import { type BaseServiceConfig } from '../config/base-service.config';

async function withTimeout<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

@ApiExcludeController()
@Public()
@SkipThrottle()
@Controller()
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly messaging: MessagingRuntime,
    @Inject(SERVICE_CONFIG) private readonly config: BaseServiceConfig,
  ) {}

  /**
   * The process runs; restart it if this fails. Over the network the node:http server answers it before this
   * route is reached (liveness-probe.ts, ADR 0019); this answers in-process requests (fastify.inject in tests).
   */
  @Get('health/live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** The service can do its work: its database and Kafka answer within the timeout. */
  @Get('health/ready')
  @HttpCode(200)
  async ready(): Promise<{ status: 'ok'; checks: Record<string, string> }> {
    const ms = this.config.HEALTH_TIMEOUT_MS;
    const checks: Record<string, string> = {};
    const results = await Promise.allSettled([
      withTimeout(ms, 'database', this.dataSource.query('SELECT 1')),
      withTimeout(ms, 'kafka', this.describeKafka()),
    ]);
    checks['database'] = results[0].status === 'fulfilled' ? 'ok' : String((results[0] as PromiseRejectedResult).reason);
    checks['kafka'] = results[1].status === 'fulfilled' ? 'ok' : String((results[1] as PromiseRejectedResult).reason);
    if (Object.values(checks).some((v) => v !== 'ok')) {
      throw new ServiceUnavailableException({ code: 'NOT_READY', detail: JSON.stringify(checks) });
    }
    return { status: 'ok', checks };
  }

  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async metrics(): Promise<string> {
    // On a separate listener (METRICS_PORT) the service port does not expose them.
    if (this.config.METRICS_PORT > 0) throw new NotFoundException({ code: 'NOT_FOUND', detail: 'metrics are served on another port' });
    return metricsRegistry.metrics();
  }

  private async describeKafka(): Promise<void> {
    const admin = this.messaging.kafka.admin();
    await admin.connect();
    try {
      await admin.describeCluster();
    } finally {
      await admin.disconnect();
    }
  }
}
