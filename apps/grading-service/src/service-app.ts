import { type ServiceAppOptions } from '@tradein/service-runtime';

/** What /docs and openapi/grading-service.json say about the service. */
export const GRADING_SERVICE_APP: ServiceAppOptions = {
  serviceName: 'grading-service',
  description:
    'Grading queue with claims, CTIA/R2 inspections, NIST SP 800-88 erasure certificates, dispositions, appeals and refurbishable stock.',
  localUrl: 'http://localhost:3003',
};
