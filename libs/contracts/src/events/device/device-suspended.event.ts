import { IsArray, IsIn, IsString, Length } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';

export class DeviceSuspendedPayload {
  @IsString() @Length(1, 64) reasonCode!: string;
  @IsIn(['TRANSPORT_ISSUE', 'DEVICE_MISMATCH', 'IDENTITY']) category!: 'TRANSPORT_ISSUE' | 'DEVICE_MISMATCH' | 'IDENTITY';
  @IsString() @Length(1, 500) detail!: string;
  @IsArray() @IsString({ each: true }) evidenceRefs!: string[];
}

export const DeviceSuspended = defineEvent({
  type: 'tradein.device.suspended',
  version: 1,
  payload: DeviceSuspendedPayload,
  producer: 'intake-service',
  description: 'Receipt found a problem to investigate (empty parcel, different device): the trade-in is SUSPENDED, never a silent loss.',
});
