import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';

export class ConfigureWebhookDto {
  @ApiProperty({ example: 'https://partner.example.com/tradein/webhooks' }) @IsString() @Length(8, 2048) url!: string;
  @ApiPropertyOptional({ example: 'acme-games', description: 'Ops only: the partner to configure' })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]{1,47}$/, { message: 'partnerId must be a partner id' })
  partnerId?: string;
}

export class DeliveriesQueryDto {
  @ApiPropertyOptional({ enum: ['PENDING', 'DELIVERED', 'FAILED'] })
  @IsOptional()
  @IsIn(['PENDING', 'DELIVERED', 'FAILED'])
  status?: string;
  @ApiPropertyOptional({ description: 'Ops only' }) @IsOptional() @Matches(/^[a-z0-9][a-z0-9-]{1,47}$/) partnerId?: string;
}
