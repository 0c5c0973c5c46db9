import neo4j from 'neo4j-driver';
const d = neo4j.driver('bolt://127.0.0.1:7687', neo4j.auth.basic('neo4j', 'kg-password-123'));
const s = d.session();
await s.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS');
await s.close();
console.log((await d.executeQuery('MATCH (n) RETURN count(n) AS c')).records[0].get('c').toNumber());
await d.close();
