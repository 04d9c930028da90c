/** Where the test infrastructure runs: the project's own (scripts/infra) unless overridden like the services. */
export function testInfra(): { databaseUrl: string; brokers: string[] } {
  const databaseUrl =
    process.env['TEST_DATABASE_URL'] ??
    process.env['DATABASE_URL'] ??
    `postgres://postgres@127.0.0.1:${process.env['PG_PORT'] ?? '55432'}/postgres`;
  const brokers = (process.env['KAFKA_BROKERS'] ?? `127.0.0.1:${process.env['KAFKA_PORT'] ?? '19092'}`)
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  return { databaseUrl, brokers };
}
