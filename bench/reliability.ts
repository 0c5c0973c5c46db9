import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import autocannon from 'autocannon';
import { embedStage } from '../ingest/embed.ts';
import { ingestPaths } from '../ingest/pipeline.ts';
import { loadConfig } from '../src/config.ts';
import { QueryService } from '../src/query/service.ts';
import { createEmbedder } from '../src/search/embedder.ts';
import { SearchService } from '../src/search/hybrid.ts';
import { createApp } from '../src/server/app.ts';
import { EmbeddedStore } from '../src/store/embedded.ts';
import { Neo4jStore } from '../src/store/neo4j.ts';
import type { Embedder } from '../core/embedder.ts';
import type { GraphStore } from '../core/store.ts';
import { lockNeo4j } from '../test/helpers/neo4j-lock.ts';
import { percentile, type BenchRow } from './timing.ts';

const CONNECTIONS = 50;

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Heap in use after a full collection, MB: what the server really holds. */
function heapMb(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** Every endpoint, with inputs a researcher would send, aimed at the corpus's own entities (hubs included). */
async function mixedRequests(service: QueryService, backend: string): Promise<autocannon.Request[]> {
  const ranked = (await service.centrality(undefined, 30)).items;
  const hub = [...ranked].sort((a, b) => b.degree - a.degree)[0].entity;
  const policies = (await service.searchEntities({ label: 'Policy', limit: 3, offset: 0 })).items;
  const measure = (await service.searchEntities({ label: 'Measure', limit: 1, offset: 0 })).items[0];
  const institution = (await service.searchEntities({ label: 'Institution', limit: 1, offset: 0 })).items[0];
  const region = (await service.searchEntities({ label: 'Region', limit: 1, offset: 0 })).items[0];
  const event = (await service.searchEntities({ label: 'Event', limit: 1, offset: 0 })).items[0];
  const [doc] = await service.documents();
  const q = encodeURIComponent;
  const paths = [
    '/health',
    '/api/stats',
    `/api/entities?q=${q(ranked[0].entity.name.slice(0, 4))}`,
    `/api/entities?q=${q('知识产权')}&limit=50`,
    `/api/entities/${q(hub.id)}`,
    `/api/entities/${q(ranked[3].entity.id)}?limit=10`,
    `/api/entities/${q(hub.id)}/neighbors?depth=2`,
    `/api/entities/${q(ranked[5].entity.id)}/neighbors`,
    `/api/entities/${q(event.id)}/events`,
    `/api/entities/${q(region.id)}/places`,
    `/api/implementers?measure=${q(measure.id)}`,
    `/api/measures?implementer=${q(institution.id)}`,
    ...policies.map((p) => `/api/policies/${q(p.id)}/trace`),
    '/api/outcomes?limit=20',
    `/api/outcomes?region=${q(region.name)}`,
    `/api/paths?from=${q(ranked[0].entity.id)}&to=${q(ranked[1].entity.id)}`,
    `/api/paths?from=${q(ranked[2].entity.id)}&to=${q(ranked[7].entity.id)}&maxHops=6`,
    '/api/analytics/centrality',
    '/api/analytics/communities',
    '/api/graph',
    '/api/documents',
    `/api/documents/${q(doc.id)}`,
    `/api/search?q=${q('海外维权援助有哪些做法')}`,
    `/api/search?q=${q('知识产权质押融资')}&mode=keyword`,
    `/api/search?q=${q('数据知识产权登记')}&mode=vector&k=5`,
    '/api/openapi.json',
  ];
  const requests: autocannon.Request[] = paths.map((path) => ({ method: 'GET', path }));
  if (backend === 'neo4j') {
    requests.push({
      method: 'POST',
      path: '/api/cypher',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'MATCH (n:Policy) RETURN n.name AS name LIMIT 5' }),
    });
  }
  return requests;
}

/** The five slowest paths by p97.5 of the server's own timings, with their statuses. */
function slowest(served: { path: string; status: number; ms: number }[]): string {
  const byPath = new Map<string, { ms: number[]; statuses: Set<number> }>();
  for (const { path, status, ms } of served) {
    const entry = byPath.get(path) ?? { ms: [], statuses: new Set() };
    entry.ms.push(ms);
    entry.statuses.add(status);
    byPath.set(path, entry);
  }
  return [...byPath]
    .map(([path, { ms, statuses }]) => ({ path, p: percentile(ms.sort((a, b) => a - b), 97.5), statuses: [...statuses].join('/') }))
    .sort((a, b) => b.p - a.p)
    .slice(0, 5)
    .map(({ path, p, statuses }) => `  ${p.toFixed(0).padStart(7)} ms  ${statuses}  ${decodeURIComponent(path).slice(0, 90)}`)
    .join('\n');
}

