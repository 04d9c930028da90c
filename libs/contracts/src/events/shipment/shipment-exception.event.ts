import { defineEvent } from '../../envelope/event-definition';
import { ShipmentScanPayload } from './shipment-scan.payload';

export class ShipmentExceptionPayload extends ShipmentScanPayload {}

export const ShipmentException = defineEvent({
  type: 'tradein.shipment.exception',
  version: 1,
  payload: ShipmentExceptionPayload,
  producer: 'intake-service',
  description: 'The carrier reported a problem with the parcel.',
});
