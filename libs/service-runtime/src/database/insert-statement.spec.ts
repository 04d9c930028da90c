import 'reflect-metadata';
import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { buildWithTypeorm, clearInsertTemplates, insertStatement } from './insert-statement';

// Two services' views of one table name with other columns (two DataSources in one process, as a test starting two
// services has). Metadata only: TypeORM builds PostgreSQL SQL without a connection.
@Entity('twin')
class TwinOfA {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') colour!: string;
}

@Entity('twin')
class TwinOfB {
  @PrimaryColumn('uuid') id!: string;
  @Column('int', { name: 'size_mm' }) sizeMm!: number;
}

async function metadataOnly(entity: new () => object): Promise<DataSource> {
  const ds = new DataSource({ type: 'postgres', entities: [entity] });
  await (ds as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
  return ds;
}

describe('insertStatement: texts kept per entity metadata', () => {
  beforeEach(() => clearInsertTemplates());

  it("gives each DataSource its own table's text, whatever the table is named", async () => {
    const [a, b] = [await metadataOnly(TwinOfA), await metadataOnly(TwinOfB)];
    const rowA = [{ target: TwinOfA, values: { id: '00000000-0000-4000-8000-000000000001', colour: 'red' } }];
    const rowB = [{ target: TwinOfB, values: { id: '00000000-0000-4000-8000-000000000002', sizeMm: 7 } }];
    for (let i = 0; i < 2; i++) {
      expect(insertStatement(a.manager, rowA)).toEqual(buildWithTypeorm(a.manager, rowA));
      expect(insertStatement(b.manager, rowB)).toEqual(buildWithTypeorm(b.manager, rowB));
    }
    expect(insertStatement(b.manager, rowB)?.[0]).toContain('"size_mm"');
  });

  it('returns nothing for no rows', async () => {
    expect(insertStatement((await metadataOnly(TwinOfA)).manager, [])).toBeUndefined();
  });
});
