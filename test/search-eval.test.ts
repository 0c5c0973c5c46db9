/**
 * @jest-environment ./test/helpers/native-typed-arrays-environment.js
 */
import type { Embedder } from '../core/embedder.ts';
import { join } from 'node:path';
import { embedStage } from '../ingest/embed.ts';
import { ingestPaths } from '../ingest/pipeline.ts';
import { loadGold } from '../src/eval/gold.ts';
import { evalSearch } from '../src/eval/search.ts';
import { createEmbedder } from '../src/search/embedder.ts';
import { SearchService } from '../src/search/hybrid.ts';
import { EmbeddedStore } from '../src/store/embedded.ts';
import { CORPUS_DIR, tempDir } from './helpers/corpus.ts';

const ROOT = join(import.meta.dirname, '..');
const MODELS_DIR = join(ROOT, '..', 'shared', 'models');
const DEV_GOLD = join(ROOT, '..', 'shared', 'gold', 'dev');
/** Kept between runs (gitignored) so that only the first run pays for embedding the corpus. */
const CACHE_DIR = join(ROOT, 'test-artifacts', 'embedding-cache');

describe('search on the dev gold (whole corpus, real model)', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let store: EmbeddedStore;
  let embedder: Embedder;

  beforeAll(async () => {
    dir = await tempDir();
    embedder = await createEmbedder({ modelsDir: MODELS_DIR, cacheDir: CACHE_DIR });
    store = new EmbeddedStore(dir.path);
    await store.open();
    await ingestPaths([CORPUS_DIR], store, { embed: embedStage(embedder) });
  }, 120_000);
  afterAll(() => dir.remove());

  it('finds an answer in the top 5 passages for at least 95% of the search questions in hybrid mode', async () => {
    const { scores } = await evalSearch(store, async () => embedder, loadGold(DEV_GOLD).questions);
    expect(scores[0].total).toBeGreaterThanOrEqual(10);
    const hybrid = scores.find((s) => s.mode === 'hybrid')!;
    expect(hybrid.hitAtK).toBeGreaterThanOrEqual(0.95);
    for (const s of scores) expect(s.hitAtK).toBeGreaterThanOrEqual(0.8);
  });

  it('hands back the entities and relations of the passages it finds', async () => {
    const service = new SearchService(store, async () => embedder);
    const { passages } = await service.search({ q: '知识产权保护中心提供哪些服务？', k: 5 });
    expect(passages).toHaveLength(5);
    expect(passages.some((p) => p.entities.length > 0 && p.relations.length > 0)).toBe(true);
    for (const p of passages) expect(p.text).toBe((await store.getDocument(p.doc))!.text.slice(p.start, p.end));
  });

  it('every chunk of the corpus has its embedding in the vector index', async () => {
    const { chunks } = await store.stats();
    const probe = await embedder.embedQuery('知识产权');
    expect(await store.vectorSearch(probe, chunks + 10)).toHaveLength(chunks);
  });
});
