import { IsIn, IsString, Length } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';

export class DeviceReleasedPayload {
  @IsIn(['TO_GRADING', 'TO_OWNER']) releasedTo!: 'TO_GRADING' | 'TO_OWNER';
  @IsString() @Length(1, 500) reason!: string;
}

export const DeviceReleased = defineEvent({
  type: 'tradein.device.released',
  version: 1,
  payload: DeviceReleasedPayload,
  producer: 'intake-service',
  description: 'Ops released a quarantined or suspended device, to grading or back to its owner.',
});