/** 50 connections for `seconds`, cycling through every endpoint: errors, latency and memory before and after. */
async function hammer(store: GraphStore, embedder: Embedder, seconds: number): Promise<BenchRow[]> {
  const service = new QueryService(store);
  const served: { path: string; status: number; ms: number }[] = [];
  const accessLog = (line: string) => served.push(JSON.parse(line));
  const server = createApp(service, new SearchService(store, async () => embedder), { accessLog }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const requests = await mixedRequests(service, store.backend);
    for (const r of requests) await fetch(url + r.path, { method: r.method, headers: r.headers, body: r.body as string | undefined });
    served.length = 0;
    const heapBefore = heapMb();
    const rssBefore = process.memoryUsage().rss / 1024 / 1024;
    const times: number[] = [];
    const statuses = new Map<number, number>();
    const run = autocannon({ url, connections: CONNECTIONS, duration: seconds, requests, timeout: 30 });
    // Half-way, and again at the end: growth that goes on between the two is growth without bound.
    let heapMidway = NaN;
    const midway = setTimeout(() => (heapMidway = heapMb()), (seconds * 1000) / 2);
    run.on('response', (_client, status, _bytes, ms) => {
      times.push(ms);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    });
    const result = await run;
    clearTimeout(midway);
    const heapAfter = heapMb();
    const rssAfter = process.memoryUsage().rss / 1024 / 1024;
    times.sort((a, b) => a - b);
    const label = `${store.backend}, ${requests.length} endpoints`;
    if (result.non2xx) console.error(`reliability (${store.backend}): statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    console.error(`reliability (${store.backend}): slowest endpoints by p97.5 (server side)\n${slowest(served)}`);
    return [
      { name: `${label}: requests in ${seconds} s`, value: result.requests.total, unit: '' },
      { name: `${label}: errors (connection, timeout) and non-2xx answers`, value: result.errors + result.timeouts + result.non2xx, unit: '' },
      { name: `${label}: p50`, value: percentile(times, 50), unit: 'ms' },
      { name: `${label}: p97.5`, value: percentile(times, 97.5), unit: 'ms' },
      { name: `${label}: heap after GC, before`, value: heapBefore, unit: 'MB' },
      { name: `${label}: heap after GC, half-way`, value: heapMidway, unit: 'MB' },
      { name: `${label}: heap after GC, after`, value: heapAfter, unit: 'MB', ratio: heapBefore / heapAfter },
      { name: `${label}: rss before`, value: rssBefore, unit: 'MB' },
      { name: `${label}: rss after`, value: rssAfter, unit: 'MB' },
    ];
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

/**
 * The reliability section of `npm run bench`: the corpus (with embeddings) on
 * the embedded store and, when reachable, on Neo4j; on each, 50 connections
 * for `seconds` over every endpoint, search included.
 */
export async function benchReliability(corpusDir: string, seconds = 60): Promise<BenchRow[]> {
  const config = loadConfig();
  const dir = await mkdtemp(join(tmpdir(), 'kg-bench-reliability-'));
  const rows: BenchRow[] = [];
  try {
    const embedder = await createEmbedder({ modelsDir: config.modelsDir, cacheDir: dir });
    const embedded = new EmbeddedStore(join(dir, 'embedded'));
    await embedded.open();
    await ingestPaths([corpusDir], embedded, { embed: embedStage(embedder) });
    rows.push(...(await hammer(embedded, embedder, seconds)));

    const neo4j = new Neo4jStore(config.neo4j);
    try {
      await neo4j.open();
    } catch (error) {
      console.error(`reliability on Neo4j skipped: ${(error as Error).message}`);
      return rows;
    }
    const release = await lockNeo4j();
    try {
      await ingestPaths([corpusDir], neo4j, { embed: embedStage(embedder) });
      rows.push(...(await hammer(neo4j, embedder, seconds)));
    } finally {
      await neo4j.close();
      await release();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}
