import { ApiProperty } from '@nestjs/swagger';
import { SANITIZATION_METHODS, VERIFICATION_RESULTS } from '../erasure-outcome';
import { MEDIUM_TYPES } from '../sanitization-techniques';
import { type CertificateView } from './record-erasure.service';

/** One erasure certificate (CertificateView); `implements` keeps the two in step. */
export class CertificateViewSchema implements CertificateView {
  @ApiProperty({ format: 'uuid' }) certificateId: string;
  @ApiProperty() tradeInId: string;
  @ApiProperty({ example: 'nand0' }) mediumId: string;
  @ApiProperty({ enum: MEDIUM_TYPES }) mediumType: string;
  @ApiProperty({ example: 'NIST SP 800-88 Rev. 1' }) standard: string;
  @ApiProperty({ enum: SANITIZATION_METHODS }) method: string;
  @ApiProperty({ type: String, nullable: true, description: 'How the method was carried out (e.g. CRYPTO_ERASE).' }) technique:
    string | null;
  @ApiProperty({ example: 'Blancco Mobile' }) tool: string;
  @ApiProperty({ example: '7.4' }) toolVersion: string;
  @ApiProperty({ description: 'The technician holding the lease.' }) operatorId: string;
  @ApiProperty({ enum: VERIFICATION_RESULTS }) verification: string;
  @ApiProperty({ format: 'date-time' }) performedAt: string;
  @ApiProperty({ pattern: '^[0-9a-f]{64}$' }) reportSha256: string;
}
