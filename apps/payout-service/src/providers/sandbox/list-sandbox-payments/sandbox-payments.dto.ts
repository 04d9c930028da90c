import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';

export class SandboxPaymentsQuery {
  @ApiPropertyOptional() @IsOptional() @Matches(/^[\w:.-]{1,128}$/, { message: 'idempotencyKey must be a key' }) idempotencyKey?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'tradeInId must be an identifier' }) tradeInId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() payoutId?: string;
  @ApiPropertyOptional({ example: 'sandbox-gift-cards' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/, { message: 'provider must be a provider name' })
  provider?: string;
  @ApiPropertyOptional({ default: 100, maximum: 1000 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit = 100;
}

export interface SandboxPaymentView {
  provider: string;
  idempotencyKey: string;
  payoutId: string;
  method: string;
  amount: { amountMinor: string; currency: string };
  destinationRef: string;
  status: string;
  providerReference: string | null;
  declineCode: string | null;
  createdAt: string;
  settledAt: string | null;
}
