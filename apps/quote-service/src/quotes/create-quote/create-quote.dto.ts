import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsObject, IsOptional, IsString, Length, Matches } from 'class-validator';
import { CURRENCIES, MARKETS, type CurrencyCode, type Market } from '@tradein/contracts';

export class CreateQuoteDto {
  @ApiProperty({ example: 'sony-playstation-5-slim' })
  @IsString()
  @Length(1, 80)
  modelId!: string;

  @ApiProperty({ example: 'disc' })
  @IsString()
  @Length(1, 80)
  variantId!: string;

  @ApiProperty({ enum: MARKETS, example: 'FR' })
  @IsIn(MARKETS)
  market!: Market;

  @ApiPropertyOptional({ enum: CURRENCIES, example: 'EUR', description: "If sent, must be the market's currency" })
  @IsOptional()
  @IsIn(CURRENCIES)
  currency?: CurrencyCode;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Answers to the category questionnaire: question code → option code (GET /v1/catalog/categories/{category}/questionnaire)',
    example: { functional: 'works', body: 'light_wear', controllers: 'all_included', accessories: 'complete', locks: 'none' },
  })
  @IsObject()
  answers!: Record<string, string>;

  @ApiPropertyOptional({ example: '490154203237518', description: '15-digit IMEI (Luhn-checked); its TAC must match the model when known' })
  @IsOptional()
  @Matches(/^\d{15}$/, { message: 'imei must be 15 digits' })
  imei?: string;

  @ApiPropertyOptional({
    example: 'acme-console-upgrade',
    description: "A program of the calling partner; defaults to the API key's program",
  })
  @IsOptional()
  @IsString()
  @Length(1, 48)
  programId?: string;
}
