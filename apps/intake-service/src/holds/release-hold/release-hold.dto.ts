import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';

export class ReleaseHoldDto {
  @ApiProperty({ enum: ['TO_GRADING', 'TO_OWNER'] })
  @IsIn(['TO_GRADING', 'TO_OWNER'])
  to: 'TO_GRADING' | 'TO_OWNER';

  @ApiProperty({ description: 'Why: investigation outcome, lock removed by the owner, police clearance...' })
  @IsString()
  @Length(3, 500)
  reason: string;
}
