import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore } from '../src/store/embedded.ts';
import type { ExportRecord, GraphStore } from '../core/store.ts';
import { MalformedGraphError } from '../core/records.ts';
import { bureau, centre, court, regulation, sketchDocument, twoDocuments } from './helpers/graphs.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-embedded-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function openStore(): Promise<EmbeddedStore> {
  const store = new EmbeddedStore(dir);
  await store.open();
  return store;
}

async function exported(store: GraphStore): Promise<ExportRecord[]> {
  const out: ExportRecord[] = [];
  for await (const r of store.exportAll()) out.push(r);
  return out;
}

test('writes a document and reads its entities, relations and counts', async () => {
  const store = await openStore();
  const { a } = twoDocuments();
  expect(await store.writeDocument(a)).toEqual({ status: 'created' });
  const stats = await store.stats();
  expect(stats.documents).toBe(1);
  expect(stats.chunks).toBe(2);
  expect(stats.entities).toMatchObject({ Institution: 1, Policy: 1, Platform: 1 });
  expect(stats.relations).toMatchObject({ ISSUED: 1, OPERATES: 1 });
  const relations = await store.relationsOf(bureau.id);
  expect(relations.map((r) => r.type)).toEqual(['ISSUED', 'OPERATES']);
  expect(relations[0].evidence).toBe('某市知识产权局印发《某市知识产权保护条例》。');
});

test('an unchanged document writes nothing; a changed one replaces its facts', async () => {
  const store = await openStore();
  const { a } = twoDocuments();
  await store.writeDocument(a);
  const before = await exported(store);
  expect(await store.writeDocument(a)).toEqual({ status: 'unchanged' });
  expect(await exported(store)).toEqual(before);

  const changed = sketchDocument('a.txt', ['某市知识产权局印发《某市知识产权保护条例》。'], [bureau, regulation], [
    { type: 'ISSUED', start: bureau.id, end: regulation.id },
  ]);
  expect(await store.writeDocument(changed)).toEqual({ status: 'replaced' });
  expect(await store.getEntity(centre.id)).toBeNull();
  expect((await store.stats()).relations.OPERATES).toBe(0);
});

test('entities merge across documents and survive the deletion of one of them', async () => {
  const store = await openStore();
  const { a, b } = twoDocuments();
  await store.writeDocument(a);
  await store.writeDocument(b);
  const merged = await store.getEntity(bureau.id);
  expect(merged?.docs).toEqual(['a.txt', 'b.txt']);
  expect(merged?.aliases).toEqual(['市局', '市知识产权局']);

  expect(await store.deleteDocument('a.txt')).toBe(true);
  const after = await store.getEntity(bureau.id);
  expect(after?.docs).toEqual(['b.txt']);
  expect(after?.aliases).toEqual(['市局']);
  expect(await store.getEntity(regulation.id)).toBeNull();
  expect(await store.getEntity(court.id)).not.toBeNull();
  expect(await store.deleteDocument('a.txt')).toBe(false);
});

test('a write that fails half-way leaves no trace, in memory or on disk', async () => {
  class FailingStore extends EmbeddedStore {
    protected override afterEntities() {
      throw new Error('injected failure');
    }
  }
  const good = await openStore();
  const { a, b } = twoDocuments();
  await good.writeDocument(a);
  const before = await exported(good);

  await good.close();
  const failing = new FailingStore(dir);
  await failing.open();
  await expect(failing.writeDocument(b)).rejects.toThrow('injected failure');
  expect(await exported(failing)).toEqual(before);
  expect(await exported(await openStore())).toEqual(before);
});

test('the graph persists across restarts and exports in the APOC shape', async () => {
  const { a, b } = twoDocuments();
  const first = await openStore();
  await first.writeDocument(a);
  await first.writeDocument(b);
  const records = await exported(await openStore());
  expect(records).toEqual(await exported(first));
  const bureauNode = records.find((r) => r.id === bureau.id);
  expect(bureauNode).toMatchObject({ type: 'node', labels: ['Institution'], properties: { name: '某市知识产权局', docs: ['a.txt', 'b.txt'] } });
  const issued = records.find((r) => r.type === 'relationship' && r.label === 'ISSUED');
  expect(issued).toMatchObject({ start: { id: bureau.id }, end: { id: regulation.id }, properties: { doc: 'a.txt' } });
});

