import { Type } from 'class-transformer';
import { IsDateString, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { MoneyDto } from '../../shared/money.dto';

export class ShipmentLabelIssuedPayload {
  @IsString() @Length(1, 64) shipmentId!: string;
  @IsString() @Length(1, 64) carrier!: string;
  @IsString() @Length(1, 64) trackingNumber!: string;
  @IsDateString() at!: string;
  @IsOptional() @ValidateNested() @Type(() => MoneyDto) insuredValue?: MoneyDto;
  @IsOptional() @IsString() @Length(1, 200) detail?: string;
}

export const ShipmentLabelIssued = defineEvent({
  type: 'tradein.shipment.label-issued',
  version: 1,
  payload: ShipmentLabelIssuedPayload,
  producer: 'intake-service',
  description: 'A prepaid, insured label was issued for a mail-in trade-in.',
});
