import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

/** Longest lifetime ops may give a staff token: one working day. */
export const MAX_STAFF_TOKEN_TTL_SECONDS = 12 * 3600;
export const DEFAULT_STAFF_TOKEN_TTL_SECONDS = 8 * 3600;

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;
const ID_MESSAGE = (field: string) => `${field} must be 1-64 letters, digits, _ . : - (starting with a letter or digit)`;

export class IssueStaffTokenDto {
  @ApiProperty({ enum: ['store_staff', 'grader', 'ops'] })
  @IsIn(['store_staff', 'grader', 'ops'])
  role!: 'store_staff' | 'grader' | 'ops';

  @ApiProperty({ example: 'camille.martin', description: 'Who the token is for (its subject): the name recorded on everything they do' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_.@:-]{0,127}$/, { message: 'subject must be 1-128 letters, digits, _ . @ : -' })
  subject!: string;

  @ApiPropertyOptional({ example: 'STORE-DEMO-1', description: 'store_staff: the store (required)' })
  @IsOptional()
  @Matches(ID, { message: ID_MESSAGE('storeId') })
  storeId?: string;

  @ApiPropertyOptional({ example: 'demo-partner', description: 'store_staff: the partner the store belongs to (required, must exist)' })
  @IsOptional()
  @Matches(ID, { message: ID_MESSAGE('partnerId') })
  partnerId?: string;

  @ApiPropertyOptional({ example: 'SITE-1', description: 'grader: the grading site (required)' })
  @IsOptional()
  @Matches(ID, { message: ID_MESSAGE('siteId') })
  siteId?: string;

  @ApiPropertyOptional({
    example: 28800,
    description: `Lifetime in seconds (default ${DEFAULT_STAFF_TOKEN_TTL_SECONDS}, at most ${MAX_STAFF_TOKEN_TTL_SECONDS})`,
  })
  @IsOptional()
  @IsInt()
  @Min(60)
  @Max(MAX_STAFF_TOKEN_TTL_SECONDS)
  ttlSeconds?: number;

  @ApiPropertyOptional({ example: 'new counter clerk, Lyon Part-Dieu', description: 'Why it was issued (kept in the audit)' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  reason?: string;
}
