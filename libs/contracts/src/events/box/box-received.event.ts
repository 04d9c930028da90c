import { IsDateString, IsString, Length } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';

export class BoxReceivedPayload {
  @IsString() @Length(1, 64) boxId!: string;
  @IsString() @Length(1, 64) storeId!: string;
  @IsString() @Length(1, 64) siteId!: string;
  @IsDateString() receivedAt!: string;
  @IsString() @Length(1, 128) receivedBy!: string;
}

export const StoreDeviceArrived = defineEvent({
  type: 'tradein.box.device-arrived',
  version: 1,
  payload: BoxReceivedPayload,
  producer: 'intake-service',
  description:
    'A store device was scanned out of its box at a grading site (one event per device, keyed by its trade-in): grading opens a job.',
});
