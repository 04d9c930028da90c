import { Type } from 'class-transformer';
import { IsDateString, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { MoneyDto } from '../../shared/money.dto';

export class ShipmentDeliveredPayload {
  @IsString() @Length(1, 64) shipmentId!: string;
  @IsString() @Length(1, 64) carrier!: string;
  @IsString() @Length(1, 64) trackingNumber!: string;
  @IsDateString() at!: string;
  @IsOptional() @ValidateNested() @Type(() => MoneyDto) insuredValue?: MoneyDto;
  @IsOptional() @IsString() @Length(1, 200) detail?: string;
}

export const ShipmentDelivered = defineEvent({
  type: 'tradein.shipment.delivered',
  version: 1,
  payload: ShipmentDeliveredPayload,
  producer: 'intake-service',
  description: 'The carrier delivered the parcel to the grading site.',
});
