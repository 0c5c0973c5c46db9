/**
 * @jest-environment ./test/helpers/native-typed-arrays-environment.js
 */
import type { Embedder } from '../core/embedder.ts';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CACHE_FILE, createEmbedder } from '../src/search/embedder.ts';
import { EMBEDDING_DIMS } from '../src/search/model.ts';
import { VectorIndex } from '../src/search/vector-index.ts';

const MODELS_DIR = join(import.meta.dirname, '..', '..', 'shared', 'models');

const PASSAGES = {
  overseas: '深化海外知识产权纠纷应对指导工作平台建设，对重点高风险企业开展一对一服务，定期发布海外知识产权风险预警。',
  finance: '创新推出知识产权质押融资系列产品，累计发行知识产权证券化产品，规模持续领跑全国。',
  talent: '完善知识产权技术调查官制度，加强技术调查官遴选、使用和管理。',
  weather: '今天天气晴朗，适合去公园散步。',
};

describe('createEmbedder (real bge-small-zh model)', () => {
  let cacheDir: string;
  let embedder: Embedder;

  beforeAll(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), 'kg-embed-'));
    embedder = await createEmbedder({ modelsDir: MODELS_DIR, cacheDir });
  });
  afterAll(() => rm(cacheDir, { recursive: true, force: true }));

  it('ranks the overseas rights-protection passage first for a question about 海外维权', async () => {
    const index = new VectorIndex(EMBEDDING_DIMS);
    const ids = Object.keys(PASSAGES);
    const vectors = await embedder.embedPassages(Object.values(PASSAGES));
    ids.forEach((id, i) => index.set(id, vectors[i]));
    const hits = index.search(await embedder.embedQuery('海外维权援助有哪些做法？'), 4);
    expect(hits[0].id).toBe('overseas');
    expect(hits.at(-1)!.id).toBe('weather');
  });

  it('returns unit vectors of 512 dimensions, lower-casing ASCII so PCT and pct embed alike', async () => {
    const [upper, lower] = await embedder.embedPassages(['PCT国际专利申请', 'pct国际专利申请']);
    expect(upper).toHaveLength(EMBEDDING_DIMS);
    expect(Math.hypot(...upper)).toBeCloseTo(1, 4);
    expect(Array.from(upper)).toEqual(Array.from(lower));
  });

  it('embeds each text once: repeats and cached texts cost nothing, progress counts every passage', async () => {
    const texts = ['商业秘密保护工作站', '数据知识产权登记', '商业秘密保护工作站'];
    const progress: number[] = [];
    const first = await embedder.embedPassages(texts, (done) => progress.push(done));
    expect(progress.at(-1)).toBe(3);
    const size = (await stat(join(cacheDir, CACHE_FILE))).size;

    const reopened = await createEmbedder({ modelsDir: MODELS_DIR, cacheDir });
    const again: number[] = [];
    const second = await reopened.embedPassages(texts, (done) => again.push(done));
    expect(again).toEqual([3]);
    expect(second.map((v) => Array.from(v))).toEqual(first.map((v) => Array.from(v)));
    expect((await stat(join(cacheDir, CACHE_FILE))).size).toBe(size);
  });

  it('names KG_MODELS_DIR in one line when the model is missing', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'kg-nomodel-'));
    try {
      await expect(createEmbedder({ modelsDir: empty })).rejects.toThrow(
        new RegExp(`^embedding model not found: KG_MODELS_DIR=${empty} has no Xenova/bge-small-zh-v1.5/onnx/model_quantized.onnx$`),
      );
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
