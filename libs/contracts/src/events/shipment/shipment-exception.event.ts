import { Type } from 'class-transformer';
import { IsDateString, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { MoneyDto } from '../../shared/money.dto';

export class ShipmentExceptionPayload {
  @IsString() @Length(1, 64) shipmentId!: string;
  @IsString() @Length(1, 64) carrier!: string;
  @IsString() @Length(1, 64) trackingNumber!: string;
  @IsDateString() at!: string;
  @IsOptional() @ValidateNested() @Type(() => MoneyDto) insuredValue?: MoneyDto;
  @IsOptional() @IsString() @Length(1, 200) detail?: string;
}

export const ShipmentException = defineEvent({
  type: 'tradein.shipment.exception',
  version: 1,
  payload: ShipmentExceptionPayload,
  producer: 'intake-service',
  description: 'The carrier reported a problem with the parcel.',
});
