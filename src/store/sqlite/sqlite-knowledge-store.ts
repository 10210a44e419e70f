// The KnowledgeStore on SQLite, on its own connection to the archive file (WAL lets it read while
// the cable store writes). Schema in knowledge-migration.ts, applied with the cable store's.
import Sqlite from 'better-sqlite3';
import type { AnalysisInput, EntityRef, KnowledgeStore } from '../../entities/knowledge-store.js';
import type { Schema, Statement, StatementInput } from '../../entities/types.js';
import { STATEMENT_COLUMNS, toStatement, type StatementRow } from '../statement-rows.js';
import { DemarcheError } from '../../errors.js';
import { writeCableKnowledge } from './knowledge-write.js';


export class SqliteKnowledgeStore implements KnowledgeStore {
  private constructor(private readonly db: Sqlite.Database) {}

  /** Opens the archive file; the cable store must have migrated it first. */
  static open(file: string): SqliteKnowledgeStore {
    const db = new Sqlite(file);
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    return new SqliteKnowledgeStore(db);
  }

  async cablesToAnalyse(version: string): Promise<string[]> {
    const rows = this.db
      .prepare(
        `SELECT c.id FROM cables c LEFT JOIN analysed a ON a.cable_pk = c.pk
         WHERE a.cable_pk IS NULL OR a.version <> ? OR a.parse_sha256 IS NOT c.parse_sha256 ORDER BY c.created, c.id`,
      )
      .all(version) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }

  async forget(cableIds: readonly string[]): Promise<void> {
    this.db
      .prepare('DELETE FROM analysed WHERE cable_pk IN (SELECT pk FROM cables WHERE id IN (SELECT value FROM json_each(?)))')
      .run(JSON.stringify(cableIds));
  }

  async replaceCableKnowledge(input: AnalysisInput): Promise<number> {
    return this.db.transaction(() => writeCableKnowledge(this.db, input))();
  }

  async addStatements(inputs: StatementInput[]): Promise<void> {
    const now = new Date().toISOString();
    const upsert = this.db.prepare('INSERT INTO entities (key, schema, created_at) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING');
    const idOf = this.db.prepare('SELECT id FROM entities WHERE key = ?');
    const insert = this.db.prepare(
      `INSERT INTO statements (entity_id, prop, value, cable_pk, cable_id, paragraph, marking, declassify_on, origin, author, created_at)
       VALUES (?, ?, ?, (SELECT pk FROM cables WHERE id = ?), ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.db.transaction(() => {
      for (const s of inputs) {
        upsert.run(s.entity, s.schema, now);
        const { id } = idOf.get(s.entity) as { id: number };
        insert.run(id, s.prop, s.value, s.cable, s.cable, s.paragraph, s.marking, s.declassifyOn, s.origin, s.author, now);
      }
    })();
  }

  async entity(key: string): Promise<EntityRef | null> {
    const row = this.db.prepare('SELECT id, key, schema FROM entities WHERE key = ?').get(key) as EntityRef | undefined;
    return row ?? null;
  }

  async entitiesOfSchema(schema: Schema): Promise<EntityRef[]> {
    return this.db.prepare('SELECT id, key, schema FROM entities WHERE schema = ? ORDER BY id').all(schema) as EntityRef[];
  }

  async findByName(text: string, limit: number): Promise<EntityRef[]> {
    const like = `%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    return this.db
      .prepare(
        `SELECT DISTINCT e.id, e.key, e.schema FROM statements s JOIN entities e ON e.id = s.entity_id
         WHERE s.prop = 'name' AND s.value LIKE ? ESCAPE '\\' ORDER BY e.id LIMIT ?`,
      )
      .all(like, limit) as EntityRef[];
  }

  async statementsOf(keys: readonly string[]): Promise<Statement[]> {
    if (keys.length === 0) return [];
    const rows = this.db
      .prepare(
        `SELECT ${STATEMENT_COLUMNS} FROM statements s JOIN entities e ON e.id = s.entity_id
         WHERE e.key IN (SELECT value FROM json_each(?)) ORDER BY s.id`,
      )
      .all(JSON.stringify(keys)) as StatementRow[];
    return rows.map(toStatement);
  }

  async statementsWithValue(prop: string, values: readonly string[]): Promise<Statement[]> {
    if (values.length === 0) return [];
    const rows = this.db
      .prepare(
        `SELECT ${STATEMENT_COLUMNS} FROM statements s JOIN entities e ON e.id = s.entity_id
         WHERE s.prop = ? AND s.value IN (SELECT value FROM json_each(?)) ORDER BY s.id`,
      )
      .all(prop, JSON.stringify(values)) as StatementRow[];
    return rows.map(toStatement);
  }

  async counts(): Promise<{ entities: number; statements: number; analysedCables: number }> {
    const one = (q: string): number => (this.db.prepare(q).get() as { n: number }).n;
    return {
      entities: one('SELECT count(*) AS n FROM entities'),
      statements: one('SELECT count(*) AS n FROM statements'),
      analysedCables: one('SELECT count(*) AS n FROM analysed'),
    };
  }

  async close(): Promise<void> {
    this.db.close();
  }
}


export function requireKnowledgeTables(db: Sqlite.Database): void {
  const found = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'statements'").get();
  if (!found) throw new DemarcheError('UNAVAILABLE', 'the store has no statement tables: open it with the cable store first (it migrates)');
}
