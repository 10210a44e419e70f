// A statement as both stores select it (statements joined to their entity), and how a row becomes a
// Statement: one definition, so SQLite and PostgreSQL cannot read the same table differently.
import type { Schema, Statement } from '../entities/types.js';

export interface StatementRow {
  id: number;
  key: string;
  schema: string;
  prop: string;
  value: string;
  cable_id: string | null;
  paragraph: number | null;
  marking: string;
  declassify_on: string | null;
  origin: Statement['origin'];
  author: string | null;
  created_at: string;
}

/** The columns of a StatementRow, for `SELECT ... FROM statements s JOIN entities e ON e.id = s.entity_id`. */
export const STATEMENT_COLUMNS = `s.id, e.key, e.schema, s.prop, s.value, s.cable_id, s.paragraph, s.marking, s.declassify_on,
  s.origin, s.author, s.created_at`;

export function toStatement(r: StatementRow): Statement {
  return {
    id: r.id,
    entity: r.key,
    schema: r.schema as Schema,
    prop: r.prop as Statement['prop'],
    value: r.value,
    cable: r.cable_id,
    paragraph: r.paragraph,
    marking: r.marking,
    declassifyOn: r.declassify_on,
    origin: r.origin,
    author: r.author,
    createdAt: r.created_at,
  };
}
