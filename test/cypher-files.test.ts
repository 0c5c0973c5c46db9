import { ENTITY_LABELS, RELATION_TYPES } from '../core/ontology.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadQuery } from '../src/store/neo4j-queries.ts';
import { ENTITY_PROJECTION } from '../src/store/neo4j-writer.ts';

// Cypher cannot take labels or relationship types as parameters in a pattern, so
// the named queries spell the ontology out; these tests keep them in step with it.

const QUERY_DIR = join(import.meta.dirname, '..', 'cypher', 'queries');
const queries = readdirSync(QUERY_DIR).filter((f) => f.endsWith('.cypher')).map((f) => f.replace(/\.cypher$/, ''));
const code = (name: string) => loadQuery(name).split('\n').filter((line) => !line.trim().startsWith('//')).join('\n');

test('every label expression in a named query names every entity label, in the ontology order', () => {
  const expressions = queries.flatMap((name) => [...code(name).matchAll(/\((\w+):((?:\w+\|)+\w+)/g)].map((m) => ({ name, labels: m[2] })));
  expect(expressions.length).toBeGreaterThan(3);
  for (const { name, labels } of expressions) expect({ name, labels: labels.split('|') }).toEqual({ name, labels: [...ENTITY_LABELS] });
});

test('every relationship type expression names every relation type of the ontology in its order, or (a step of two types) types of the ontology in its order', () => {
  const expressions = queries.flatMap((name) => [...code(name).matchAll(/\[\w+:((?:\w+\|)+\w+)/g)].map((m) => ({ name, types: m[1].split('|') })));
  expect(expressions.map((e) => e.name)).toEqual(expect.arrayContaining(['relation_facts', 'relation_graph_edges', 'neighbour_step', 'entity_page']));
  for (const e of expressions) {
    const expected = e.types.length > 2 ? [...RELATION_TYPES] : RELATION_TYPES.filter((t) => e.types.includes(t));
    expect(e).toEqual({ name: e.name, types: expected });
  }
});

test('a query that is not there is a clear error, not an empty query', () => {
  expect(() => loadQuery('no_such_query')).toThrow(/no_such_query/);
});

test('no named query scans every node: each MATCH has a labelled node or one bound before it', () => {
  for (const name of queries) {
    const text = code(name);
    for (const m of text.matchAll(/MATCH\s+(.*)/g)) {
      const pattern = m[1];
      const nodes = [...pattern.matchAll(/\((\w*)(:?)/g)];
      const labelled = nodes.some(([, , colon]) => colon === ':');
      const bound = nodes.some(([, variable]) => variable && new RegExp(`\\b${variable}\\b`).test(text.slice(0, m.index)));
      expect({ name, pattern, anchored: labelled || bound }).toEqual({ name, pattern, anchored: true });
    }
  }
});

test('every entity a named query returns is projected as the store reads it (ENTITY_PROJECTION)', () => {
  const projections = queries.flatMap((name) => [...code(name).matchAll(/(\w+) \{\.\*[^}]*\}/g)].map((m) => ({ name, text: m[0], variable: m[1] })));
  expect(projections.length).toBeGreaterThanOrEqual(6);
  for (const p of projections) expect(p).toEqual({ ...p, text: ENTITY_PROJECTION(p.variable) });
});
