import { IsDateString, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { SANITIZATION_METHODS, type SanitizationMethod, VERIFICATION_RESULTS, type VerificationResult } from '../erasure-outcome';
import { MEDIUM_TYPES, SANITIZATION_TECHNIQUES, type SanitizationTechnique } from '../sanitization-techniques';

/** One storage medium's sanitization (NIST SP 800-88) as the erasure tool reported it. */
export class RecordErasureDto {
  @IsString() @Length(1, 64) mediumId: string;
  @IsIn(MEDIUM_TYPES) mediumType: (typeof MEDIUM_TYPES)[number];
  @IsIn(SANITIZATION_METHODS) method: SanitizationMethod;
  @IsOptional() @IsIn(SANITIZATION_TECHNIQUES) technique?: SanitizationTechnique;
  @IsString() @Length(1, 80) tool: string;
  @IsString() @Length(1, 40) toolVersion: string;
  @IsIn(VERIFICATION_RESULTS) verification: VerificationResult;
  @IsDateString({ strict: true }) performedAt: string;
  /** The tool's report as issued; only its SHA-256 is kept on the certificate. */
  @IsString() @Length(1, 200_000) report: string;
}
