// The statement store as the domain sees it. Reader-scoped views (entities, cases, follow-ups) are
// built in domain code from these primitives, filtering every statement with mayRead.
import type { CableKnowledge } from './cable-knowledge.js';
import type { SanctionsCandidate, Schema, Statement, StatementInput } from './types.js';

export interface AnalysisInput {
  knowledge: CableKnowledge;
  /** Party-matcher suggestions for the cable's organisations and people, by doc key. */
  candidates: Map<string, SanctionsCandidate[]>;
  /** Doc keys of the entities this cable is about: each gets a case with the cable's events. */
  topics: string[];
  /** Extractor version and the parsed record's hash, so a cable is analysed again when either changes. */
  version: string;
}

export interface EntityRef {
  id: number;
  key: string;
  schema: Schema;
}

export interface KnowledgeStore {
  /** Ids of stored cables not yet analysed by this extractor version (or re-parsed since). */
  cablesToAnalyse(version: string): Promise<string[]>;
  /** Marks cables for analysis again (after a person split an entity, say). */
  forget(cableIds: readonly string[]): Promise<void>;
  /** Replaces everything extracted from one cable, in one transaction; returns the statements written. */
  replaceCableKnowledge(input: AnalysisInput): Promise<number>;
  /** Adds statements people make (decisions, cases, merges); creates entities that do not exist. */
  addStatements(inputs: StatementInput[]): Promise<void>;
  entity(key: string): Promise<EntityRef | null>;
  entitiesOfSchema(schema: Schema): Promise<EntityRef[]>;
  /** Entities whose names contain these words (case-insensitive), for lookups by name. */
  findByName(text: string, limit: number): Promise<EntityRef[]>;
  statementsOf(keys: readonly string[]): Promise<Statement[]>;
  /** Statements with this property and value: "which events name this actor", "which cases hold this event". */
  statementsWithValue(prop: string, values: readonly string[]): Promise<Statement[]>;
  counts(): Promise<{ entities: number; statements: number; analysedCables: number }>;
  close(): Promise<void>;
}
