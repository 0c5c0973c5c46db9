/** Every write form the read-only Cypher endpoint must refuse before sending anything to Neo4j. */
export const WRITE_QUERIES = [
  'CREATE (n:Institution {id: "x"}) RETURN n',
  'MERGE (n:Institution {id: $id}) RETURN n',
  'MATCH (n {id: $id}) SET n.name = "x"',
  'MATCH (n {id: $id}) DELETE n',
  'MATCH (n {id: $id}) DETACH DELETE n',
  'MATCH (n {id: $id}) REMOVE n.name',
  "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
  'CALL apoc.create.node(["X"], {}) YIELD node RETURN node',
  'CALL `apoc.create.node`(["X"], {})',
  'CALL db.createLabel("X")',
  'CALL dbms.security.createUser("u", "p", false)',
  'MATCH (n) CALL { WITH n RETURN n.id AS id } IN TRANSACTIONS OF 10 ROWS RETURN id',
  'MATCH (n) FOREACH (x IN [1] | SET n.y = x)',
  'match (n) detach delete n',
  'MATCH (n)\n// harmless comment\nCREATE (m)',
  'DROP INDEX chunk_text',
];
