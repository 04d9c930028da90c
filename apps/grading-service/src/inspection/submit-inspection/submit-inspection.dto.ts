import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { CTIA_COSMETIC_GRADES, type CtiaCosmeticGrade } from '@tradein/contracts';

/** The identifier read electronically from the device (not typed from the label). */
export class IdentityReadDto {
  @IsOptional() @Matches(/^\d{15}$/, { message: 'imei must be 15 digits' }) imei?: string;
  @IsOptional() @IsString() @Length(4, 40) serialNumber?: string;
}

export class LocksDto {
  /** Find My, Google FRP or another account lock still on. */
  @IsBoolean() activationLock: boolean;
  @IsBoolean() mdmEnrolled: boolean;
}

export class DefectInputDto {
  @IsString() @Length(1, 64) code: string;
  @IsOptional() @IsString() @Length(1, 200) note?: string;
}

export const EVIDENCE_KINDS = ['PHOTO', 'VIDEO', 'DIAGNOSTIC_REPORT'] as const;

export class EvidenceInputDto {
  /** The ref POST /v1/evidence answered (`sha256:<hex>`): only uploaded objects are accepted. */
  @IsString() @Length(1, 300) ref: string;
  @Matches(/^[0-9a-f]{64}$/, { message: 'sha256 must be 64 lowercase hex characters' }) sha256: string;
  @IsIn(EVIDENCE_KINDS) kind: (typeof EVIDENCE_KINDS)[number];
}

export class SubmitInspectionDto {
  @ValidateNested() @Type(() => IdentityReadDto) identityRead: IdentityReadDto;
  /** Result per check code of the category's checklist (PASS, FAIL, NOT_PRESENT, or a percentage). */
  @ApiProperty({
    type: 'object',
    description: "Result per check code of the category's checklist (GET /v1/checklists/{category}).",
    additionalProperties: {
      oneOf: [
        { type: 'string', enum: ['PASS', 'FAIL', 'NOT_PRESENT'] },
        { type: 'number', minimum: 0, maximum: 100 },
      ],
    },
    example: { POWER: 'PASS', DISPLAY_TOUCH: 'PASS', BATTERY_HEALTH: 91 },
  })
  @IsObject()
  checks: Record<string, unknown>;
  @IsIn(CTIA_COSMETIC_GRADES) cosmeticGrade: CtiaCosmeticGrade;
  @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => DefectInputDto) defects: DefectInputDto[];
  @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @Length(1, 40, { each: true }) missingAccessories: string[];
  @ValidateNested() @Type(() => LocksDto) locks: LocksDto;
  /** At least one photo or report, each bound to the identifier read from the device. */
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => EvidenceInputDto) evidence: EvidenceInputDto[];
}
