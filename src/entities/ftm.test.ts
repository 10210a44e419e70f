// Which imported statements a store already holds (facts and markings invented for the test).
import { describe, expect, it } from 'vitest';
import { newStatements } from './ftm.js';
import type { KnowledgeStore } from './knowledge-store.js';
import type { StatementInput } from './types.js';

const statement = (value: string, marking: string): StatementInput => ({
  entity: 'org:1',
  schema: 'Organization',
  prop: 'name',
  value,
  cable: null,
  paragraph: null,
  marking,
  declassifyOn: null,
  origin: 'imported',
  author: 'test',
});

const holding = (...held: StatementInput[]): KnowledgeStore => ({ statementsOf: async () => held }) as unknown as KnowledgeStore;

describe('newStatements', () => {
  it('knows a fact the store holds at the same or a lower marking, not at a higher or more caveated one', async () => {
    const store = holding(statement('Zarvo Embassy', 'UNCLASSIFIED'), statement('Halvard Office', 'SECRET//NOFORN'));
    const incoming = [
      statement('Zarvo Embassy', 'SECRET'),
      statement('Zarvo Embassy', 'UNCLASSIFIED'),
      statement('Halvard Office', 'SECRET'),
      statement('Halvard Office', 'TOP SECRET//NOFORN'),
      statement('Nordvik Desk', 'CONFIDENTIAL'),
      statement('Nordvik Desk', 'SECRET'),
    ];
    expect((await newStatements(store, incoming)).map((s) => [s.value, s.marking])).toEqual([
      ['Halvard Office', 'SECRET'],
      ['Nordvik Desk', 'CONFIDENTIAL'],
    ]);
  });
});
