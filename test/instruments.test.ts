/**
 * @jest-environment ./test/helpers/native-typed-arrays-environment.js
 */
// Policy-instrument coding: the cue-word rules, the coded examples' loader,
// the classifier with the real embedding model scored by leaving one document
// out (the thresholds), the coding at ingest and POST /api/instruments/classify.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InstrumentClassifier } from '../core/instruments/classifier.ts';
import { CodedExamplesError, isCodedExamplesDir, loadCodedExamples } from '../core/instruments/examples.ts';
import { INSTRUMENT_TOOLS, TOOLS } from '../core/instruments/scheme.ts';
import type { Embedder } from '../core/embedder.ts';
import { embedStage } from '../ingest/embed.ts';
import { instrumentStage } from '../ingest/instruments/index.ts';
import { ingestPaths } from '../ingest/pipeline.ts';
import { evalInstruments } from '../src/eval/instruments.ts';
import { QueryService } from '../src/query/service.ts';
import { createEmbedder } from '../src/search/embedder.ts';
import { SearchService } from '../src/search/hybrid.ts';
import { EmbeddedStore } from '../src/store/embedded.ts';
import { CORPUS_DIR, tempDir } from './helpers/corpus.ts';
import { createApp } from '../src/server/app.ts';
import type { AddressInfo } from 'node:net';

const ROOT = join(import.meta.dirname, '..');
const GOLD = join(ROOT, '..', 'shared', 'gold', 'instruments');
const MODELS_DIR = join(ROOT, '..', 'shared', 'models');
const EMBEDDING_CACHE = join(ROOT, 'test-artifacts', 'embedding-cache');

let embedder: Embedder;
beforeAll(async () => {
  embedder = await createEmbedder({ modelsDir: MODELS_DIR, cacheDir: EMBEDDING_CACHE });
}, 120_000);

describe('cue words alone', () => {
  const cueWords = new InstrumentClassifier([], null);
  const code = async (name: string, text?: string) => (await cueWords.classify([{ name, text }]))[0];

  test("a cue word in the name decides; when two fit, the one the name leads with (the scheme's rule)", async () => {
    expect(await code('某区知识产权质押融资风险补偿')).toMatchObject({ category: 'environment', tool: 'finance_tax', cue: 'name cue "质押"', mode: 'cue-words' });
    expect(await code('海外维权援助服务')).toMatchObject({ tool: 'overseas' });
    expect(await code('某市专利侵权纠纷快速调解')).toMatchObject({ category: 'environment', tool: 'protection' });
    expect(await code('中小学知识产权教育培训')).toMatchObject({ category: 'supply', tool: 'talent' });
  });

  test('without a cue in the name the sentence decides; with none anywhere nothing is coded, and the answer says why', async () => {
    expect(await code('某某行动', '对符合条件的企业给予专项资金资助。')).toMatchObject({ tool: 'funding', cue: expect.stringContaining('sentence cues') });
    expect(await code('某某行动')).toEqual({ category: null, tool: null, confidence: 0, cue: 'no cue word in the name or sentence', mode: 'cue-words', neighbours: [] });
  });

  test('each tool is coded from its own first cue word', async () => {
    for (const tool of INSTRUMENT_TOOLS) expect({ tool, coded: (await code(`某市${TOOLS[tool].cues[0]}`)).tool }).toEqual({ tool, coded: tool });
  });
});

describe('coded examples', () => {
  test('the shipped examples are the shared gold files, and a gold folder is told from an instruments folder', async () => {
    expect(loadCodedExamples()).toEqual(loadCodedExamples(GOLD));
    expect(isCodedExamplesDir(GOLD)).toBe(true);
    expect(isCodedExamplesDir(join(GOLD, '..', 'dev'))).toBe(false);
  });

  test('a bad line is an error naming the file, the line and what is wrong', async () => {
    const dir = await tempDir('kg-coded-');
    try {
      const write = (lines: string) => writeFile(join(dir.path, 'set.jsonl'), lines);
      await write('{"doc":"a.txt","measure":"某措施","category":"supply","tool":"funding"}\n{"doc":"a.txt","measure":"某措施","tool":"bribery"}\n');
      expect(() => loadCodedExamples(dir.path)).toThrow(/set\.jsonl:2: unknown tool "bribery"/);
      await write('{"doc":"a.txt","measure":"某措施","category":"demand","tool":"funding"}\n');
      expect(() => loadCodedExamples(dir.path)).toThrow(/funding belongs to supply/);
      await write('not json\n');
      expect(() => loadCodedExamples(dir.path)).toThrow(CodedExamplesError);
      await mkdir(join(dir.path, 'empty'));
      expect(() => loadCodedExamples(join(dir.path, 'empty'))).toThrow(/no \.jsonl file/);
    } finally {
      await dir.remove();
    }
  });
});

