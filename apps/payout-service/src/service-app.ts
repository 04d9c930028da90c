import { type ServiceAppOptions } from '@tradein/service-runtime';

/** What /docs and openapi/payout-service.json say about the service. */
export const PAYOUT_SERVICE_APP: ServiceAppOptions = {
  serviceName: 'payout-service',
  description: 'One payout per trade-in through provider adapters, a double-entry ledger, limits and holds, partner settlement.',
  localUrl: 'http://localhost:3004',
};
