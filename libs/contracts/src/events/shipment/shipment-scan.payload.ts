import { Type } from 'class-transformer';
import { IsDateString, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { MoneyDto } from '../../shared/money.dto';

/** What every shipment event says: which parcel, which carrier, when. Each event's payload extends it. */
export class ShipmentScanPayload {
  @IsString() @Length(1, 64) shipmentId!: string;
  @IsString() @Length(1, 64) carrier!: string;
  @IsString() @Length(1, 64) trackingNumber!: string;
  @IsDateString() at!: string;
  @IsOptional() @ValidateNested() @Type(() => MoneyDto) insuredValue?: MoneyDto;
  @IsOptional() @IsString() @Length(1, 200) detail?: string;
}
