import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class AddTacCodeDto {
  @ApiProperty({ example: '35391110' }) @Matches(/^\d{8}$/, { message: 'tac must be 8 digits' }) tac!: string;
  @ApiProperty({ example: 'apple-iphone-16' }) @IsString() @Length(1, 80) modelId!: string;
}
