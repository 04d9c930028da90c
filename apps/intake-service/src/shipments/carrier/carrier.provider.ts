import { type Provider } from '@nestjs/common';
import { IntakeConfig } from '../../config/intake.config';
import { CARRIER_ADAPTER } from './carrier-adapter';
import { SandboxCarrierAdapter } from './sandbox-carrier.adapter';

/** The carrier in use. Only the sandbox exists today; a real carrier is another CarrierAdapter chosen here. */
export const carrierProvider: Provider = {
  provide: CARRIER_ADAPTER,
  inject: [IntakeConfig],
  useFactory: (c: IntakeConfig) => new SandboxCarrierAdapter(c.CARRIER_WEBHOOK_SECRET, c.CARRIER_SIGNATURE_TOLERANCE_SECONDS, c.CARRIER_TRACKING_PREFIX),
};
