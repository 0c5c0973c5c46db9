/**
 * @jest-environment ./test/helpers/native-typed-arrays-environment.js
 */
import type { Embedder } from '../core/embedder.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { embedStage } from '../ingest/embed.ts';
import { createEmbedder, EmbedderError } from '../src/search/embedder.ts';
import { formatSearchResponse } from '../src/search/format.ts';
import { SearchError, SearchService } from '../src/search/hybrid.ts';
import { EmbeddedStore } from '../src/store/embedded.ts';
import { sketchDocument, type SketchEntity } from './helpers/graphs.ts';

const MODELS_DIR = join(import.meta.dirname, '..', '..', 'shared', 'models');

const centre: SketchEntity = { id: 'e_overseas', label: 'Platform', name: '海外知识产权纠纷应对指导中心' };
const bureau: SketchEntity = { id: 'e_bureau', label: 'Institution', name: '某市市场监督管理局' };
const fund: SketchEntity = { id: 'e_fund', label: 'Measure', name: '知识产权质押融资' };

const overseas = sketchDocument(
  'overseas.txt',
  [
    '某市市场监督管理局建设海外知识产权纠纷应对指导中心，为出海企业提供海外维权援助。',
    '定期发布海外知识产权风险预警，在德国、新加坡设立海外维权工作站。',
  ],
  [bureau, centre],
  [{ type: 'OPERATES', start: bureau.id, end: centre.id }],
);
const finance = sketchDocument(
  'finance.txt',
  ['推进知识产权质押融资，扩大知识产权证券化规模。', '今年春季雨水偏多，气温回升较快。'],
  [fund],
  [],
);

describe('SearchService on the embedded store (real model)', () => {
  let dir: string;
  let embedder: Embedder;
  let store: EmbeddedStore;
  let service: SearchService;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-search-'));
    embedder = await createEmbedder({ modelsDir: MODELS_DIR, cacheDir: dir });
    store = new EmbeddedStore(dir);
    await store.open();
    const embed = embedStage(embedder);
    for (const doc of [overseas, finance]) await store.writeDocument(await embed.run(doc));
    service = new SearchService(store, async () => embedder);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('finds the overseas rights-protection passage first in every mode, with its entities and relations', async () => {
    for (const mode of ['hybrid', 'vector', 'keyword'] as const) {
      const { passages } = await service.search({ q: '海外维权援助有哪些做法？', k: 3, mode });
      expect(passages[0].doc).toBe('overseas.txt');
      expect(passages[0].text).toContain('海外维权援助');
    }
    const [top] = (await service.search({ q: '海外维权援助有哪些做法？', k: 1 })).passages;
    expect(top).toMatchObject({ docTitle: overseas.document.title, start: 0, end: overseas.chunks[0].end });
    expect(top.entities.map((e) => e.name).sort()).toEqual([centre.name, bureau.name].sort());
    expect(top.relations).toEqual([
      expect.objectContaining({ type: 'OPERATES', start: expect.objectContaining({ name: bureau.name }), inPassage: true }),
    ]);
  });

  it('ranks by meaning when no keyword is shared', async () => {
    const { passages } = await service.search({ q: '天气怎么样', k: 1, mode: 'vector' });
    expect(passages[0].text).toContain('雨水');
  });

  it('keyword mode never loads the model', async () => {
    const keywordOnly = new SearchService(store, () => Promise.reject(new Error('model loaded')));
    const { passages } = await keywordOnly.search({ q: '质押融资', mode: 'keyword' });
    expect(passages.map((p) => p.doc)).toEqual(['finance.txt']);
  });

  it('without a model, hybrid search answers by keywords and says so; vector search fails with the reason', async () => {
    const emptyModels = await mkdtemp(join(tmpdir(), 'kg-no-model-'));
    try {
      const noModel = new SearchService(store, () => createEmbedder({ modelsDir: emptyModels, cacheDir: dir }));
      const answer = await noModel.search({ q: '质押融资' });
      expect(answer.mode).toBe('keyword');
      expect(answer.warning).toMatch(/^keyword search only: embedding model not found: KG_MODELS_DIR=/);
      expect(answer.passages.map((p) => p.doc)).toEqual(['finance.txt']);
      expect(formatSearchResponse(answer).split('\n')[0]).toBe(`warning: ${answer.warning}`);
      await expect(noModel.search({ q: '质押融资', mode: 'vector' })).rejects.toThrow(EmbedderError);
    } finally {
      await rm(emptyModels, { recursive: true, force: true });
    }
  });

  it('filters passages and their entities by label', async () => {
    const { passages } = await service.search({ q: '知识产权', k: 5, labels: ['Measure'] });
    expect(passages.map((p) => p.entities.map((e) => e.name))).toEqual([[fund.name]]);
  });

  it('keeps vectors across a reopen and drops a deleted document from both indexes', async () => {
    const reopened = new EmbeddedStore(dir);
    await reopened.open();
    const query = await embedder.embedQuery('海外维权援助');
    expect(await reopened.vectorSearch(query, 4)).toEqual(await store.vectorSearch(query, 4));
    await store.close(); // one writer per data directory: the first store stops writing, and follows the second
    await reopened.deleteDocument('overseas.txt');
    const after = new EmbeddedStore(dir);
    await after.open();
    const ids = (await after.vectorSearch(query, 10)).map((h) => h.chunkId);
    expect(ids.sort()).toEqual(finance.chunks.map((c) => c.id).sort());
    expect(await after.keywordSearch('海外维权', 10)).toEqual([]);
  });

  it('rejects bad input with one-line messages', async () => {
    await expect(service.search({ q: '  ' })).rejects.toThrow(SearchError);
    await expect(service.search({ q: '专利', k: 0 })).rejects.toThrow('k must be an integer from 1 to 100, got 0');
    await expect(service.search({ q: '专利', mode: 'fuzzy' as never })).rejects.toThrow('mode must be one of hybrid, vector, keyword');
    await expect(service.search({ q: '专利', labels: ['Person' as never] })).rejects.toThrow('unknown label "Person"');
  });
});

describe('formatSearchResponse', () => {
  it('prints each passage with its place, entities and relations (* marks relations read from the passage)', () => {
    const text = formatSearchResponse({
      q: '海外维权',
      mode: 'hybrid',
      k: 1,
      passages: [
        {
          chunkId: 'c1', doc: 'a.txt', docTitle: 'A', text: '某局建设\n中心。', start: 0, end: 7, sectionPath: ['保护'], score: 0.0325,
          entities: [{ id: 'e1', label: 'Institution', name: '某局' }, { id: 'e2', label: 'Platform', name: '中心' }],
          relations: [{
            id: 'r1', type: 'OPERATES', start: { id: 'e1', label: 'Institution', name: '某局' }, end: { id: 'e2', label: 'Platform', name: '中心' },
            evidence: { sentence: '某局建设中心。', doc: 'a.txt', start: 0, end: 7 }, confidence: 0.9, inPassage: true,
          }],
        },
      ],
    });
    expect(text.split('\n')).toEqual([
      '1 passage for "海外维权" (hybrid)',
      '',
      '1. a.txt [0-7] score 0.0325  保护',
      '   某局建设 中心。',
      '   entities: 某局 (Institution), 中心 (Platform)',
      '   * 某局 -OPERATES-> 中心',
    ]);
    expect(formatSearchResponse({ q: 'x', mode: 'keyword', k: 5, passages: [] })).toBe('no passage found for "x" (keyword)');
  });
});
