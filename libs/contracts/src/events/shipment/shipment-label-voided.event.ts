import { Type } from 'class-transformer';
import { IsDateString, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { MoneyDto } from '../../shared/money.dto';

export class ShipmentLabelVoidedPayload {
  @IsString() @Length(1, 64) shipmentId!: string;
  @IsString() @Length(1, 64) carrier!: string;
  @IsString() @Length(1, 64) trackingNumber!: string;
  @IsDateString() at!: string;
  @IsOptional() @ValidateNested() @Type(() => MoneyDto) insuredValue?: MoneyDto;
  @IsOptional() @IsString() @Length(1, 200) detail?: string;
}

export const ShipmentLabelVoided = defineEvent({
  type: 'tradein.shipment.label-voided',
  version: 1,
  payload: ShipmentLabelVoidedPayload,
  producer: 'intake-service',
  description: 'An unused label was voided (ship-by passed or trade-in cancelled).',
});
