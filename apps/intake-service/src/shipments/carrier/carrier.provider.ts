import { type Provider } from '@nestjs/common';
import { ConfigError } from '@tradein/service-runtime';
import { IntakeConfig } from '../../config/intake.config';
import { CARRIER_ADAPTER } from './carrier-adapter';
import { SandboxCarrierAdapter } from './sandbox-carrier.adapter';

/** The carrier in use. Only the sandbox exists today; a real carrier is another CarrierAdapter chosen here. */
export const carrierProvider: Provider = {
  provide: CARRIER_ADAPTER,
  inject: [IntakeConfig],
  useFactory: (c: IntakeConfig) => {
    if (c.NODE_ENV === 'production' && c.INTAKE_SANDBOX_CARRIER_IN_PRODUCTION !== 'true') {
      throw new ConfigError('intake-service', [
        'INTAKE_SANDBOX_CARRIER_IN_PRODUCTION: the sandbox carrier (the only carrier) is refused with NODE_ENV=production; set it to true for a demo',
      ]);
    }
    return new SandboxCarrierAdapter(c.CARRIER_WEBHOOK_SECRET, c.CARRIER_SIGNATURE_TOLERANCE_SECONDS, c.CARRIER_TRACKING_PREFIX);
  },
};
