import { ingestPaths } from '../ingest/pipeline.ts';
import { loadConfig } from '../src/config.ts';
import { QueryService } from '../src/query/service.ts';
import { createApp } from '../src/server/app.ts';
import { createStore } from '../src/store/index.ts';
import type { AddressInfo } from 'node:net';
const store = await createStore({ ...loadConfig(), store: (process.argv[2] ?? 'neo4j') as any, dataDir: '/tmp/kg-api1' });
await ingestPaths(['corpus'], store);
const service = new QueryService(store);
const server = createApp(service).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const ranked = (await service.centrality(undefined, 50)).items.map((i) => i.entity);
const policy = ranked.find((e) => e.label === 'Policy') ?? ranked[0];
const [a, b] = ranked;
const q = encodeURIComponent;
const paths = [
  ['entity lookup', `/api/entities?q=${q(a.name.slice(0, 4))}&limit=20`],
  ['trace', `/api/policies/${q(policy.id)}/trace`],
  ['neighbors depth 2', `/api/entities/${q(a.id)}/neighbors?depth=2`],
  ['paths', `/api/paths?from=${q(a.id)}&to=${q(b.id)}&maxHops=4`],
];
console.log(a.name, b.name, policy.name);
for (const [name, p] of paths) {
  const times = [];
  let bytes = 0;
  for (let i = 0; i < 10; i++) { const t = performance.now(); const r = await fetch(url + p); bytes = (await r.text()).length; times.push(performance.now() - t); }
  times.sort((x, y) => x - y);
  console.log(name.padEnd(20), 'median', times[5].toFixed(1), 'ms', 'bytes', bytes);
}
server.close(); await store.close();
