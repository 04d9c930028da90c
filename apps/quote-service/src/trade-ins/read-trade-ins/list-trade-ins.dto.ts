import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { TRADE_IN_STATES, type TradeInState } from '../../trade-in-record/state/trade-in-state';

export class ListTradeInsDto {
  @ApiPropertyOptional({ enum: TRADE_IN_STATES, example: 'COUNTER_OFFERED' })
  @IsOptional()
  @IsIn(TRADE_IN_STATES)
  state?: TradeInState;

  @ApiPropertyOptional({ example: '2026-03-01T00:00:00Z', description: 'Created at or after' })
  @IsOptional()
  @IsDateString({ strict: true })
  createdFrom?: string;

  @ApiPropertyOptional({ example: '2026-04-01T00:00:00Z', description: 'Created before' })
  @IsOptional()
  @IsDateString({ strict: true })
  createdTo?: string;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,200}$/, { message: 'cursor must be a cursor returned by this API' })
  cursor?: string;

  @ApiPropertyOptional({ example: 50, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}
