import { Type } from 'class-transformer';
import { IsArray, IsDateString, IsObject, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { DeviceRefDto, LocationDto } from '../../shared/device-ref.dto';
import { DeviceIdentityDto } from './identity-check.dto';

export class DeviceReceivedPayload {
  @ValidateNested() @Type(() => LocationDto) location!: LocationDto;
  @ValidateNested() @Type(() => DeviceRefDto) device!: DeviceRefDto;
  @ValidateNested() @Type(() => DeviceIdentityDto) identity!: DeviceIdentityDto;
  @IsDateString() receivedAt!: string;
  @IsString() @Length(1, 128) receivedBy!: string;
  @IsArray() @IsString({ each: true }) evidenceRefs!: string[];
  /** Store intake only: the guided checks and their results, by check code. */
  @IsOptional() @IsObject() storeChecks?: Record<string, string>;
}

export const DeviceReceived = defineEvent({
  type: 'tradein.device.received',
  version: 1,
  payload: DeviceReceivedPayload,
  producer: 'intake-service',
  description: 'The device was received (at a grading site or in store) and its identity checked; a SITE receipt opens a grading job.',
});
