import { isDeepStrictEqual } from 'node:util';
import { type EntityManager, type EntityMetadata, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { type ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { prepared } from '@tradein/messaging';
import { childLogger } from '@tradein/observability';

export interface RowToInsert {
  target: EntityTarget<ObjectLiteral>;
  values: ObjectLiteral;
}

export type InsertStatement = [text: string, params: unknown[]];

/**
 * One statement that inserts rows into several tables (one round trip): the inserts TypeORM would send one
 * by one, chained as data-modifying CTEs with their parameters renumbered. Rows are written in order and
 * foreign keys are checked at the end of the statement, so a child may follow its parent. Nothing is
 * read back (no RETURNING): generated columns stay unset on the values. Only builds the SQL (no query).
 *
 * The text depends only on the tables and on which columns take their DEFAULT (an undefined value), so it is
 * built by TypeORM once per shape and kept (TypeORM's query builder was a tenth of a quote's CPU); the values
 * are bound as TypeORM binds them (its column metadata and driver). The first time a shape is seen, the values
 * are compared with TypeORM's own; a shape where they differ is always built by TypeORM.
 */
export function insertStatement(m: EntityManager, rows: readonly RowToInsert[]): InsertStatement | undefined {
  const bound: BoundRow[] = [];
  for (const row of rows) {
    const b = boundValues(m, row);
    if (!b) return buildWithTypeorm(m, rows);
    bound.push(b);
  }
  const key = bound.map((b) => b.shape).join('|');
  const params = bound.flatMap((b) => b.params);
  const known = TEMPLATES.get(key);
  if (typeof known === 'string') return [known, params];
  const built = buildWithTypeorm(m, rows);
  if (built && known === undefined && TEMPLATES.size < MAX_TEMPLATES) {
    const same = isDeepStrictEqual(built[1], params);
    if (!same)
      childLogger('insert-statement').warn({ shape: key }, 'insert values differ from TypeORM: this shape is always built by TypeORM');
    // A kept text is the same on every call: prepared on each connection (ADR 0024; it has no RETURNING).
    TEMPLATES.set(key, same ? prepared(built[0]) : null);
  }
  return built;
}

/** Statement text by shape; null: a shape whose values did not match TypeORM's (built by TypeORM each time). */
const TEMPLATES = new Map<string, string | null>();
/** A handful of shapes exist (one per set of omitted columns); the bound keeps a bug from growing the map. */
const MAX_TEMPLATES = 256;

/** Forgets the kept statement texts (tests). */
export function clearInsertTemplates(): void {
  TEMPLATES.clear();
}

/**
 * Per entity metadata (one DataSource's view of a table): a number naming it in shapes, and the columns TypeORM's
 * INSERT names for PostgreSQL, in its order; null columns when TypeORM must build the row. Keyed by the metadata
 * itself, not the table's name: two DataSources in one process (a test starting two services) may map one table
 * name to different columns.
 */
const ENTITIES = new WeakMap<EntityMetadata, { id: number; columns: ColumnMetadata[] | null }>();
let nextEntityId = 0;
function entityOf(metadata: EntityMetadata): { id: number; columns: ColumnMetadata[] | null } {
  let entity = ENTITIES.get(metadata);
  if (!entity) {
    // Version and discriminator columns are written as literals or metadata values: left to TypeORM.
    const special = metadata.columns.some((c) => c.isVersion || c.isDiscriminator);
    const columns = special ? null : metadata.columns.filter((c) => c.isInsert && !(c.isGenerated && c.generationStrategy === 'increment'));
    entity = { id: nextEntityId++, columns };
    ENTITIES.set(metadata, entity);
  }
  return entity;
}

/** A row's bound values and its shape (table and DEFAULT columns); undefined when TypeORM must build it. */
interface BoundRow {
  shape: string;
  params: unknown[];
}
function boundValues(m: EntityManager, { target, values }: RowToInsert): BoundRow | undefined {
  const { id, columns } = entityOf(m.connection.getMetadata(target));
  if (!columns) return undefined;
  const driver = m.connection.driver;
  let shape = `${id}:`;
  const params: unknown[] = [];
  for (const column of columns) {
    const raw: unknown = column.getEntityValue(values);
    if (typeof raw === 'function') return undefined; // an SQL expression: part of the text
    const value: unknown = driver.preparePersistentValue(raw, column);
    if (value === undefined) shape += '-';
    else {
      shape += '+';
      params.push(value);
    }
  }
  return { shape, params };
}

/** The statement as TypeORM builds it, every time (what the kept texts are checked against). */
export function buildWithTypeorm(m: EntityManager, rows: readonly RowToInsert[]): InsertStatement | undefined {
  const statements: string[] = [];
  const params: unknown[] = [];
  for (const { target, values } of rows) {
    const [sql, own] = m.createQueryBuilder().insert().into(target).values(values).updateEntity(false).getQueryAndParameters();
    const offset = params.length;
    // TypeORM's INSERT text holds only quoted identifiers, placeholders and DEFAULT: every `$n` is a placeholder.
    statements.push(sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`));
    params.push(...own);
  }
  const last = statements.pop();
  if (last === undefined) return undefined;
  const chained = statements.map((sql, i) => `row${i} AS (${sql})`);
  return [chained.length ? `WITH ${chained.join(', ')} ${last}` : last, params];
}
