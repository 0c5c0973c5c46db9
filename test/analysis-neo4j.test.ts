// The analysis endpoints give the same answers, JSON and CSV, on Neo4j as on
// the embedded store. Needs the real server (npm run neo4j); without one the
// test is skipped with a message, except under CI=true where that is a failure.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ingestPaths } from '../ingest/pipeline.ts';
import { EmbeddedStore } from '../src/store/embedded.ts';
import { serveApi } from './helpers/api-graph.ts';
import { ANALYSIS_DOCS, analysisRequests } from './helpers/analysis.ts';
import { neo4jForTests, type Neo4jForTests } from './helpers/neo4j.ts';
import { LOCK_WAIT_MS } from './helpers/neo4j-lock.ts';

let server: Neo4jForTests | null = null;

beforeAll(async () => {
  server = await neo4jForTests('the analysis endpoints on Neo4j');
}, LOCK_WAIT_MS + 30_000);
afterAll(async () => {
  await server?.release();
});

test('instrument tables, policies in force, timelines and comparisons: the same answers on both stores', async () => {
  if (!server) return;
  const neo = server.store;
  // The analyses read every Measure and Policy in the store, so the test database must hold
  // exactly these documents: the tests own it while they hold the lock.
  for (const doc of await neo.listDocuments()) await neo.deleteDocument(doc.id);
  const dir = await mkdtemp(join(tmpdir(), 'kg-analysis-neo4j-'));
  const embedded = new EmbeddedStore(dir);
  await embedded.open();
  try {
    expect((await ingestPaths(ANALYSIS_DOCS, neo)).failed).toEqual([]);
    expect((await ingestPaths(ANALYSIS_DOCS, embedded)).failed).toEqual([]);
    expect((await neo.listDocuments()).map((d) => d.id)).toEqual(ANALYSIS_DOCS.map((p) => basename(p)).sort());
    const a = await serveApi(embedded);
    const b = await serveApi(neo);
    try {
      for (const path of analysisRequests(['浙江省', '上海市', '深圳市'], ['浙江省专利条例', '上海市专利保护条例'])) {
        const [left, right] = [await a.get(path), await b.get(path)];
        expect(left.status).toBe(200);
        expect({ path, status: right.status, body: right.body }).toEqual({ path, status: left.status, body: left.body });
      }
    } finally {
      await a.close();
      await b.close();
    }
  } finally {
    for (const path of ANALYSIS_DOCS) await neo.deleteDocument(basename(path));
    await rm(dir, { recursive: true, force: true });
  }
}, 180_000);
