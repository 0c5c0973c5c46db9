import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { ingestPaths } from '../ingest/pipeline.ts';
import { loadConfig } from '../src/config.ts';
import { loadGold } from '../src/eval/gold.ts';
import { evalQuestions } from '../src/eval/questions.ts';
import { EmbeddedStore } from '../src/store/embedded.ts';
import { Neo4jQueries } from '../src/store/neo4j-queries.ts';
import { QueryRefusedError, QueryTimeoutError, type GraphStore } from '../core/store.ts';
import { E, policyWorld, serveApi } from './helpers/api-graph.ts';
import { CORPUS_DIR } from './helpers/corpus.ts';
import { LOCK_WAIT_MS, neo4jForTests } from './helpers/neo4j.ts';
import { ADMIN_QUERIES, WRITE_QUERIES } from './helpers/cypher-writes.ts';

// These tests talk to a real Neo4j (npm run neo4j). Without one they are
// skipped with a message, except under CI=true where that is a failure.

const config = loadConfig();
const corpusFiles = readdirSync(CORPUS_DIR);
let store: GraphStore | null = null;
let driver: Driver;
let unavailable = '';

let release: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const server = await neo4jForTests('the query API tests on Neo4j');
  if (!server) {
    unavailable = 'no server';
    return;
  }
  ({ store, release } = server);
  driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password ?? ''));
}, LOCK_WAIT_MS + 30_000);
afterAll(async () => {
  await driver?.close();
  await release?.();
});

/** Runs `body` only with a reachable Neo4j. */
const withNeo4j = (name: string, body: (store: GraphStore) => Promise<void>, timeout?: number) =>
  test(name, async () => {
    if (unavailable) return;
    await body(store!);
  }, timeout);

/** The same requests to the API over each store must give the same bodies. */
async function expectSameAnswers(embedded: GraphStore, other: GraphStore, paths: string[]) {
  const a = await serveApi(embedded);
  const b = await serveApi(other);
  try {
    for (const path of paths) {
      const [left, right] = [await a.get(path), await b.get(path)];
      expect({ path, status: right.status, body: right.body }).toEqual({ path, status: left.status, body: left.body });
    }
  } finally {
    await a.close();
    await b.close();
  }
}