describe('with the embedding model', () => {
  test('leaving one document out: category accuracy at least 0.85, tool macro-F1 at least 0.70; cue words alone stay useful', async () => {
    const gold = loadCodedExamples(GOLD);
    const model = await evalInstruments(gold, loadCodedExamples(), embedder);
    console.log(`instruments, leave one document out: category ${model.categoryAccuracy.toFixed(3)}, tool macro-F1 ${model.toolMacroF1.toFixed(3)}`);
    expect(model.docs.length).toBeGreaterThanOrEqual(5);
    expect(model.categoryAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(model.toolMacroF1).toBeGreaterThanOrEqual(0.7);
    const cueWords = await evalInstruments(gold, loadCodedExamples(), null);
    expect(cueWords.mode).toBe('cue-words');
    expect(cueWords.categoryAccuracy).toBeGreaterThanOrEqual(0.75);
    expect(cueWords.toolMacroF1).toBeGreaterThanOrEqual(0.65);
  }, 120_000);

  test("a document's own examples are left out on request; otherwise its twin is the nearest neighbour and decides", async () => {
    const examples = loadCodedExamples(GOLD);
    const classifier = new InstrumentClassifier(examples, embedder);
    const example = examples.find((e) => e.tool === 'procurement')!;
    const [own] = await classifier.classify([{ name: example.measure, doc: example.doc }]);
    expect(own.neighbours[0]).toMatchObject({ measure: example.measure, doc: example.doc, tool: 'procurement' });
    expect(own.neighbours[0].similarity).toBeGreaterThan(0.99);
    expect(own.tool).toBe('procurement');
    const [left] = await classifier.classify([{ name: example.measure, doc: example.doc }], { leaveOwnDocumentOut: true });
    expect(left.neighbours.every((n) => n.doc !== example.doc)).toBe(true);
    expect(left.neighbours.length).toBe(5);
    expect(left.mode).toBe('model');
  });
});

describe('at ingest and through the API', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let store: EmbeddedStore;

  beforeAll(async () => {
    dir = await tempDir('kg-instruments-');
    store = new EmbeddedStore(dir.path);
    await store.open();
  });
  afterAll(() => dir.remove());

  test('every Measure of the plan carries its coding and where, when and by whom it was set; a plain ingest says it used cue words only', async () => {
    const plan = join(CORPUS_DIR, '001_e7794d8e00f2bce1.txt');
    await ingestPaths([plan], store);
    const plain = await store.entitiesByLabel('Measure');
    expect(plain.length).toBeGreaterThan(20);
    for (const m of plain) expect(m.props.instrumentCue).toMatch(/cue words only, no embedding model/);

    await ingestPaths([plan], store, { embed: embedStage(embedder), instruments: instrumentStage(new InstrumentClassifier(loadCodedExamples(), embedder)) });
    const measures = await store.entitiesByLabel('Measure');
    expect(measures.map((m) => m.id)).toEqual(plain.map((m) => m.id));
    for (const m of measures) {
      expect(INSTRUMENT_TOOLS).toContain(m.props.instrumentTool);
      expect(m.props.instrument).toBe(TOOLS[m.props.instrumentTool as keyof typeof TOOLS].category);
      expect(m.props.instrumentConfidence).toBeGreaterThanOrEqual(0.5);
      expect(m.props.instrumentCue).not.toMatch(/cue words only/);
      expect(m.props.instrumentRegion).toBe('深圳市');
      expect(typeof m.props.instrumentRegionId).toBe('string');
    }
    const region = await store.getEntity(measures[0].props.instrumentRegionId as string);
    expect(region).toMatchObject({ label: 'Region', name: '深圳市' });
  }, 120_000);

  test('POST /api/instruments/classify: the coding with its nearest coded examples; without the model, cue words and a warning', async () => {
    const api = createApp(new QueryService(store), new SearchService(store, async () => embedder)).listen(0, '127.0.0.1');
    await new Promise((done) => api.once('listening', done));
    const base = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
    const post = async (body: unknown) => {
      const res = await fetch(`${base}/api/instruments/classify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return { status: res.status, body: await res.json() };
    };
    try {
      const coded = await post({ name: '政府采购优先采购自主知识产权产品', text: '政府采购应当优先采购具有自主知识产权的产品。' });
      expect(coded).toMatchObject({ status: 200, body: { category: 'demand', tool: 'procurement', mode: 'model' } });
      expect(coded.body.neighbours).toHaveLength(5);
      expect(coded.body.neighbours[0]).toMatchObject({ tool: 'procurement' });
      expect(coded.body.confidence).toBeGreaterThan(0.5);
      expect((await post({ text: '没有名称' })).status).toBe(400);
      expect((await post({ name: '' })).status).toBe(400);
    } finally {
      await new Promise((done) => api.close(done));
    }

    const withoutModel = createApp(new QueryService(store), new SearchService(store, () => Promise.reject(new Error('no model here'))));
    const server = withoutModel.listen(0, '127.0.0.1');
    await new Promise((done) => server.once('listening', done));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/instruments/classify`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: '专利权质押融资' }),
      });
      expect(await res.json()).toMatchObject({ tool: 'finance_tax', mode: 'cue-words', neighbours: [], warning: expect.stringContaining('no model here') });
    } finally {
      await new Promise((done) => server.close(done));
    }
  });
});
