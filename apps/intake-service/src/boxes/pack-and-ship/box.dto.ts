import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class OpenBoxDto {
  @ApiProperty({ description: 'The grading site the box will go to' })
  @IsString()
  @Length(1, 64)
  siteId: string;
}

export class AddToBoxDto {
  @ApiProperty()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'tradeInId must be an identifier' })
  tradeInId: string;
}
