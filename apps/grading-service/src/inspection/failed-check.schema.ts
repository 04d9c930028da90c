import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The documented shape of a failed functional check (functional-grade.ts), in inspection results and grades alike. */
export class FailedCheckSchema {
  @ApiProperty({ example: 'FACE_ID' }) code: string;
  @ApiProperty({ enum: ['KEY', 'MINOR'] }) severity: string;
  @ApiPropertyOptional({ example: 'front-camera-module', description: 'The spare part that fixes it.' }) part?: string;
}
