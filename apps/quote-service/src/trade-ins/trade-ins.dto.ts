import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class AppealDto {
  @ApiProperty({ example: "The controller was in the box: see the customer's packing photo" }) @IsString() @Length(5, 1000) reason!: string;
}

export class CancelTradeInDto {
  @ApiProperty({ example: 'CUSTOMER_CHANGED_MIND' }) @IsString() @Length(1, 64) reason!: string;
}
