import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsObject, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

export class CreatePartnerDto {
  @ApiProperty({ example: 'acme-games', description: 'Stable identifier: lowercase letters, digits and dashes' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,47}$/, { message: 'id must be 2-48 lowercase letters, digits or dashes' })
  id!: string;

  @ApiProperty({ example: 'ACME Games' })
  @IsString()
  @Length(1, 120)
  name!: string;
}

export class CreateProgramDto {
  @ApiProperty({ example: 'acme-console-upgrade' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,47}$/, { message: 'id must be 2-48 lowercase letters, digits or dashes' })
  id!: string;

  @ApiProperty({ example: 'Console upgrade 2026' })
  @IsString()
  @Length(1, 120)
  name!: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'Partner bonus: FIXED amounts per currency or PERCENT of the device value, with cap, threshold, campaign window and categories',
    example: {
      kind: 'FIXED',
      amountMinor: { EUR: '5000', GBP: '4000' },
      thresholdMinor: { EUR: '10000' },
      window: { from: '2026-01-01T00:00:00Z', to: '2026-12-31T00:00:00Z' },
      eligibleCategories: ['console'],
    },
  })
  @IsOptional()
  @IsObject()
  bonus?: Record<string, unknown>;

  @ApiPropertyOptional({ example: 30 }) @IsOptional() @IsInt() @Min(1) @Max(90) quoteValidDays?: number;
  @ApiPropertyOptional({ example: 21 }) @IsOptional() @IsInt() @Min(1) @Max(90) shipByDays?: number;
  @ApiPropertyOptional({ example: 14 }) @IsOptional() @IsInt() @Min(1) @Max(60) answerWindowDays?: number;
}

export class CreateApiKeyDto {
  @ApiPropertyOptional({ example: 'acme-console-upgrade', description: 'Quotes made with this key use this program' })
  @IsOptional()
  @IsString()
  @Length(1, 48)
  programId?: string;
}
