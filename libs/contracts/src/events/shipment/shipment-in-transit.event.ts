import { Type } from 'class-transformer';
import { IsDateString, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { MoneyDto } from '../../shared/money.dto';

export class ShipmentInTransitPayload {
  @IsString() @Length(1, 64) shipmentId!: string;
  @IsString() @Length(1, 64) carrier!: string;
  @IsString() @Length(1, 64) trackingNumber!: string;
  @IsDateString() at!: string;
  @IsOptional() @ValidateNested() @Type(() => MoneyDto) insuredValue?: MoneyDto;
  @IsOptional() @IsString() @Length(1, 200) detail?: string;
}

export const ShipmentInTransit = defineEvent({
  type: 'tradein.shipment.in-transit',
  version: 1,
  payload: ShipmentInTransitPayload,
  producer: 'intake-service',
  description: 'The carrier scanned the parcel on its way.',
});
