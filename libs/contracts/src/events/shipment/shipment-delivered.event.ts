import { defineEvent } from '../../envelope/event-definition';
import { ShipmentScanPayload } from './shipment-scan.payload';

export class ShipmentDeliveredPayload extends ShipmentScanPayload {}

export const ShipmentDelivered = defineEvent({
  type: 'tradein.shipment.delivered',
  version: 1,
  payload: ShipmentDeliveredPayload,
  producer: 'intake-service',
  description: 'The carrier delivered the parcel to the grading site.',
});
