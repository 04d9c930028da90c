import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

export const DEAD_LETTER_REASONS = ['UNPARSEABLE', 'INVALID', 'UNKNOWN_TYPE', 'HANDLER_FAILED'] as const;

export class DeadLettersQuery {
  /** Only letters of this registry topic, e.g. tradein.quote.accepted.v1. */
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @Matches(/^[a-z0-9.-]+$/, { message: 'topic must be a registry topic like tradein.quote.accepted.v1' })
  topic?: string;
  @IsOptional() @IsIn(DEAD_LETTER_REASONS) reason?: (typeof DEAD_LETTER_REASONS)[number];
  /** Only letters with this message key (the trade-in id for trade-in events). */
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @Matches(/^[\x21-\x7e]+$/, { message: 'key must be printable ASCII without spaces' })
  key?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(100_000) offset?: number;
}
