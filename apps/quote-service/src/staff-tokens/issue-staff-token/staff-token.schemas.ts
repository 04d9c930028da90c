import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type IssuedStaffToken, type StaffTokenIssuanceView } from './staff-tokens.service';

export class StaffTokenClaimsSchema {
  @ApiProperty({ example: 'camille.martin' }) sub: string;
  @ApiProperty({ enum: ['store_staff', 'grader', 'ops'] }) role: 'store_staff' | 'grader' | 'ops';
  @ApiPropertyOptional({ example: 'STORE-DEMO-1' }) storeId?: string;
  @ApiPropertyOptional({ example: 'demo-partner' }) partnerId?: string;
  @ApiPropertyOptional({ example: 'SITE-1' }) siteId?: string;
}

/** The documented shape of IssuedStaffToken; `implements` keeps the two in step. */
export class IssuedStaffTokenSchema implements IssuedStaffToken {
  @ApiProperty({ format: 'uuid', description: 'The audit row of this issuance' }) issuanceId: string;
  @ApiProperty({ description: 'The staff JWT (shown once, never stored)' }) token: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType: 'Bearer';
  @ApiProperty({ example: 28800 }) expiresIn: number;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ type: StaffTokenClaimsSchema }) claims: StaffTokenClaimsSchema;
}

export class StaffTokenIssuanceSchema implements StaffTokenIssuanceView {
  @ApiProperty({ format: 'uuid' }) issuanceId: string;
  @ApiProperty({ description: 'The ops user who issued it' }) issuedBy: string;
  @ApiProperty() subject: string;
  @ApiProperty({ enum: ['store_staff', 'grader', 'ops'] }) role: string;
  @ApiPropertyOptional() storeId?: string;
  @ApiPropertyOptional() siteId?: string;
  @ApiPropertyOptional() partnerId?: string;
  @ApiPropertyOptional() reason?: string;
  @ApiProperty({ format: 'date-time' }) issuedAt: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class StaffTokenIssuanceListSchema {
  @ApiProperty({ type: [StaffTokenIssuanceSchema] }) items: StaffTokenIssuanceSchema[];
}
