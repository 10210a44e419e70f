// The SQLite schema as in-code Kysely migrations, applied in name order by the Migrator.
// A migration that has run is never edited: a change to the schema is a new migration.
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { m0005Knowledge } from './knowledge-migration.js';
import { m0002FacetColumns } from './migration-0002-facets.js';
import { m0004ReaderViews, m0004UsersAudit } from './migration-0004-access.js';

const m0001Cables: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await createCables(db);
    await createChildTables(db);
    // Full text over subject and paragraphs, one row per visibility view (see text-views.ts).
    await sql`CREATE VIRTUAL TABLE cable_text USING fts5(
      subject, body, tokenize = 'porter unicode61 remove_diacritics 2'
    )`.execute(db);
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await sql`DROP TABLE cable_text`.execute(db);
    for (const table of ['cable_references', 'recipients', 'tags', 'paragraphs', 'cable_records', 'cables']) {
      await db.schema.dropTable(table).execute();
    }
  },
};

async function createCables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cables')
    .addColumn('pk', 'integer', (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('created', 'text')
    .addColumn('year', 'integer')
    .addColumn('origin', 'text')
    .addColumn('station', 'text')
    .addColumn('from_name', 'text')
    .addColumn('precedence', 'text')
    .addColumn('classification', 'text')
    .addColumn('class_level', 'text')
    .addColumn('banner', 'text')
    .addColumn('caveats', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('subject_marking', 'text')
    .addColumn('classified_by', 'text')
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('executive_order', 'text')
    .addColumn('declassify_on', 'text')
    .addColumn('declassify_instruction', 'text')
    .addColumn('serial', 'text')
    .addColumn('summary', 'text')
    .addColumn('signer', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('warnings', 'text', (c) => c.notNull())
    .addColumn('warning_count', 'integer', (c) => c.notNull())
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .execute();
  // Filters and facets: origin is matched case-insensitively, browse sorts by created.
  await sql`CREATE INDEX cables_origin ON cables (origin COLLATE NOCASE)`.execute(db);
  await db.schema.createIndex('cables_class_level').on('cables').columns(['class_level', 'created']).execute();
  await db.schema.createIndex('cables_created').on('cables').column('created').execute();
}

async function createChildTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cable_records')
    .addColumn('cable_pk', 'integer', (c) => c.primaryKey().references('cables.pk').onDelete('cascade'))
    .addColumn('record', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('paragraphs')
    .addColumn('cable_pk', 'integer', (c) => c.notNull().references('cables.pk').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('marking', 'text')
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('heading', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('paragraphs_pk', ['cable_pk', 'position'])
    .execute();

  await db.schema
    .createTable('tags')
    .addColumn('cable_pk', 'integer', (c) => c.notNull().references('cables.pk').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('tags_pk', ['cable_pk', 'tag'])
    .execute();
  await db.schema.createIndex('tags_tag').on('tags').columns(['tag', 'cable_pk']).execute();

  await db.schema
    .createTable('recipients')
    .addColumn('cable_pk', 'integer', (c) => c.notNull().references('cables.pk').onDelete('cascade'))
    .addColumn('list', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('route', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('precedence', 'text')
    .addColumn('mcn', 'text')
    .addPrimaryKeyConstraint('recipients_pk', ['cable_pk', 'list', 'position'])
    .execute();

  await db.schema
    .createTable('cable_references')
    .addColumn('cable_pk', 'integer', (c) => c.notNull().references('cables.pk').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('ref_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('label', 'text')
    .addPrimaryKeyConstraint('cable_references_pk', ['cable_pk', 'position'])
    .execute();
  // "Referenced by" looks cables up by the id they name.
  await db.schema.createIndex('cable_references_ref').on('cable_references').columns(['ref_id', 'kind']).execute();
}

/** A hash of each parsed record, so that re-ingesting with a newer parser stores the new parse. */
const m0003ParseHash: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    // Rows from before it have no hash: their next ingest stores them once more.
    await db.schema.alterTable('cables').addColumn('parse_sha256', 'text').execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('cables').dropColumn('parse_sha256').execute();
  },
};

/** PostgreSQL drops the foreign keys from a cable's own rows to cables here (pg-migrations.ts: its
 * store writes and removes those rows with the cable). SQLite keeps its own: a step in name only. */
const m0006CableRowsUnchecked: Migration = {
  async up(): Promise<void> {},
  async down(): Promise<void> {},
};

/** PostgreSQL adds term frequencies for bm25 here (pg-migrations.ts); SQLite's FTS5 has them: a step in name only. */
const m0007SearchPostings: Migration = {
  async up(): Promise<void> {},
  async down(): Promise<void> {},
};

/** PostgreSQL's index of search_postings by lexeme and block; SQLite has no such table (kept in step). */
const m0008PostingBlocks: Migration = {
  async up(): Promise<void> {},
  async down(): Promise<void> {},
};

export const SQLITE_MIGRATIONS: Record<string, Migration> = {
  '0001_cables': m0001Cables,
  '0002_facet_columns': m0002FacetColumns,
  '0003_parse_hash': m0003ParseHash,
  '0004_reader_views': m0004ReaderViews,
  '0004_users_audit': m0004UsersAudit,
  '0005_knowledge': m0005Knowledge,
  '0006_cable_rows_unchecked': m0006CableRowsUnchecked,
  '0007_search_postings': m0007SearchPostings,
  '0008_posting_blocks': m0008PostingBlocks,
};

export const sqliteMigrationProvider: MigrationProvider = {
  getMigrations: async () => SQLITE_MIGRATIONS,
};
