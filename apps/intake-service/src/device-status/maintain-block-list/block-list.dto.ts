import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { type BlockReason } from '../../identity/identity-verdict';

export const BLOCK_REASONS: readonly BlockReason[] = ['STOLEN', 'LOST', 'FINANCED_UNPAID'];

export class AddBlockListEntryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 40) imei?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 40) serialNumber?: string;
  @ApiProperty({ enum: BLOCK_REASONS }) @IsIn(BLOCK_REASONS) status: BlockReason;
  @ApiProperty({ description: 'Why (police report number, lender notice...)' }) @IsString() @Length(3, 500) reason: string;
}

export class RemoveBlockListEntryDto {
  @ApiProperty() @IsString() @Length(3, 500) reason: string;
}
