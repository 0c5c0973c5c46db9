/**
 * @jest-environment ./test/helpers/native-typed-arrays-environment.js
 */
import type { EntityLabel } from '../core/ontology.ts';
import type { Embedder } from '../core/embedder.ts';
import { join } from 'node:path';
import { embedStage } from '../ingest/embed.ts';
import { ingestPaths } from '../ingest/pipeline.ts';
import { loadGold } from '../src/eval/gold.ts';
import { createEmbedder } from '../src/search/embedder.ts';
import { SEARCH_MODES, SearchService, type SearchResponse } from '../src/search/hybrid.ts';
import { EmbeddedStore } from '../src/store/embedded.ts';
import { Neo4jStore } from '../src/store/neo4j.ts';
import type { GraphStore } from '../core/store.ts';
import { CORPUS_DIR, tempDir } from './helpers/corpus.ts';
import { neo4jForTests } from './helpers/neo4j.ts';
import { NEO4J_HOOK_TIMEOUT } from './helpers/neo4j-lock.ts';

// Talks to a real Neo4j (npm run neo4j); skipped with a message without one, except under CI=true.

const ROOT = join(import.meta.dirname, '..');
const MODELS_DIR = join(ROOT, '..', 'shared', 'models');
const DEV_GOLD = join(ROOT, '..', 'shared', 'gold', 'dev');
const CACHE_DIR = join(ROOT, 'test-artifacts', 'embedding-cache');

let neo: Neo4jStore;
let unavailable = '';
let embedded: EmbeddedStore;
let embedder: Embedder;
let dir: Awaited<ReturnType<typeof tempDir>>;

/** True when every chunk of the store carries an embedding. */
async function allEmbedded(store: GraphStore): Promise<boolean> {
  const { chunks } = await store.stats();
  return (await store.vectorSearch(await embedder.embedQuery('知识产权'), chunks)).length === chunks;
}

let release: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const server = await neo4jForTests('search parity on Neo4j');
  if (!server) {
    unavailable = 'no server';
    return;
  }
  ({ store: neo, release } = server);
  embedder = await createEmbedder({ modelsDir: MODELS_DIR, cacheDir: CACHE_DIR });
  const embed = embedStage(embedder);
  dir = await tempDir();
  embedded = new EmbeddedStore(dir.path);
  await embedded.open();
  const { created } = await ingestPaths([CORPUS_DIR], embedded, { embed });
  // The corpus may be in Neo4j already without embeddings (written by a test
  // that does not embed); an unchanged document is not rewritten, so replace it.
  if (!(await allEmbedded(neo))) for (const doc of created) await neo.deleteDocument(doc);
  await ingestPaths([CORPUS_DIR], neo, { embed });
}, NEO4J_HOOK_TIMEOUT + 180_000);
afterAll(async () => {
  await release?.();
  await dir?.remove();
});

test('both backends return the same top 5 for every dev search question, in every mode', async () => {
  if (unavailable) return;
  const questions = loadGold(DEV_GOLD).questions.filter((q) => q.kind === 'search');
  const onEmbedded = new SearchService(embedded, async () => embedder);
  const onNeo4j = new SearchService(neo, async () => embedder);
  for (const mode of SEARCH_MODES) {
    for (const q of questions) {
      const ids = async (service: SearchService) => (await service.rank(q.question_zh, mode, 5)).map((r) => r.chunkId);
      expect({ mode, q: q.id, top: await ids(onNeo4j) }).toEqual({ mode, q: q.id, top: await ids(onEmbedded) });
    }
  }
});

test('both backends hand back the same passages with the same entities and relations, capped and ordered alike', async () => {
  if (unavailable) return;
  const questions = loadGold(DEV_GOLD).questions.filter((q) => q.kind === 'search');
  const onEmbedded = new SearchService(embedded, async () => embedder);
  const onNeo4j = new SearchService(neo, async () => embedder);
  const withoutScores = ({ passages }: SearchResponse) => passages.map(({ score: _score, ...rest }) => rest);
  let capped = 0;
  for (const labels of [[], ['Region']] as EntityLabel[][]) {
    for (const q of questions) {
      const request = { q: q.question_zh, k: 5, mode: 'keyword' as const, labels };
      const expected = withoutScores(await onEmbedded.search(request));
      expect({ q: q.id, labels, passages: withoutScores(await onNeo4j.search(request)) }).toEqual({ q: q.id, labels, passages: expected });
      for (const { relations } of expected) {
        expect(relations.length).toBeLessThanOrEqual(20);
        const keys = relations.map((r) => [r.inPassage ? 0 : 1, -r.confidence, r.id] as const);
        expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : 1)));
        if (relations.length === 20) capped++;
      }
    }
  }
  // The corpus has hub entities (cities) with far more than 20 relations: the cap is exercised.
  expect(capped).toBeGreaterThan(0);
});

test('vector scores agree as cosines', async () => {
  if (unavailable) return;
  const query = await embedder.embedQuery('海外知识产权纠纷应对');
  const [a] = await embedded.vectorSearch(query, 1);
  const [b] = await neo.vectorSearch(query, 1);
  expect(b.chunkId).toBe(a.chunkId);
  expect(b.score).toBeCloseTo(a.score, 4);
});