async function embeddedWith(work: (store: EmbeddedStore) => Promise<void>) {
  const dir = await mkdtemp(join(tmpdir(), 'kg-api-neo4j-'));
  const embedded = new EmbeddedStore(dir);
  await embedded.open();
  try {
    await work(embedded);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('Cypher endpoint', () => {
  withNeo4j('refuses every write form with 400 and answers reads with rows', async (neo) => {
    const api = await serveApi(neo);
    try {
      for (const query of WRITE_QUERIES) {
        const res = await api.post('/api/cypher', { query, params: { id: 'x' } });
        expect({ query, status: res.status, code: res.body.error?.code }).toEqual({ query, status: 400, code: 'query_refused' });
      }
      const rows = await api.post('/api/cypher', { query: 'UNWIND range(1, $n) AS x RETURN x, x * 2 AS y', params: { n: 50 }, limit: 10 });
      expect(rows).toMatchObject({ status: 200, body: { columns: ['x', 'y'], truncated: true } });
      expect(rows.body.rows[9]).toEqual({ x: 10, y: 20 });
      const bad = await api.post('/api/cypher', { query: 'MATCH (n RETURN n' });
      expect(bad).toMatchObject({ status: 400, body: { error: { code: 'invalid_query' } } });
    } finally {
      await api.close();
    }
  });

  withNeo4j('accepts queries only: every administration command is refused with 400; index queries and schema listing answer', async (neo) => {
    const api = await serveApi(neo);
    try {
      for (const query of ADMIN_QUERIES) {
        const res = await api.post('/api/cypher', { query });
        expect({ query, status: res.status, code: res.body.error?.code }).toEqual({ query, status: 400, code: 'query_refused' });
      }
      const reads = [
        "CALL db.index.fulltext.queryNodes('entity_names', '知识产权') YIELD node RETURN node.id AS id LIMIT 3",
        'CALL db.labels() YIELD label RETURN label',
        'CALL db.schema.nodeTypeProperties() YIELD nodeType RETURN nodeType LIMIT 3',
        'MATCH (n:Policy) CALL (n) { MATCH (n)<-[:PART_OF]-(m) RETURN count(m) AS parts } RETURN n.id, parts LIMIT 3',
      ];
      for (const query of reads) expect({ query, status: (await api.post('/api/cypher', { query })).status }).toEqual({ query, status: 200 });
    } finally {
      await api.close();
    }
  });

  withNeo4j('a write that gets past the text check is refused by the READ session itself', async () => {
    const queries = new Neo4jQueries(driver, () => {
      throw new Error('not used');
    });
    const limits = { timeoutMs: 5000, rowLimit: 10 };
    await expect(queries.readCypher('CREATE (n:KgApiTestProbe) RETURN n', {}, limits)).rejects.toThrow(QueryRefusedError);
    const left = await queries.readCypher('MATCH (n:KgApiTestProbe) RETURN count(n) AS n', {}, limits);
    expect(left.rows).toEqual([{ n: 0 }]);
    await expect(
      queries.readCypher('UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)', {}, { timeoutMs: 200, rowLimit: 10 }),
    ).rejects.toThrow(QueryTimeoutError);
  });
});

describe('parity with the embedded store', () => {
  withNeo4j('the hand-made policy world: the same answers from every entity endpoint', async (neo) => {
    const docs = policyWorld();
    for (const doc of docs) await neo.writeDocument(doc);
    try {
      await embeddedWith(async (embedded) => {
        for (const doc of docs) await embedded.writeDocument(doc);
        const q = encodeURIComponent;
        await expectSameAnswers(embedded, neo, [
          `/api/entities/${E.bureau.id}`,
          `/api/entities/${E.bureau.id}?limit=1&offset=1`,
          `/api/entities/${E.bureau.id}?types=ISSUED&limit=1`,
          `/api/entities/${E.bureau.id}?limit=2&offset=50`,
          `/api/entities/${E.bureau.id}?limit=1000&offset=1000000000`,
          `/api/entities/${E.task.id}/neighbors?depth=3`,
          `/api/entities/${E.forum.id}/events`,
          `/api/entities/${E.court.id}/events`,
          `/api/entities/${E.task.id}/places`,
          `/api/entities/${E.city.id}/places`,
          `/api/entities/${E.bureau.id}/neighbors?depth=2&types=OPERATES,LOCATED_IN&labels=Platform,Region`,
          `/api/implementers?measure=${E.task.id}`,
          `/api/measures?policy=${E.plan.id}`,
          `/api/measures?implementer=${E.bureau.id}`,
          `/api/policies/${E.plan.id}/trace`,
          `/api/outcomes?region=${E.city.id}`,
          `/api/paths?from=${E.court.id}&to=${E.city.id}`,
          `/api/paths?from=${E.court.id}&to=${E.lonely.id}`,
          `/api/entities/e_nope`,
          `/api/policies/e_nope/trace`,
          `/api/documents/plan.txt`,
          `/api/entities?q=${q('某市知识产权')}`,
        ]);
      });
    } finally {
      for (const doc of docs) await neo.deleteDocument(doc.document.id);
    }
  });

  withNeo4j(
    'the corpus: the same answers for the most central entities and every policy',
    async (neo) => {
      // Start from the corpus as this test ingests it, whatever an earlier run (embedded, say) left behind.
      for (const doc of await neo.listDocuments()) if (corpusFiles.includes(doc.id)) await neo.deleteDocument(doc.id);
      await ingestPaths([CORPUS_DIR], neo);
      await embeddedWith(async (embedded) => {
        await ingestPaths([CORPUS_DIR], embedded);
        const api = await serveApi(embedded);
        const central = (await api.get('/api/analytics/centrality?limit=8')).body.items.map((i: { entity: { id: string } }) => i.entity.id);
        const policies = (await api.get('/api/entities?label=Policy&limit=15')).body.items.map((e: { id: string }) => e.id);
        const events = (await api.get('/api/entities?label=Event&limit=10')).body.items.map((e: { id: string }) => e.id);
        const measures = (await api.get('/api/entities?label=Measure&limit=10')).body.items.map((e: { id: string }) => e.id);
        await api.close();
        const q = encodeURIComponent;
        await expectSameAnswers(embedded, neo, [
          ...central.flatMap((id: string) => [
            `/api/entities/${q(id)}`,
            `/api/entities/${q(id)}/neighbors?depth=2`,
            `/api/entities/${q(id)}/events`,
            `/api/entities/${q(id)}/places`,
          ]),
          ...events.map((id: string) => `/api/entities/${q(id)}/events`),
          ...measures.map((id: string) => `/api/entities/${q(id)}/places`),
          ...policies.map((id: string) => `/api/policies/${q(id)}/trace`),
          `/api/paths?from=${q(central[0])}&to=${q(central[1])}`,
          `/api/documents/${q('000_4cc2323013794e48.txt')}`,
        ]);
      });
    },
    120_000,
  );
});

describe('questions on Neo4j', () => {
  withNeo4j(
    "the dev gold's questions through the API: at least 0.90, as on the embedded store",
    async (neo) => {
      const gold = loadGold(join(import.meta.dirname, '..', '..', 'shared', 'gold', 'dev'));
      for (const doc of await neo.listDocuments()) if (corpusFiles.includes(doc.id)) await neo.deleteDocument(doc.id);
      try {
        await ingestPaths(gold.docs.map((doc) => join(CORPUS_DIR, doc)), neo);
        const { overall } = await evalQuestions(neo, gold.questions.filter((q) => q.kind !== 'search'));
        expect(overall.total).toBeGreaterThan(30);
        expect(overall.rate).toBeGreaterThanOrEqual(0.9);
      } finally {
        for (const doc of gold.docs) await neo.deleteDocument(doc);
      }
    },
    120_000,
  );
});
