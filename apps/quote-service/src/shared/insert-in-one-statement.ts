import { type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';

export interface RowToInsert {
  target: EntityTarget<ObjectLiteral>;
  values: ObjectLiteral;
}

/**
 * One statement that inserts rows into several tables (one round trip): the inserts TypeORM would send one
 * by one, chained as data-modifying CTEs with their parameters renumbered. Rows are written in order and
 * foreign keys are checked at the end of the statement, so a child may follow its parent. Nothing is
 * read back (no RETURNING): generated columns stay unset on the values. Only builds the SQL (no query).
 */
export function insertStatement(m: EntityManager, rows: readonly RowToInsert[]): [text: string, params: unknown[]] | undefined {
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
