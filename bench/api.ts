import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ingestPaths } from '../ingest/pipeline.ts';
import { loadConfig } from '../src/config.ts';
import { QueryService } from '../src/query/service.ts';
import { createApp } from '../src/server/app.ts';
import { EmbeddedStore } from '../src/store/embedded.ts';
import { createStore } from '../src/store/index.ts';
import type { GraphStore } from '../core/store.ts';
import { percentile, type BenchRow } from './timing.ts';

const CONNECTIONS = 50;

/** The four researcher requests, aimed at the most connected entities of the graph. */
async function targets(service: QueryService): Promise<[string, string][]> {
  const ranked = (await service.centrality(undefined, 50)).items.map((i) => i.entity);
  const policy = ranked.find((e) => e.label === 'Policy') ?? ranked[0];
  const [a, b] = ranked;
  if (!a || !b) throw new Error('the graph has fewer than two related entities');
  const q = encodeURIComponent;
  return [
    ['entity lookup', `/api/entities?q=${q(a.name.slice(0, 4))}&limit=20`],
    ['trace', `/api/policies/${q(policy.id)}/trace`],
    ['neighbors depth 2', `/api/entities/${q(a.id)}/neighbors?depth=2`],
    ['paths', `/api/paths?from=${q(a.id)}&to=${q(b.id)}&maxHops=4`],
  ];
}

/** p50 / p95 latency and requests/s of each request under 50 concurrent connections, `seconds` each, on loopback. */
export async function benchApiOn(store: GraphStore, seconds: number): Promise<BenchRow[]> {
  const service = new QueryService(store);
  const server = createApp(service).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const rows: BenchRow[] = [];
  try {
    for (const [name, path] of await targets(service)) {
      const times: number[] = [];
      const run = autocannon({ url, connections: CONNECTIONS, duration: seconds, requests: [{ method: 'GET', path }] });
      run.on('response', (_client, _status, _bytes, ms) => times.push(ms));
      const result = await run;
      if (result.non2xx || result.errors) throw new Error(`${name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
      times.sort((x, y) => x - y);
      const label = `${store.backend} ${name}`;
      rows.push(
        { name: `${label}: p50`, value: percentile(times, 50), unit: 'ms' },
        { name: `${label}: p95`, value: percentile(times, 95), unit: 'ms' },
        { name: `${label}: throughput (${CONNECTIONS} connections)`, value: result.requests.total / result.duration, unit: 'req/s' },
      );
    }
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  return rows;
}

/** The API bench the `npm run bench` runner calls: the corpus in a fresh embedded store, and the configured Neo4j when reachable. */
export async function benchApi(corpusDir: string, seconds = 5): Promise<BenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-bench-api-'));
  const rows: BenchRow[] = [];
  try {
    const embedded = new EmbeddedStore(join(dir, 'embedded'));
    await embedded.open();
    await ingestPaths([corpusDir], embedded);
    rows.push(...(await benchApiOn(embedded, seconds)));

    const neo4j = await createStore({ ...loadConfig(), store: 'neo4j', dataDir: join(dir, 'unused') }).catch((error: Error) => {
      console.error(`API bench on Neo4j skipped: ${error.message}`);
      return null;
    });
    if (neo4j && neo4j.backend !== 'neo4j') console.error('API bench on Neo4j skipped: this build has no Neo4j store');
    try {
      if (neo4j?.backend === 'neo4j') {
        await ingestPaths([corpusDir], neo4j);
        rows.push(...(await benchApiOn(neo4j, seconds)));
      }
    } finally {
      await neo4j?.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}