test('finds entities by name or alias, exact matches first', async () => {
  const store = await openStore();
  const { a, b } = twoDocuments();
  await store.writeDocument(a);
  await store.writeDocument(b);
  expect((await store.findEntitiesByName(['市局'])).map((e) => e.id)).toEqual([bureau.id]);
  const found = await store.searchEntities({ q: '知识产权', limit: 10, offset: 0 });
  expect(found.items.map((e) => e.id)).toEqual([bureau.id, centre.id, regulation.id]);
  expect((await store.searchEntities({ q: '法院', label: 'Policy', limit: 10, offset: 0 })).total).toBe(0);
});

test('writes in a row, a replacement and a deletion leave the writer holding what a reader of its journal holds', async () => {
  const writer = await openStore();
  const { a, b } = twoDocuments();
  const changed = sketchDocument('a.txt', ['某市知识产权局印发《某市知识产权保护条例》。'], [bureau, regulation], [
    { type: 'ISSUED', start: bureau.id, end: regulation.id },
  ]);
  // No read in between: the writer builds chunks, edges and the search index from its journal when one comes.
  await writer.writeDocument(a);
  await writer.writeDocument(b);
  await writer.writeDocument(changed);
  await writer.deleteDocument('b.txt');
  await writer.writeDocument(b);
  const reader = new EmbeddedStore(dir);
  await reader.open();
  expect(await exported(writer)).toEqual(await exported(reader));
  expect((await writer.stats()).relations).toMatchObject({ ISSUED: 1, OPERATES: 0 });
  const hits = await writer.keywordSearch('保护条例', 5);
  expect((await writer.getChunks(hits.map((h) => h.chunkId))).map((c) => c.doc)).toContain('a.txt');
  expect((await writer.relationsOf(bureau.id)).map((r) => r.doc)).toContain('b.txt');
});

test('the counts after writes in a row are those of the built graph', async () => {
  const writer = await openStore();
  const { a, b } = twoDocuments();
  await writer.writeDocument(a);
  await writer.writeDocument(b);
  const counted = await writer.stats();
  await exported(writer);
  expect(await writer.stats()).toEqual(counted);
  const reader = new EmbeddedStore(dir);
  await reader.open();
  expect(await reader.stats()).toEqual(counted);
  expect(counted).toMatchObject({ documents: 2, chunks: 3, relations: { ISSUED: 1, OPERATES: 1 } });
});

test('a write whose chunks another document holds fails and leaves the store readable', async () => {
  const writer = await openStore();
  const { a } = twoDocuments();
  await writer.writeDocument(a);
  // The same bytes under another file name give the same chunk ids.
  const copy = { ...a, document: { ...a.document, id: 'a-copy.txt' } };
  await expect(writer.writeDocument(copy)).rejects.toThrow();
  const reader = new EmbeddedStore(dir);
  await reader.open();
  expect((await reader.stats()).documents).toBe(1);
  expect(await exported(writer)).toEqual(await exported(reader));
});

test('a document graph that gives an id twice is refused before anything is written', async () => {
  const writer = await openStore();
  const { a, b } = twoDocuments();
  await writer.writeDocument(b);
  for (const twice of [
    { ...a, entities: [...a.entities, a.entities[0]] },
    { ...a, chunks: [...a.chunks, a.chunks[0]] },
    { ...a, relations: [...a.relations, a.relations[0]] },
  ]) {
    await expect(writer.writeDocument(twice)).rejects.toThrow(MalformedGraphError);
  }
  expect(await writer.listDocuments()).toHaveLength(1);
  // The entity both documents name still counts one document: deleting it leaves the entity to the other.
  await writer.writeDocument(a);
  await writer.deleteDocument(a.document.id);
  expect((await writer.getEntity(bureau.id))?.docs).toEqual([b.document.id]);
});
