import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { MARKETS, type Market } from '@tradein/contracts';

export class CreateWidgetSessionDto {
  @ApiProperty({ enum: MARKETS, example: 'FR', description: 'The market the shopper trades in (currency and prices)' })
  @IsIn(MARKETS)
  market!: Market;

  @ApiProperty({
    example: 'https://shop.acme-games.example',
    description: 'The shop origin the widget runs on: one of your registered widget origins',
  })
  @IsString()
  @Length(1, 255)
  origin!: string;

  @ApiPropertyOptional({ example: 'acme-console-upgrade', description: "One of your programs; defaults to the API key's program" })
  @IsOptional()
  @IsString()
  @Length(1, 48)
  programId?: string;
}
