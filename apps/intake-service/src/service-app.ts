import { type ServiceAppOptions } from '@tradein/service-runtime';

/** What /docs and openapi/intake-service.json say about the service. */
export const INTAKE_SERVICE_APP: ServiceAppOptions = {
  serviceName: 'intake-service',
  description: 'Labels and tracking, dock receipt, store intake, device identity checks, store boxes, chain of custody and returns.',
  localUrl: 'http://localhost:3002',
  extraHeaderSchemes: {
    'carrier-signature': {
      header: 'X-Carrier-Signature',
      description:
        '`sha256=` and the hex HMAC-SHA256, with the shared webhook secret, of `<X-Carrier-Timestamp>.<raw body>`; sent with X-Carrier-Timestamp (unix seconds).',
    },
  },
};
