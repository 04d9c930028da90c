import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { ShipmentScanPayload } from './shipment-scan.payload';

export class ShipmentLabelIssuedPayload extends ShipmentScanPayload {
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
