import { Neo4jStore } from '/work/main/src/store/neo4j.ts';
const s = new Neo4jStore({ uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: 'kg-password-123' });
await s.open();
for (const d of await s.listDocuments()) await s.deleteDocument(d.id);
let last = '';
const end = Date.now() + 200_000;
while (Date.now() < end) {
  const t = Date.now();
  const h = await s.health();
  let q = 'ok';
  try { await s.stats(); } catch (e) { q = 'ERR ' + (e as Error).message.split('\n')[0].slice(0, 80); }
  const state = `${h.ok} ${h.detail ?? ''} | ${q}`;
  if (state !== last) { console.log(new Date().toISOString(), `health ${Date.now() - t}ms`, state); last = state; }
  await new Promise((r) => setTimeout(r, 1000));
}
await s.close();
