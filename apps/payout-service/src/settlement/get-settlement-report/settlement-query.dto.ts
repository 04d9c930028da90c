import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional } from 'class-validator';

export class SettlementQuery {
  @ApiProperty({ description: 'start of the period, inclusive (ISO 8601)' }) @IsDateString({ strict: true }) from!: string;
  @ApiProperty({ description: 'end of the period, exclusive (ISO 8601)' }) @IsDateString({ strict: true }) to!: string;
  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' }) @IsOptional() @IsIn(['json', 'csv']) format: 'json' | 'csv' = 'json';
}
