import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { MoneyDto } from '../../shared/money.dto';

export class ShipmentLabelIssuedPayload {
  @IsString() @Length(1, 64) shipmentId!: string;
  @IsString() @Length(1, 64) carrier!: string;
  @IsString() @Length(1, 64) trackingNumber!: string;
  @IsDateString() at!: string;
  @IsOptional() @ValidateNested() @Type(() => MoneyDto) insuredValue?: MoneyDto;
  @IsOptional() @IsString() @Length(1, 200) detail?: string;
  /** The printable label itself, so the partner can be handed it without a call to intake. */
  @IsOptional() @IsIn(['ZPL', 'PDF']) labelFormat?: 'ZPL' | 'PDF';
  /** ZPL text, or a PDF as base64. */
  @IsOptional() @IsString() @MaxLength(16000) label?: string;
}

export const ShipmentLabelIssued = defineEvent({
  type: 'tradein.shipment.label-issued',
  version: 1,
  payload: ShipmentLabelIssuedPayload,
  producer: 'intake-service',
  description: 'A prepaid, insured label was issued for a mail-in trade-in.',
});
