import { MessagingTables1764000000000 } from './outbox/messaging-tables.migration';
import { DeadLetterCode1765000000001 } from './dead-letters/dead-letter-code.migration';
import { DeadLetterTable1765000000000 } from './dead-letters/dead-letter-table.migration';
import { TradeInTraceTable1764300000000 } from './tracing/trade-in-trace.migration';
import { InboxRetentionIndex1765300000000 } from './retention/inbox-retention-index.migration';

/** The backbone's migrations, oldest first: every service's data source lists all of them. */
export const MESSAGING_MIGRATIONS = [
  MessagingTables1764000000000,
  TradeInTraceTable1764300000000,
  DeadLetterTable1765000000000,
  DeadLetterCode1765000000001,
  InboxRetentionIndex1765300000000,
] as const;
