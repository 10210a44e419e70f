// The KnowledgeStore on PostgreSQL, on its own pool to the store's database (as SQLite's opens its
// own connection to the file). Schema in pg-migrations.ts, applied with the cable store's.
import type pg from 'pg';
import type { AnalysisInput, EntityRef, KnowledgeStore } from '../../entities/knowledge-store.js';
import type { Schema, Statement, StatementInput } from '../../entities/types.js';
import { STATEMENT_COLUMNS, toStatement, type StatementRow } from '../statement-rows.js';
import { connectPg, inTransaction, parsePgUrl, type PgHandles } from './pg-connection.js';
import { ensureEntity, writeCableKnowledgePg } from './pg-knowledge-write.js';


export class PostgresKnowledgeStore implements KnowledgeStore {
  private constructor(private readonly handles: PgHandles) {}

  /** Opens the store's database; the cable store must have migrated it first. */
  static async open(url: string): Promise<PostgresKnowledgeStore> {
    return new PostgresKnowledgeStore(await connectPg(parsePgUrl(url), 4));
  }

  private get pool(): pg.Pool {
    return this.handles.pool;
  }

  async cablesToAnalyse(version: string): Promise<string[]> {
    const rows = await this.pool.query<{ id: string }>(
      `SELECT c.id FROM cables c LEFT JOIN analysed a ON a.cable_pk = c.pk
       WHERE a.cable_pk IS NULL OR a.version <> $1 OR a.parse_sha256 IS DISTINCT FROM c.parse_sha256
       ORDER BY c.created COLLATE "C" NULLS FIRST, c.id COLLATE "C"`,
      [version],
    );
    return rows.rows.map((r) => r.id);
  }

  async forget(cableIds: readonly string[]): Promise<void> {
    await this.pool.query('DELETE FROM analysed WHERE cable_pk IN (SELECT pk FROM cables WHERE id = ANY($1::text[]))', [cableIds]);
  }

  replaceCableKnowledge(input: AnalysisInput): Promise<number> {
    return inTransaction(this.pool, (client) => writeCableKnowledgePg(client, input));
  }

  addStatements(inputs: StatementInput[]): Promise<void> {
    const now = new Date().toISOString();
    return inTransaction(this.pool, async (client) => {
      for (const s of inputs) {
        const id = await ensureEntity(client, s.entity, s.schema);
        await client.query(
          `INSERT INTO statements (entity_id, prop, value, cable_pk, cable_id, paragraph, marking, declassify_on, origin, author, created_at)
           VALUES ($1, $2, $3, (SELECT pk FROM cables WHERE id = $4), $4, $5, $6, $7, $8, $9, $10)`,
          [id, s.prop, s.value, s.cable, s.paragraph, s.marking, s.declassifyOn, s.origin, s.author, now],
        );
      }
    });
  }

  async entity(key: string): Promise<EntityRef | null> {
    const rows = await this.pool.query<EntityRef>('SELECT id, key, schema FROM entities WHERE key = $1', [key]);
    return rows.rows[0] ?? null;
  }

  async entitiesOfSchema(schema: Schema): Promise<EntityRef[]> {
    return (await this.pool.query<EntityRef>('SELECT id, key, schema FROM entities WHERE schema = $1 ORDER BY id', [schema])).rows;
  }

  async findByName(text: string, limit: number): Promise<EntityRef[]> {
    // Case-insensitive like SQLite's LIKE; the pattern's own wildcards are escaped.
    const like = `%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    const rows = await this.pool.query<EntityRef>(
      `SELECT DISTINCT e.id, e.key, e.schema FROM statements s JOIN entities e ON e.id = s.entity_id
       WHERE s.prop = 'name' AND s.value ILIKE $1 ESCAPE '\\' ORDER BY e.id LIMIT $2`,
      [like, limit],
    );
    return rows.rows;
  }

  async statementsOf(keys: readonly string[]): Promise<Statement[]> {
    if (keys.length === 0) return [];
    const rows = await this.pool.query<StatementRow>(
      `SELECT ${STATEMENT_COLUMNS} FROM statements s JOIN entities e ON e.id = s.entity_id WHERE e.key = ANY($1::text[]) ORDER BY s.id`,
      [keys],
    );
    return rows.rows.map(toStatement);
  }

  async statementsWithValue(prop: string, values: readonly string[]): Promise<Statement[]> {
    if (values.length === 0) return [];
    const rows = await this.pool.query<StatementRow>(
      `SELECT ${STATEMENT_COLUMNS} FROM statements s JOIN entities e ON e.id = s.entity_id
       WHERE s.prop = $1 AND s.value = ANY($2::text[]) ORDER BY s.id`,
      [prop, values],
    );
    return rows.rows.map(toStatement);
  }

  async counts(): Promise<{ entities: number; statements: number; analysedCables: number }> {
    const rows = await this.pool.query<{ entities: number; statements: number; analysed: number }>(
      'SELECT (SELECT count(*) FROM entities) AS entities, (SELECT count(*) FROM statements) AS statements, (SELECT count(*) FROM analysed) AS analysed',
    );
    const r = rows.rows[0]!;
    return { entities: r.entities, statements: r.statements, analysedCables: r.analysed };
  }

  async close(): Promise<void> {
    await this.handles.db.destroy();
  }
}

