import { ENTITY_LABELS } from '../core/ontology.ts';
import { readdirSync } from 'node:fs';
import { buildDocumentGraph, ingestPaths } from '../ingest/pipeline.ts';
import { loadDocument } from '../ingest/load.ts';
import { join } from 'node:path';
import { CORPUS_DIR, exportAll, ingestedStore } from './helpers/corpus.ts';

const corpusFiles = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')).sort();
let ctx: Awaited<ReturnType<typeof ingestedStore>>;

beforeAll(async () => {
  ctx = await ingestedStore();
});
afterAll(async () => ctx.remove());

test('ingests every corpus document into a graph with all seven labels', async () => {
  expect(ctx.summary.created).toEqual(corpusFiles);
  expect(ctx.summary.failed).toEqual([]);
  const stats = await ctx.store.stats();
  expect(stats.documents).toBe(corpusFiles.length);
  expect(stats.chunks).toBeGreaterThan(100);
  for (const label of ENTITY_LABELS) expect(stats.entities[label]).toBeGreaterThan(0);
  expect(Object.values(stats.relations).reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
});

test('ingesting the corpus again changes nothing: same counts, same ids', async () => {
  const before = await exportAll(ctx.store);
  const again = await ingestPaths([CORPUS_DIR], ctx.store);
  expect(again.unchanged).toEqual(corpusFiles);
  expect(again.created).toEqual([]);
  expect(await exportAll(ctx.store)).toEqual(before);
});

test('a document stored by an older version of the pipeline is read again', async () => {
  const loaded = await loadDocument(join(CORPUS_DIR, corpusFiles[0]));
  if (!loaded.ok) throw new Error(loaded.reason);
  const { graph } = await buildDocumentGraph(loaded.doc, ctx.store);
  expect(await ctx.store.writeDocument({ ...graph, document: { ...graph.document, revision: 'older-pipeline' } })).toEqual({ status: 'replaced' });
  const again = await ingestPaths([CORPUS_DIR], ctx.store);
  expect(again.replaced).toEqual([corpusFiles[0]]);
  expect(again.unchanged).toEqual(corpusFiles.slice(1));
});

test('the export has the APOC shape, every entity has docs, every evidence occurs in its document', async () => {
  const records = await exportAll(ctx.store);
  const texts = new Map<string, string>();
  for (const doc of corpusFiles) texts.set(doc, (await ctx.store.getDocument(doc))!.text);
  const ids = new Set(records.filter((r) => r.type === 'node').map((r) => r.id));
  for (const r of records) {
    if (r.type === 'node') {
      expect(r.labels).toHaveLength(1);
      if ((ENTITY_LABELS as readonly string[]).includes(r.labels[0])) {
        expect((r.properties.docs as string[]).length).toBeGreaterThan(0);
        expect(typeof r.properties.name).toBe('string');
        expect(Array.isArray(r.properties.aliases)).toBe(true);
      }
    } else {
      expect(ids.has(r.start.id) && ids.has(r.end.id)).toBe(true);
      expect(texts.has(r.properties.doc as string)).toBe(true);
      if (r.properties.evidence !== undefined) {
        const text = texts.get(r.properties.doc as string)!;
        expect(text).toContain(r.properties.evidence as string);
        expect(text.slice(r.properties.spanStart as number, r.properties.spanEnd as number)).toBe(r.properties.evidence);
      }
    }
  }
});

test('chunks are sentence-aligned passages with content-derived ids and exact spans', async () => {
  const doc = await ctx.store.getDocument(corpusFiles[1]);
  const chunks = (await exportAll(ctx.store)).filter((r) => r.type === 'node' && r.labels[0] === 'Chunk' && r.properties.doc === corpusFiles[1]);
  expect(chunks.length).toBeGreaterThan(20);
  for (const c of chunks) {
    const { start, end, text } = c.properties as { start: number; end: number; text: string };
    expect(doc!.text.slice(start, end)).toBe(text);
    expect(c.id).toMatch(/^c_[0-9a-f]{16}$/);
  }
  const lengths = chunks.map((c) => (c.properties.text as string).length).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)];
  expect(median).toBeGreaterThanOrEqual(200);
  expect(median).toBeLessThanOrEqual(600);
});
