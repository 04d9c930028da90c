import { PayoutSchema1764150000000 } from './1764150000000-payout-schema';
import { PayoutTraceContext1764310000000 } from './1764310000000-payout-trace-context';
import { SandboxPayments1764420000000 } from './1764420000000-sandbox-payments';

/** Listed as classes, oldest first, not globs: bundling and the migrate tool agree on what runs (synchronize is off). */
export const PAYOUT_MIGRATIONS = [PayoutSchema1764150000000, PayoutTraceContext1764310000000, SandboxPayments1764420000000];
