import { assertReadOnly } from '../src/query/cypher-guard.ts';
import { QueryRefusedError } from '../core/store.ts';
import { WRITE_QUERIES } from './helpers/cypher-writes.ts';


const READ_QUERIES = [
  'MATCH (n:Institution) RETURN n.name LIMIT 5',
  "MATCH (n) WHERE n.name CONTAINS 'CREATE' RETURN n.id // not a DELETE",
  'MATCH (n) WHERE n.name = $name RETURN n /* SET in a comment */',
  'CALL db.labels() YIELD label RETURN label',
  'MATCH (n) RETURN n.createdAt, n.offset, n.settings',
];

test.each(WRITE_QUERIES)('refuses %s', (query) => {
  expect(() => assertReadOnly(query)).toThrow(QueryRefusedError);
});

test.each(READ_QUERIES)('lets %s through', (query) => {
  expect(() => assertReadOnly(query)).not.toThrow();
});
