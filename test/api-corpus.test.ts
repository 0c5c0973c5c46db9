import type { z } from 'zod';
import * as schemas from '../src/server/schemas.ts';
import { ingestedStore } from './helpers/corpus.ts';
import { serveApi } from './helpers/api-graph.ts';

let ctx: Awaited<ReturnType<typeof ingestedStore>>;
let api: Awaited<ReturnType<typeof serveApi>>;
const texts = new Map<string, string>();

beforeAll(async () => {
  ctx = await ingestedStore();
  api = await serveApi(ctx.store);
  for (const doc of await ctx.store.listDocuments()) texts.set(doc.id, (await ctx.store.getDocument(doc.id))!.text);
});
afterAll(async () => {
  await api.close();
  await ctx.remove();
});

async function ok<S extends z.ZodType>(path: string, schema: S): Promise<z.output<S>> {
  const res = await api.get(path);
  expect({ path, status: res.status }).toEqual({ path, status: 200 });
  return schema.parse(res.body);
}

/** Every evidence in an answer is the text of its document at its span. */
function expectEvidenceInDocuments(body: unknown) {
  const found: { sentence: string; doc: string; start: number; end: number }[] = [];
  JSON.stringify(body, (key, value) => {
    if (key === 'evidence' && value && typeof value === 'object' && 'sentence' in value) found.push(value);
    return value;
  });
  for (const e of found) expect(texts.get(e.doc)!.slice(e.start, e.end)).toBe(e.sentence);
  return found.length;
}

test('the most central entities of the corpus through every entity endpoint, evidence at its span', async () => {
  const { items } = await ok('/api/analytics/centrality?limit=10', schemas.Centrality);
  expect(items.length).toBe(10);
  let evidence = 0;
  for (const { entity } of items) {
    const id = encodeURIComponent(entity.id);
    evidence += expectEvidenceInDocuments(await ok(`/api/entities/${id}`, schemas.EntityDetail));
    evidence += expectEvidenceInDocuments(await ok(`/api/entities/${id}/neighbors?depth=2`, schemas.Neighbors));
    const found = await ok(`/api/entities?q=${encodeURIComponent(entity.name)}`, schemas.EntityList);
    expect(found.items.map((e) => e.id)).toContain(entity.id);
  }
  const [a, b] = items;
  evidence += expectEvidenceInDocuments(await ok(`/api/paths?from=${encodeURIComponent(a.entity.id)}&to=${encodeURIComponent(b.entity.id)}`, schemas.Paths));
  const relations = Object.values((await ctx.store.stats()).relations).reduce((n, c) => n + c, 0);
  if (relations > 0) expect(evidence).toBeGreaterThan(0);
});

test('every policy traces, every document lists its entities', async () => {
  const policies = await ok('/api/entities?label=Policy&limit=200', schemas.EntityList);
  for (const policy of policies.items.slice(0, 30)) {
    expectEvidenceInDocuments(await ok(`/api/policies/${encodeURIComponent(policy.id)}/trace`, schemas.TraceNode));
  }
  const docs = await ok('/api/documents', schemas.DocumentList);
  expect(docs).toHaveLength(5);
  for (const doc of docs) {
    const detail = await ok(`/api/documents/${encodeURIComponent(doc.id)}`, schemas.DocumentDetail);
    expect(detail.entities.length).toBeGreaterThan(0);
  }
  expectEvidenceInDocuments(await ok('/api/outcomes?limit=500', schemas.Outcomes));
  await ok('/api/analytics/communities', schemas.Communities);
});
