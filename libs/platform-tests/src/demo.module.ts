import { Body, Controller, Get, Headers, Module, Post } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { IsInt, IsString, Length, Max, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import { type TradeInCancelledPayload, TradeInCancelled, type EventEnvelope } from '@tradein/contracts';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { type HandlerContext, OnEvent, OutboxWriter, newEvent } from '@tradein/messaging';
import { type BaseServiceConfig } from '@tradein/service-runtime';
import { ConflictError, InvalidFieldError, UnprocessableError } from '@tradein/service-runtime';
import { withIdempotency } from '@tradein/service-runtime';
import { ServiceCoreModule } from '@tradein/service-runtime';
import { type Clock } from '@tradein/service-runtime';

class CreateThingDto {
  @IsString() @Length(1, 20) name!: string;
  @IsInt() @Min(0) @Max(1000) count!: number;
}

@Controller('v1/things')
class ThingsController {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  @Post()
  @Roles('ops')
  async create(@Body() dto: CreateThingDto, @Headers('idempotency-key') key: string | undefined, @CurrentPrincipal() p: Principal) {
    const r = await withIdempotency(this.ds, { operation: 'things', principal: p }, key, dto, async (m) => {
      if (dto.name === 'forbidden') throw new InvalidFieldError('name', 'is reserved');
      const [row] = await m.query('INSERT INTO thing (name, count) VALUES ($1, $2) RETURNING id', [dto.name, dto.count]);
      await this.outbox.append(m, newEvent(TradeInCancelled, { tradeInId: `thing-${row.id}`, partnerId: 'ops' }, { reason: dto.name }));
      return { body: { id: row.id as number, by: p.subject } };
    });
    return r.body;
  }

  @Get()
  async list() {
    return this.ds.query('SELECT id, name, count FROM thing ORDER BY id');
  }

  /** A bug (an unexpected error: 500) and a slow answer (a client may hang up first), for the request log tests. */
  @Get('broken')
  broken(): never {
    throw new Error('a bug');
  }

  @Get('slow')
  async slow() {
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { ok: true };
  }
}

@Controller()
class CancelledRecorder {
  @OnEvent(TradeInCancelled)
  async handle(@Payload() event: EventEnvelope<TradeInCancelledPayload>, @Ctx() ctx: HandlerContext): Promise<void> {
    // Two refusals for the consumer-failure tests: one no retry can change, one that may pass later.
    if (event.payload.reason === 'refused') throw new UnprocessableError('THING_REFUSED', 'this thing is refused for good');
    if (event.payload.reason === 'not-yet') throw new ConflictError('THING_NOT_READY', 'this thing is not ready yet');
    await ctx.manager.query('INSERT INTO seen (event_id, reason) VALUES ($1, $2)', [event.eventId, event.payload.reason]);
  }
}

class DemoSchema1764000000100 {
  name = 'DemoSchema1764000000100';
  async up(q: { query(sql: string): Promise<unknown> }): Promise<void> {
    await q.query('CREATE TABLE thing (id serial PRIMARY KEY, name text NOT NULL, count int NOT NULL)');
    await q.query('CREATE TABLE seen (event_id uuid PRIMARY KEY, reason text NOT NULL)');
  }
  async down(q: { query(sql: string): Promise<unknown> }): Promise<void> {
    await q.query('DROP TABLE seen; DROP TABLE thing');
  }
}

export function demoModule(config: BaseServiceConfig, clock: Clock) {
  @Module({
    imports: [
      ServiceCoreModule.forRoot({ serviceName: 'quote-service', config, entities: [], migrations: [DemoSchema1764000000100], clock }),
    ],
    controllers: [ThingsController, CancelledRecorder],
    providers: [],
  })
  class DemoModule {}
  return DemoModule;
}
