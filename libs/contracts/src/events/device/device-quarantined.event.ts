import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsDateString, IsString, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { LocationDto } from '../../shared/device-ref.dto';
import { DeviceIdentityDto } from './identity-check.dto';

export class DeviceQuarantinedPayload {
  @ValidateNested() @Type(() => LocationDto) location!: LocationDto;
  @ValidateNested() @Type(() => DeviceIdentityDto) identity!: DeviceIdentityDto;
  @IsArray() @ArrayMinSize(1) @IsString({ each: true }) reasonCodes!: string[];
  @IsDateString() holdUntil!: string;
}

export const DeviceQuarantined = defineEvent({
  type: 'tradein.device.quarantined',
  version: 1,
  payload: DeviceQuarantinedPayload,
  producer: 'intake-service',
  description: 'The device failed an identity check (block list, locks): held in quarantine until holdUntil.',
});
