import { IsDateString, IsInt, IsObject, IsOptional, IsString, IsUUID, Matches, Min } from 'class-validator';

/**
 * The envelope every event travels in (docs/design/ARCHITECTURE.md, "Events").
 * `type` is the event name without its version (`tradein.quote.created`); `version` is its major version.
 * Trace context travels in Kafka headers, not here.
 */
export class EventEnvelope<P extends object = Record<string, unknown>> {
  @IsUUID()
  eventId!: string;

  @Matches(/^tradein\.[a-z-]+\.[a-z-]+$/, { message: 'type must look like tradein.<area>.<event>' })
  type!: string;

  @IsInt()
  @Min(1)
  version!: number;

  @IsDateString({ strict: true })
  occurredAt!: string;

  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'tradeInId must be an identifier' })
  tradeInId!: string;

  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'partnerId must be an identifier' })
  partnerId!: string;

  @IsUUID()
  correlationId!: string;

  @IsOptional()
  @IsUUID()
  causationId?: string | null;

  @IsString()
  producer!: string;

  @IsObject()
  payload!: P;
}

/** What a producer supplies; the messaging layer fills in eventId, occurredAt and producer. */
export interface NewEvent<P extends object> {
  type: string;
  version: number;
  tradeInId: string;
  partnerId: string;
  correlationId: string;
  causationId?: string | null;
  payload: P;
  eventId?: string;
  occurredAt?: string;
}
