import { EvidenceObjects1764900000000 } from '@tradein/evidence';
import { IntakeSchema1764150000000 } from './1764150000000-intake-schema';
import { SeedTacModels1764150000001 } from './1764150000001-seed-tac-models';
import { IntakeFinalizedAt1764150000002 } from './1764150000002-intake-finalized-at';
import { LabelRequests1764150000003 } from './1764150000003-label-requests';
import { LabelRequestTraceContext1764310000000 } from './1764310000000-label-request-trace-context';

/** Listed as classes, not globs, so bundling and the TypeORM CLI agree on what runs. */
export const INTAKE_MIGRATIONS = [
  IntakeSchema1764150000000,
  SeedTacModels1764150000001,
  IntakeFinalizedAt1764150000002,
  LabelRequests1764150000003,
  LabelRequestTraceContext1764310000000,
  EvidenceObjects1764900000000,
];
