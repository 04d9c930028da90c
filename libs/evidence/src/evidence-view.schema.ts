import { ApiProperty } from '@nestjs/swagger';
import { type EvidenceView } from './evidence.service';

/** The documented shape of EvidenceView; `implements` keeps the two in step. */
export class EvidenceViewSchema implements EvidenceView {
  @ApiProperty({
    description: 'What inspections and dock receipts cite',
    example: 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    pattern: '^sha256:[0-9a-f]{64}$',
  })
  ref: string;

  @ApiProperty({ description: 'SHA-256 of the bytes, computed by the server', pattern: '^[0-9a-f]{64}$' }) sha256: string;
  @ApiProperty({ enum: ['image/jpeg', 'image/png', 'image/webp'], description: 'Read from the bytes' }) contentType: string;
  @ApiProperty({ example: 184211 }) sizeBytes: number;
  @ApiProperty({ format: 'date-time' }) uploadedAt: string;
}
