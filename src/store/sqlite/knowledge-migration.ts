// Tables for statements and entities (issue 5). Statements extracted from a cable reference it with
// ON DELETE CASCADE, so replacing or deleting a cable leaves no orphan statement.
import { sql, type Kysely, type Migration } from 'kysely';

export const m0005Knowledge: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`CREATE TABLE entities (
      id INTEGER PRIMARY KEY,
      key TEXT NOT NULL UNIQUE,
      schema TEXT NOT NULL,
      created_at TEXT NOT NULL
    )`.execute(db);
    // Distinctive names ("org:limmt") under which later cables find an entity.
    await sql`CREATE TABLE entity_keys (
      key TEXT PRIMARY KEY,
      entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE
    )`.execute(db);
    await sql`CREATE TABLE statements (
      id INTEGER PRIMARY KEY,
      entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
      prop TEXT NOT NULL,
      value TEXT NOT NULL,
      cable_pk INTEGER REFERENCES cables(pk) ON DELETE CASCADE,
      cable_id TEXT,
      paragraph INTEGER,
      marking TEXT NOT NULL,
      declassify_on TEXT,
      origin TEXT NOT NULL CHECK (origin IN ('extracted', 'person', 'imported')),
      author TEXT,
      created_at TEXT NOT NULL
    )`.execute(db);
    await sql`CREATE INDEX statements_entity ON statements (entity_id, prop)`.execute(db);
    await sql`CREATE INDEX statements_cable ON statements (cable_pk)`.execute(db);
    await sql`CREATE INDEX statements_value ON statements (prop, value)`.execute(db);
    await sql`CREATE TABLE analysed (
      cable_pk INTEGER PRIMARY KEY REFERENCES cables(pk) ON DELETE CASCADE,
      parse_sha256 TEXT,
      version TEXT NOT NULL,
      at TEXT NOT NULL
    )`.execute(db);
  },
  async down(db: Kysely<unknown>): Promise<void> {
    for (const t of ['analysed', 'statements', 'entity_keys', 'entities']) await sql`DROP TABLE ${sql.table(t)}`.execute(db);
  },
};
