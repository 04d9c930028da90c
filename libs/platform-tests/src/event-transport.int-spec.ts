import {
  type CallHandler,
  type CanActivate,
  Controller,
  type ExecutionContext,
  Injectable,
  Module,
  type NestInterceptor,
  type PipeTransform,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { type Observable, tap } from 'rxjs';
import { type EventEnvelope, TradeInCancelled, type TradeInCancelledPayload, deadLetterTopicFor } from '@tradein/contracts';
import { KafkaEventContext, OnEvent, OutboxWriter, newEvent } from '@tradein/messaging';
import { BaseServiceConfig, type Clock, ServiceCoreModule } from '@tradein/service-runtime';
import { type TestService, startTestService, waitFor } from '@tradein/testing';

/** Guards see events like requests: this one refuses a reason, so the event is dead-lettered with the guard's error. */
@Injectable()
class RefuseBlockedReasons implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const event = context.switchToRpc().getData<EventEnvelope<TradeInCancelledPayload>>();
    return event.payload.reason !== 'blocked';
  }
}

const intercepted: string[] = [];
/** Interceptors wrap event handlers too (here: note each handled event once the handler resolved). */
@Injectable()
class NoteHandled implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const event = context.switchToRpc().getData<EventEnvelope<TradeInCancelledPayload>>();
    return next.handle().pipe(tap(() => intercepted.push(event.payload.reason)));
  }
}

/** Pipes transform @Payload() as they transform @Body(). */
class ReasonOnly implements PipeTransform<EventEnvelope<TradeInCancelledPayload>, string> {
  transform(event: EventEnvelope<TradeInCancelledPayload>): string {
    return event.payload.reason;
  }
}

@Controller()
class CancelledEvents {
  @OnEvent(TradeInCancelled)
  @UseGuards(RefuseBlockedReasons)
  @UseInterceptors(NoteHandled)
  async record(@Payload(ReasonOnly) reason: string, @Ctx() ctx: KafkaEventContext): Promise<void> {
    if (reason === 'explode') throw new Error(`cannot record ${reason} (attempt ${ctx.attempt})`);
    await ctx.manager.query('INSERT INTO seen_reasons (reason, attempt) VALUES ($1, $2)', [reason, ctx.attempt]);
  }
}

class SeenReasons1764000000200 {
  name = 'SeenReasons1764000000200';
  async up(q: { query(sql: string): Promise<unknown> }): Promise<void> {
    await q.query('CREATE TABLE seen_reasons (reason text NOT NULL, attempt int NOT NULL)');
  }
  async down(q: { query(sql: string): Promise<unknown> }): Promise<void> {
    await q.query('DROP TABLE seen_reasons');
  }
}

function transportModule(config: BaseServiceConfig, clock: Clock) {
  @Module({
    imports: [
      ServiceCoreModule.forRoot({ serviceName: 'quote-service', config, entities: [], migrations: [SeenReasons1764000000200], clock }),
    ],
    controllers: [CancelledEvents],
    providers: [RefuseBlockedReasons, NoteHandled],
  })
  class TransportModule {}
  return TransportModule;
}

describe('events through the Nest transport (real PostgreSQL and Kafka)', () => {
  let svc: TestService<BaseServiceConfig>;

  beforeAll(async () => {
    svc = await startTestService({
      serviceName: 'quote-service',
      configClass: BaseServiceConfig,
      module: transportModule,
      env: { MESSAGING_MAX_ATTEMPTS: '2', MESSAGING_RETRY_BACKOFF_MS: '50' },
    });
  });
  afterAll(async () => {
    await svc.close();
  });

  async function publish(reason: string): Promise<void> {
    const outbox = svc.app.get(OutboxWriter);
    await svc.dataSource.transaction((m) =>
      outbox.append(m, newEvent(TradeInCancelled, { tradeInId: `t-${reason}`, partnerId: 'p-1' }, { reason })),
    );
  }

  it('applies the handler with its pipe, guard and interceptor; refusals and errors are dead-lettered with their own message', async () => {
    const dlt = await svc.probe([deadLetterTopicFor(TradeInCancelled.topic)]);
    await publish('customer-request');
    await publish('blocked');
    await publish('explode');

    await waitFor(async () => (await svc.dataSource.query('SELECT 1 FROM seen_reasons')).length === 1, {
      what: 'the allowed event applied',
    });
    await waitFor(() => dlt.messages.length === 2, { what: 'two dead letters', timeoutMs: 30_000 });
    const rows: Array<{ reason: string; attempt: number }> = await svc.dataSource.query('SELECT reason, attempt FROM seen_reasons');
    expect(rows).toEqual([{ reason: 'customer-request', attempt: 1 }]);
    // The interceptor ran around the handler (once per attempt: a batch cut at a failing event re-applies the
    // events before it, whose first try rolled back), never for the refused or failing events.
    expect(new Set(intercepted)).toEqual(new Set(['customer-request']));

    const byKey = Object.fromEntries(dlt.messages.map((m) => [m.key, m.headers]));
    expect(byKey['t-blocked']).toMatchObject({
      'dlt-reason': 'HANDLER_FAILED',
      'dlt-attempts': '2',
      'dlt-consumer': expect.stringContaining('/CancelledEvents.record'),
    });
    expect(byKey['t-blocked']?.['dlt-error']).toContain('Forbidden resource');
    expect(byKey['t-explode']?.['dlt-error']).toContain('cannot record explode (attempt 2)');
  }, 120_000);
});
