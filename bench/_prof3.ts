import neo4j from 'neo4j-driver';
import { loadQuery } from '../src/store/neo4j-queries.ts';
import { ENTITY_LABELS, RELATION_TYPES } from '../ingest/types.ts';
const d = neo4j.driver('bolt://127.0.0.1:7687', neo4j.auth.basic('neo4j', 'kg-password-123'));
const base = { entityLabels: [...ENTITY_LABELS], types: [...RELATION_TYPES] };
const top = await d.executeQuery('MATCH (n:Region)-[r]-() RETURN n.id AS id, n.name AS name, count(r) AS c ORDER BY c DESC LIMIT 1');
const a = top.records[0].get('id'); console.log(top.records[0].get('name'), top.records[0].get('c').toNumber());
const time = async (label: string, q: string, p: any) => {
  await d.executeQuery(q, p);
  const t = performance.now();
  for (let i = 0; i < 5; i++) await d.executeQuery(q, p);
  const r = await d.executeQuery('PROFILE ' + q, p);
  let hits = 0; const walk = (pl: any) => { hits += pl.dbHits; pl.children.forEach(walk); }; walk(r.summary.profile);
  console.log(label.padEnd(24), ((performance.now() - t) / 6).toFixed(1), 'ms', 'dbHits', hits, 'bytes', JSON.stringify(r.records.map((x) => x.toObject())).length);
  return r;
};
const r1 = await time('expand 1', loadQuery('expand'), { ...base, ids: [a], direction: 'both', labels: null });
const frontier = (r1.records[0].get('nodes') as any[]).map((n) => n.id).filter((x: string) => x !== a);
await time('expand frontier ' + frontier.length, loadQuery('expand'), { ...base, ids: frontier, direction: 'both', labels: null });
await d.close();
const d3 = neo4j.driver('bolt://127.0.0.1:7687', neo4j.auth.basic('neo4j', 'kg-password-123'));
const q = loadQuery('expand');
const variants: [string, string][] = [
  ['full', q],
  ['count only', q.replace(/RETURN \[n IN nodes[\s\S]*$/, 'RETURN size(nodes) AS n, size(rels) AS r')],
  ['no evidence', q.replace('evidence: r.evidence,', '')],
];
for (const [name, v] of variants) {
  await d3.executeQuery(v, { ...base, ids: [a], direction: 'both', labels: null });
  const t = performance.now();
  for (let i = 0; i < 5; i++) await d3.executeQuery(v, { ...base, ids: [a], direction: 'both', labels: null });
  console.log(name, ((performance.now() - t) / 5).toFixed(1));
}
await d3.close();
const d4 = neo4j.driver('bolt://127.0.0.1:7687', neo4j.auth.basic('neo4j', 'kg-password-123'));
const q4 = loadQuery('expand').replace(/\[r IN rels \| \{[\s\S]*\}\] AS edges/, '[r IN rels | [r.id, type(r), startNode(r).id, endNode(r).id, r.doc, r.evidence, r.spanStart, r.spanEnd, r.confidence, r.rule]] AS edges');
const q5 = q4.replace(/RETURN \[n IN nodes \| [^\]]*\] AS nodes/, 'RETURN [n IN nodes | n.id] AS nodes');
for (const [name, v] of [['edges as lists', q4], ['lists, node ids', q5]] as [string, string][]) {
  await d4.executeQuery(v, { ...base, ids: [a], direction: 'both', labels: null });
  const t = performance.now();
  for (let i = 0; i < 5; i++) await d4.executeQuery(v, { ...base, ids: [a], direction: 'both', labels: null });
  console.log(name, ((performance.now() - t) / 5).toFixed(1));
}
await d4.close();
