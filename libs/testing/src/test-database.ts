import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { testInfra } from './test-infra';

export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

/** A fresh database on the test server; its name always starts with `test_` so nothing else is ever dropped. */
export async function createTestDatabase(prefix: string): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `test_${prefix.replace(/[^a-z0-9]/g, '_')}_${uniqueSuffix()}`;
  const server = new URL(testInfra().databaseUrl);
  const admin = new Client({ connectionString: withDb(server, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return {
    name,
    url: withDb(server, name),
    drop: async () => {
      if (!name.startsWith('test_')) throw new Error(`refusing to drop ${name}`);
      const c = new Client({ connectionString: withDb(server, 'postgres') });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

function withDb(server: URL, db: string): string {
  const u = new URL(server.toString());
  u.pathname = `/${db}`;
  return u.toString();
}
