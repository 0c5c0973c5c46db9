import type { Embedder } from '../core/embedder.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from '@huggingface/transformers';
import { embedStage } from '../ingest/embed.ts';
import { ingestPaths } from '../ingest/pipeline.ts';
import { loadConfig } from '../src/config.ts';
import { createEmbedder } from '../src/search/embedder.ts';
import { SEARCH_MODES, SearchService } from '../src/search/hybrid.ts';
import { EMBEDDING_MODEL } from '../src/search/model.ts';
import { lowerAscii } from '../src/search/tokenize.ts';
import { EmbeddedStore } from '../src/store/embedded.ts';
import { Neo4jStore } from '../src/store/neo4j.ts';
import type { GraphStore } from '../core/store.ts';
import { percentile, type BenchRow } from './timing.ts';

/** Generic researcher questions on IP policy; none is taken from the gold. */
const QUERIES = [
  '知识产权质押融资有哪些产品？', '如何加强知识产权行政执法？', '专利转化运用的措施', '商标品牌建设',
  '数据知识产权登记', '知识产权人才培养', '知识产权国际合作与交流', '地理标志保护',
  '知识产权公共服务平台建设', '营商环境优化', 'PCT国际专利申请情况', '商业秘密保护', '知识产权纠纷调解与仲裁',
  '高价值发明专利拥有量', '知识产权保护中心提供哪些服务', '版权产业发展',
];
const BATCH = 8;

async function chunkTexts(store: GraphStore): Promise<string[]> {
  const texts: string[] = [];
  for await (const r of store.exportAll()) if (r.type === 'node' && r.labels[0] === 'Chunk') texts.push(r.properties.text as string);
  return texts;
}

async function latencies(service: SearchService, mode: (typeof SEARCH_MODES)[number], rounds: number): Promise<number[]> {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of QUERIES) {
      const t = performance.now();
      await service.search({ q, k: 10, mode });
      times.push(performance.now() - t);
    }
  }
  return times.sort((a, b) => a - b);
}

async function latencyRows(backend: string, store: GraphStore, embedder: Embedder): Promise<BenchRow[]> {
  const service = new SearchService(store, async () => embedder);
  await latencies(service, 'hybrid', 1);
  const rows: BenchRow[] = [];
  for (const mode of SEARCH_MODES) {
    const times = await latencies(service, mode, 3);
    rows.push({ name: `search latency p50, ${backend}, ${mode} (k=10, with graph context)`, value: percentile(times, 50), unit: 'ms' });
    rows.push({ name: `search latency p95, ${backend}, ${mode}`, value: percentile(times, 95), unit: 'ms' });
  }
  return rows;
}

/** Latency on the configured Neo4j after ingesting the corpus there (unchanged documents are skipped); none without a server. */
async function neo4jLatencyRows(corpusDir: string, embedder: Embedder): Promise<BenchRow[]> {
  const store = new Neo4jStore(loadConfig().neo4j);
  try {
    await store.open();
  } catch (error) {
    console.error(`search latency on Neo4j skipped: ${(error as Error).message}`);
    return [];
  }
  try {
    await ingestPaths([corpusDir], store, { embed: embedStage(embedder) });
    return await latencyRows('neo4j', store, embedder);
  } finally {
    await store.close();
  }
}

/**
 * Ingest with embeddings (cold cache), embedding throughput through the
 * embedder against calling the model pipeline directly on the same chunks,
 * and search latency on the embedded backend and, when reachable, Neo4j.
 */
export async function benchSearch(corpusDir: string): Promise<BenchRow[]> {
  const { modelsDir } = loadConfig();
  const dir = await mkdtemp(join(tmpdir(), 'kg-bench-search-'));
  try {
    const store = new EmbeddedStore(join(dir, 'data'));
    await store.open();
    const began = performance.now();
    const embedder = await createEmbedder({ modelsDir, cacheDir: join(dir, 'data') });
    const summary = await ingestPaths([corpusDir], store, { embed: embedStage(embedder) });
    const ingestSeconds = (performance.now() - began) / 1000;
    const texts = await chunkTexts(store);

    const again = new EmbeddedStore(join(dir, 'again'));
    await again.open();
    const warmBegan = performance.now();
    await ingestPaths([corpusDir], again, { embed: embedStage(await createEmbedder({ modelsDir, cacheDir: join(dir, 'data') })) });
    const warmSeconds = (performance.now() - warmBegan) / 1000;

    // Same chunks, same batch size: the library called directly in document
    // order against our embedder (no cache) with its length-sorted batches,
    // alternated and best of three each, so that a busy machine hurts both alike.
    const direct = await pipeline('feature-extraction', EMBEDDING_MODEL, { dtype: 'q8' });
    const uncached = await createEmbedder({ modelsDir, batchSize: BATCH });
    const inputs = texts.map(lowerAscii);
    const seconds = async (work: () => Promise<unknown>) => {
      const t = performance.now();
      await work();
      return (performance.now() - t) / 1000;
    };
    let directSeconds = Infinity;
    let oursSeconds = Infinity;
    for (let round = 0; round < 3; round++) {
      directSeconds = Math.min(directSeconds, await seconds(async () => {
        for (let at = 0; at < inputs.length; at += BATCH) await direct(inputs.slice(at, at + BATCH), { pooling: 'cls', normalize: true });
      }));
      oursSeconds = Math.min(oursSeconds, await seconds(() => uncached.embedPassages(texts)));
    }

    return [
      { name: `ingest corpus with embeddings, cold cache (${summary.created.length} docs, ${texts.length} chunks)`, value: ingestSeconds, unit: 's' },
      { name: 'ingest corpus into a fresh store, warm embedding cache', value: warmSeconds, unit: 's' },
      { name: `baseline: model pipeline called directly, batches of ${BATCH}`, value: texts.length / directSeconds, unit: 'chunks/s' },
      { name: `embedder.embedPassages (length-sorted batches of ${BATCH})`, value: texts.length / oursSeconds, unit: 'chunks/s', ratio: directSeconds / oursSeconds },
      ...(await latencyRows('embedded', store, embedder)),
      ...(await neo4jLatencyRows(corpusDir, embedder)),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
