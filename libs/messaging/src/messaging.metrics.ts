import { counter, gauge, histogram } from '@tradein/observability';

/** The backbone's own figures: what a 3 a.m. dashboard needs to tell a stuck relay from a poison message. */
export const messagingMetrics = {
  published: counter('messaging_published_total', 'Events published to Kafka by the outbox relay', ['topic']),
  consumed: counter('messaging_consumed_total', 'Events applied by a consumer handler', ['topic', 'consumer']),
  duplicates: counter('messaging_duplicates_skipped_total', 'Events skipped because the inbox had already seen them', [
    'topic',
    'consumer',
  ]),
  retried: counter('messaging_retried_total', 'Handler attempts that failed and were retried', ['topic', 'consumer']),
  deadLettered: counter('messaging_dead_lettered_total', 'Events sent to a dead-letter topic', ['topic', 'reason']),
  relayLag: gauge('messaging_relay_lag_seconds', 'Age of the oldest unpublished outbox event'),
  relayPending: gauge('messaging_relay_pending_events', 'Unpublished outbox events'),
  retentionDeleted: counter(
    'messaging_retention_deleted_rows_total',
    'Old backbone rows deleted by the retention pass: published outbox rows and inbox rows past their retention (ADR 0022)',
    ['table'],
  ),
  retentionLastPass: gauge(
    'messaging_retention_last_pass_timestamp_seconds',
    'When the last retention pass of this process completed (Unix time); it runs every MESSAGING_RETENTION_INTERVAL_MS',
  ),
  handleSeconds: histogram(
    'messaging_handle_seconds',
    'Time of one consumer transaction (one event, or a batch of events in offset order)',
    ['topic'],
    [0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
  ),
};
