import { ApiProperty } from '@nestjs/swagger';
import { DEAD_LETTER_REASONS } from './dead-letters-query.dto';

class DeadLetterSchema {
  @ApiProperty({ description: 'Row id in this service.', example: '12' }) id: string;
  @ApiProperty({ description: 'Consumer group and handler that gave up on it.', example: 'payout-service/PayoutRequestedHandler' })
  consumer: string;
  @ApiProperty({
    description: 'Registry topic it was read from: the argument of `npm run dlt:replay`.',
    example: 'tradein.quote.accepted.v1',
  })
  topic: string;
  @ApiProperty({ example: 'tradein.quote.accepted.v1.dlt' }) deadLetterTopic: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) partition: number;
  @ApiProperty({ description: 'Offset in the original topic (a 64-bit number, as a string).', example: '4711' }) offset: string;
  @ApiProperty({ type: String, nullable: true, example: 'tradein.quote.accepted' }) eventType: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The envelope's eventId, when the bytes had one." }) eventId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Message key: the trade-in id for trade-in events.' }) key: string | null;
  @ApiProperty({
    enum: DEAD_LETTER_REASONS,
    description: 'HANDLER_FAILED is retryable once its cause is fixed; the others are the bytes themselves.',
  })
  reason: string;
  @ApiProperty({ description: 'The last error (at most 4000 characters).' }) error: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Handler attempts before giving up (0: refused before any handler ran).' })
  attempts: number;
  @ApiProperty({ format: 'date-time' }) deadLetteredAt: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "The refusal's error code, when the handler's error carried one.",
    example: 'UNPAYABLE_OFFER',
  })
  code: string | null;
  @ApiProperty({ description: 'A permanent refusal: dead-lettered at once, replaying it unchanged fails again.' }) permanent: boolean;
}

/** GET /v1/ops/dead-letters: one page, newest first, and how many match in all. */
export class DeadLettersPageSchema {
  @ApiProperty({ type: 'integer', minimum: 0 }) total: number;
  @ApiProperty({ type: [DeadLetterSchema] }) items: DeadLetterSchema[];
  @ApiProperty({
    description: 'How to re-drive letters once their cause is fixed.',
    example: 'npm run dlt:replay -- <topic> [--reason HANDLER_FAILED] [--key K]',
  })
  replay: string;
}
