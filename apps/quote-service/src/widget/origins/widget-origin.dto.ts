import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class WidgetOriginDto {
  @ApiProperty({ example: 'https://shop.acme-games.example', description: 'scheme://host[:port], exactly as browsers send it in Origin' })
  @IsString()
  @Length(1, 255)
  origin!: string;
}
