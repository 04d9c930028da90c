import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { DeviceRefDto } from '../../shared/device-ref.dto';
import { CTIA_COSMETIC_GRADES, DISPOSITIONS, type CtiaCosmeticGrade, type Disposition } from '../../shared/enums';

export class DefectDto {
  @IsString() @Length(1, 64) code!: string;
  @IsOptional() @IsString() @Length(1, 200) note?: string;
}

/**
 * Everything quote-service needs to reprice with the quote's own price table:
 * the grades, battery health, missing accessories and lock state, plus evidence for a revised offer.
 */
export class DeviceGradedPayload {
  @IsString() @Length(1, 64) gradeId!: string;
  @IsString() @Length(1, 64) siteId!: string;
  @ValidateNested() @Type(() => DeviceRefDto) device!: DeviceRefDto;
  @IsIn(CTIA_COSMETIC_GRADES) cosmeticGrade!: CtiaCosmeticGrade;
  @IsInt() @Min(0) @Max(9) functionalGrade!: number;
  @IsR2Functional() r2Functional!: string;
  @IsR2Cosmetic() r2Cosmetic!: string;
  @IsOptional() @IsInt() @Min(0) @Max(100) batteryHealthPercent?: number;
  @IsArray() @IsString({ each: true }) missingAccessories!: string[];
  @IsBoolean() locked!: boolean;
  @IsArray() @ValidateNested({ each: true }) @Type(() => DefectDto) defects!: DefectDto[];
  @IsArray() @IsString({ each: true }) evidenceRefs!: string[];
  @IsIn(DISPOSITIONS) disposition!: Disposition;
  @IsString() @Length(1, 40) marketplaceGrade!: string;
  @IsString() @Length(1, 40) gradingStandardVersion!: string;
  @IsString() @Length(1, 128) technicianId!: string;
  /** True when this grade replaces an earlier one after an appeal. */
  @IsBoolean() regrade!: boolean;
}

function IsR2Functional(): PropertyDecorator {
  return IsIn(['F1', 'F2', 'F3', 'F4', 'F5', 'F6']);
}
function IsR2Cosmetic(): PropertyDecorator {
  return IsIn(['C0', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8']);
}

export const DeviceGraded = defineEvent({
  type: 'tradein.device.graded',
  version: 1,
  payload: DeviceGradedPayload,
  producer: 'grading-service',
  description: 'A technician graded the device (CTIA cosmetic A-E and functional 0-9, R2 categories, disposition); quote-service reprices.',
});
