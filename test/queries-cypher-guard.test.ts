import { assertReadOnly } from '../src/query/cypher-guard.ts';
import { QueryRefusedError } from '../core/store.ts';
import { ADMIN_QUERIES, WRITE_QUERIES } from './helpers/cypher-writes.ts';


const READ_QUERIES = [
  'MATCH (n:Institution) RETURN n.name LIMIT 5',
  "MATCH (n) WHERE n.name CONTAINS 'CREATE' RETURN n.id // not a DELETE",
  'MATCH (n) WHERE n.name = $name RETURN n /* SET in a comment */',
  'CALL db.labels() YIELD label RETURN label',
  'MATCH (n) RETURN n.createdAt, n.offset, n.settings, n.set, n.show',
  "CALL db.index.fulltext.queryNodes('entity_names', '知识产权') YIELD node, score RETURN node.name, score LIMIT 5",
  'CALL db.index.vector.queryNodes("chunk_embedding", 5, $vector) YIELD node RETURN node.id',
  'CALL `db.labels`() YIELD label RETURN label',
  'CALL db.schema.visualization()',
  'CALL db.relationshipTypes()',
  'MATCH (n:Policy) CALL (n) { MATCH (n)<-[:PART_OF]-(m) RETURN count(m) AS parts } RETURN n.name, parts',
  'CYPHER runtime=slotted MATCH (n) RETURN count(n)',
  'EXPLAIN MATCH (n) RETURN n',
  'PROFILE MATCH (n:Institution) RETURN n.name LIMIT 1',
  'OPTIONAL MATCH (n {id: $id}) RETURN n',
  'UNWIND [1, 2] AS x RETURN {set: x, show: x} AS m',
  "MATCH (n) WHERE n.name STARTS WITH 'x' RETURN startNode(null)",
];

test.each(ADMIN_QUERIES)('refuses the administration command %s', (query) => {
  expect(() => assertReadOnly(query)).toThrow(QueryRefusedError);
});

test.each(WRITE_QUERIES)('refuses %s', (query) => {
  expect(() => assertReadOnly(query)).toThrow(QueryRefusedError);
});

test.each(READ_QUERIES)('lets %s through', (query) => {
  expect(() => assertReadOnly(query)).not.toThrow();
});
