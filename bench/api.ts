import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import neo4jDriver from 'neo4j-driver';
import { ingestPaths } from '../ingest/pipeline.ts';
import { loadConfig } from '../src/config.ts';
import { QueryService } from '../src/query/service.ts';
import { createApp } from '../src/server/app.ts';
import { EmbeddedStore } from '../src/store/embedded.ts';
import { createStore } from '../src/store/index.ts';
import { POOL_SIZE } from '../src/store/neo4j.ts';
import { lockNeo4j } from '../test/helpers/neo4j-lock.ts';
import type { GraphStore } from '../core/store.ts';
import { percentile, type BenchRow } from './timing.ts';

const CONNECTIONS = 50;
const WARM_UP_SECONDS = 1;

/** The researcher requests, aimed at the most connected entities of the graph: the hub is the entity with the most relations. */
async function targets(service: QueryService): Promise<[string, string][]> {
  const ranked = (await service.centrality(undefined, 50)).items;
  const policy = ranked.find((i) => i.entity.label === 'Policy')?.entity ?? ranked[0].entity;
  const [a, b] = ranked.map((i) => i.entity);
  if (!a || !b) throw new Error('the graph has fewer than two related entities');
  const hub = [...ranked].sort((x, y) => y.degree - x.degree)[0].entity;
  const q = encodeURIComponent;
  return [
    ['entity lookup', `/api/entities?q=${q(a.name.slice(0, 4))}&limit=20`],
    ['hub entity detail', `/api/entities/${q(hub.id)}`],
    ['policy trace', `/api/policies/${q(policy.id)}/trace`],
    ['hub neighbours depth 2', `/api/entities/${q(hub.id)}/neighbors?depth=2`],
    ['paths', `/api/paths?from=${q(a.id)}&to=${q(b.id)}&maxHops=4`],
  ];
}

/**
 * p50 / p97.5 latency, requests/s and errors of each request under 50
 * concurrent connections, `seconds` each, on loopback. Each request is the
 * same one over and over: with the answer cache on, all but the first are
 * answered from it (a hit still reads the store's revision); with it off,
 * every one is computed.
 */
export async function benchApiOn(store: GraphStore, seconds: number, cached: boolean): Promise<BenchRow[]> {
  const service = new QueryService(store);
  const server = createApp(service, undefined, cached ? {} : { answerCacheBytes: 0 }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const rows: BenchRow[] = [];
  try {
    for (const [name, path] of await targets(service)) {
      // A warm-up run first, not measured: the server's compiled code and Neo4j's query plans and JIT, as a running service has them.
      await autocannon({ url, connections: CONNECTIONS, duration: WARM_UP_SECONDS, workers: 1, requests: [{ method: 'GET', path }] });
      const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, workers: 1, requests: [{ method: 'GET', path }] });
      const label = `${store.backend} ${name}${cached ? '' : ' (cache off)'}`;
      // A run in which no request was answered has no latency to report: every request it sent failed.
      const answered = result.requests.total > 0;
      const unanswered = answered ? 0 : result.requests.sent;
      rows.push(
        { name: `${label}: p50`, value: answered ? result.latency.p50 : NaN, unit: 'ms' },
        { name: `${label}: p97.5`, value: answered ? result.latency.p97_5 : NaN, unit: 'ms' },
        { name: `${label}: throughput (${CONNECTIONS} connections)`, value: result.requests.total / result.duration, unit: 'req/s' },
        { name: `${label}: errors, non-2xx and unanswered requests`, value: result.errors + result.non2xx + unanswered, unit: '' },
      );
    }
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  return rows;
}

/**
 * The floor under every Neo4j read: `RETURN 1` through the driver (the store's
 * pool size) from 50 concurrent callers, no HTTP. No endpoint on Neo4j can be
 * faster than this on the same machine in the same run.
 */
async function neo4jFloor(seconds: number): Promise<BenchRow[]> {
  const { neo4j } = loadConfig();
  const driver = neo4jDriver.driver(neo4j.uri, neo4jDriver.auth.basic(neo4j.user, neo4j.password ?? ''), { maxConnectionPoolSize: POOL_SIZE });
  try {
    const run = async (runSeconds: number) => {
      const times: number[] = [];
      const end = performance.now() + runSeconds * 1000;
      await Promise.all(
        Array.from({ length: CONNECTIONS }, async () => {
          while (performance.now() < end) {
            const t = performance.now();
            await driver.executeQuery('RETURN 1', {}, { routing: neo4jDriver.routing.READ, bookmarkManager: null });
            times.push(performance.now() - t);
          }
        }),
      );
      return times;
    };
    await run(WARM_UP_SECONDS);
    const times = await run(seconds);
    times.sort((x, y) => x - y);
    return [
      { name: 'baseline: Neo4j round trip (RETURN 1, driver only): p50', value: percentile(times, 50), unit: 'ms' },
      { name: 'baseline: Neo4j round trip (RETURN 1, driver only): p97.5', value: percentile(times, 97.5), unit: 'ms' },
      { name: `baseline: Neo4j round trip: throughput (${CONNECTIONS} callers)`, value: times.length / seconds, unit: 'req/s' },
    ];
  } finally {
    await driver.close();
  }
}

/** The API bench the `npm run bench` runner calls: the corpus in a fresh embedded store, and the configured Neo4j when reachable. */
export async function benchApi(corpusDir: string, seconds = 5): Promise<BenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-bench-api-'));
  const rows: BenchRow[] = [];
  try {
    const embedded = new EmbeddedStore(join(dir, 'embedded'));
    await embedded.open();
    await ingestPaths([corpusDir], embedded);
    for (const cached of [true, false]) rows.push(...(await benchApiOn(embedded, seconds, cached)));

    const neo4j = await createStore({ ...loadConfig(), store: 'neo4j', dataDir: join(dir, 'unused') }).catch((error: Error) => {
      console.error(`API bench on Neo4j skipped: ${error.message}`);
      return null;
    });
    if (neo4j && neo4j.backend !== 'neo4j') console.error('API bench on Neo4j skipped: this build has no Neo4j store');
    const release = neo4j?.backend === 'neo4j' ? await lockNeo4j() : undefined;
    try {
      if (neo4j?.backend === 'neo4j') {
        await ingestPaths([corpusDir], neo4j);
        // As `kg serve` does: Neo4j plans the read queries before the first requests (under 50 concurrent first requests, planning a trace took 9 s).
        await neo4j.warmUp();
        rows.push(...(await neo4jFloor(seconds)));
        for (const cached of [true, false]) rows.push(...(await benchApiOn(neo4j, seconds, cached)));
      }
    } finally {
      await neo4j?.close();
      await release?.();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}
