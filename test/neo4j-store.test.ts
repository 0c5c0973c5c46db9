import { ENTITY_LABELS } from '../core/ontology.ts';
import { MalformedGraphError, type DocumentGraph } from '../core/records.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config.ts';
import { EMBEDDING_DIMS } from '../src/search/embedder.ts';
import { EmbeddedStore } from '../src/store/embedded.ts';
import { Neo4jStore } from '../src/store/neo4j.ts';
import { LISTED_DOCS, type ExportRecord, type GraphStore } from '../core/store.ts';
import { exportAll } from './helpers/corpus.ts';
import { bureau, centre, court, regulation, sketchDocument, twoDocuments } from './helpers/graphs.ts';
import { LOCK_WAIT_MS, neo4jForTests } from './helpers/neo4j.ts';

// Against the real server of `npm run neo4j`. Without one these tests are
// skipped with a message, except under CI=true where that is a failure.
// The database may hold other data: every node id written here carries TAG,
// and only records of those nodes are compared.

const { neo4j: server } = loadConfig();
const TAG = `t${process.pid}_`;
let unavailable = '';
let release: (() => Promise<void>) | undefined;
let driver: Driver;
const opened: GraphStore[] = [];

beforeAll(async () => {
  const neo = await neo4jForTests('the Neo4j store tests');
  if (!neo) {
    unavailable = 'no server';
    return;
  }
  release = neo.release;
  driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password ?? ''));
}, LOCK_WAIT_MS + 30_000);

afterEach(async () => {
  if (unavailable) return;
  await driver.executeQuery('MATCH (n) WHERE n.id STARTS WITH $tag DETACH DELETE n', { tag: TAG });
  for (const store of opened.splice(0)) await store.close();
});

afterAll(async () => {
  await driver?.close();
  await release?.();
});

const withNeo4j = (name: string, body: () => Promise<void>) =>
  test(name, async () => {
    if (!unavailable) await body();
  });

/** Prefixes every id of a document graph with TAG, so tests never touch other data. */
function tagged(graph: DocumentGraph): DocumentGraph {
  const t = (id: string) => TAG + id;
  return {
    document: { ...graph.document, id: t(graph.document.id) },
    chunks: graph.chunks.map((c) => ({ ...c, id: t(c.id), doc: t(c.doc) })),
    entities: graph.entities.map((e) => ({ ...e, id: t(e.id) })),
    mentions: graph.mentions.map((m) => ({ ...m, entity: t(m.entity), chunk: t(m.chunk), doc: t(m.doc) })),
    relations: graph.relations.map((r) => ({ ...r, id: t(r.id), start: t(r.start), end: t(r.end), doc: t(r.doc) })),
  };
}

const docs = () => {
  const { a, b } = twoDocuments();
  return { a: tagged(a), b: tagged(b) };
};

class FailingStore extends Neo4jStore {
  batches = 0;
  constructor(private readonly failAfter = Infinity) {
    super({ ...server, batchSize: 1 });
  }
  protected afterBatch(): void {
    if (++this.batches >= this.failAfter) throw new Error('injected failure');
  }
}

async function open<T extends GraphStore>(store: T): Promise<T> {
  await store.open();
  opened.push(store);
  return store;
}

const neo4jStore = () => open(new Neo4jStore(server));

/** This test's records in the store's export. */
async function ours(store: GraphStore): Promise<ExportRecord[]> {
  return (await exportAll(store)).filter((r) => (r.type === 'node' ? r.id : r.start.id).startsWith(TAG));
}

/** The export of an embedded store given the same writes, for parity. */
async function embeddedAfter(work: (store: EmbeddedStore) => Promise<unknown>): Promise<ExportRecord[]> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-neo4j-parity-'));
  try {
    const store = new EmbeddedStore(dir);
    await store.open();
    await work(store);
    return await exportAll(store);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function count(cypher: string): Promise<number> {
  const { records } = await driver.executeQuery(cypher, { tag: TAG });
  return records[0].get(0).toNumber();
}

const nodesOf = (records: ExportRecord[]) => records.filter((r) => r.type === 'node').map((r) => r.id);

withNeo4j('applies the schema at open, idempotently', async () => {
  await neo4jStore();
  await neo4jStore();
  const { records: constraints } = await driver.executeQuery(
    "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties",
  );
  const unique = constraints.filter((r) => r.get('properties').join() === 'id').map((r) => r.get('label'));
  expect(unique).toEqual(expect.arrayContaining(['Document', 'Chunk', ...ENTITY_LABELS]));

  const { records: indexes } = await driver.executeQuery(
    "SHOW INDEXES YIELD name, type, labelsOrTypes, properties, options WHERE type IN ['FULLTEXT', 'VECTOR'] RETURN *",
  );
  const index = (name: string) => indexes.find((r) => r.get('name') === name);
  expect(index('entity_names')?.get('properties')).toEqual(['name', 'aliases']);
  expect(index('entity_names')?.get('labelsOrTypes')).toEqual([...ENTITY_LABELS]);
  expect(index('entity_names')?.get('options').indexConfig['fulltext.analyzer']).toBe('cjk');
  expect(index('chunk_text')?.get('options').indexConfig['fulltext.analyzer']).toBe('cjk');
  const vector = index('chunk_embedding')?.get('options').indexConfig;
  expect(vector['vector.dimensions'].toNumber()).toBe(EMBEDDING_DIMS);
  expect(vector['vector.similarity_function'].toLowerCase()).toBe('cosine');
});

withNeo4j('holds exactly what the embedded store holds after the same writes', async () => {
  const store = await neo4jStore();
  const { a, b } = docs();
  expect(await store.writeDocument(a)).toEqual({ status: 'created' });
  expect(await store.writeDocument(b)).toEqual({ status: 'created' });
  const expected = await embeddedAfter(async (e) => {
    await e.writeDocument(a);
    await e.writeDocument(b);
  });
  const actual = await ours(store);
  expect(actual).toEqual(expected);
  expect(actual.map((r) => JSON.stringify(r))).toEqual(expected.map((r) => JSON.stringify(r)));
  expect((await store.getEntity(TAG + bureau.id))?.docs).toEqual([a.document.id, b.document.id]);
  expect((await store.findEntitiesByName(['市局'])).map((e) => e.id)).toEqual([TAG + bureau.id]);
  expect((await store.getDocument(a.document.id))?.text).toBe(a.document.text);
});

withNeo4j('finds entities by names that hold the query syntax of the key index', async () => {
  const store = await neo4jStore();
  const odd = { id: 'e_odd', label: 'Platform' as const, name: '某“快维”中心:*OR* \\备份"站', aliases: ['AND'] };
  await store.writeDocument(tagged(sketchDocument('d_odd', [`${odd.name}成立。`, `${court.name}开庭。`], [odd, court], [])));
  const ids = async (names: string[]) => (await store.findEntitiesByName(names)).map((e) => e.id).sort();
  expect(await ids([odd.name])).toEqual([TAG + odd.id]);
  expect(await ids(['and'])).toEqual([TAG + odd.id]);
  expect(await ids([court.name, odd.name, '没有这个名字'])).toEqual([TAG + court.id, TAG + odd.id].sort());
  expect(await ids(['OR', '*', '某'])).toEqual([]);
});

withNeo4j('finds entities by name with their props and without their lists of documents, as the embedded store does', async () => {
  const store = await neo4jStore();
  const { a, b } = docs();
  const names = [...a.entities, ...b.entities].flatMap((e) => [e.name, ...e.aliases]);
  const writes = async (s: GraphStore) => {
    await s.writeDocument(a);
    await s.writeDocument(b);
  };
  await writes(store);
  const found = await store.findEntitiesByName(names);
  const full = await store.getEntities(found.map((e) => e.id));
  expect(found.map((e) => e.id)).toEqual(full.map((e) => e.id));
  expect(found).toEqual(full.map(({ docs, docCount, ...named }) => (expect(docs).toHaveLength(docCount), named)));
  expect(found.find((e) => e.id === TAG + regulation.id)?.props).toEqual(regulation.props);
  expect(found.every((e) => !('docs' in e))).toBe(true);

  const dir = await mkdtemp(join(tmpdir(), 'kg-neo4j-names-'));
  try {
    const embedded = new EmbeddedStore(dir);
    await embedded.open();
    await writes(embedded);
    expect(await embedded.findEntitiesByName(names)).toEqual(found);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

withNeo4j('an entity answers with its first LISTED_DOCS documents and how many it has; entityDocuments and the export list them all, as in the embedded store', async () => {
  const store = await neo4jStore();
  const many = Array.from({ length: LISTED_DOCS + 2 }, (_, i) => tagged(sketchDocument(`m${String(i).padStart(4, '0')}.txt`, [`${bureau.name}召开第${i}次会议。`], [bureau], [])));
  const writes = async (s: GraphStore) => {
    for (const doc of many) await s.writeDocument(doc);
  };
  await writes(store);
  const all = many.map((d) => d.document.id).sort();
  const hub = (await store.getEntity(TAG + bureau.id))!;
  expect(hub.docCount).toBe(all.length);
  expect(hub.docs).toEqual(all.slice(0, LISTED_DOCS));
  expect(await store.entityDocuments(TAG + bureau.id)).toEqual(all);
  expect(await store.entityDocuments('no such entity')).toEqual([]);
  const exported = (await ours(store)).find((r) => r.type === 'node' && r.id === TAG + bureau.id);
  expect(exported?.type === 'node' && exported.properties.docs).toEqual(all);
  const page = await store.entityPage(TAG + bureau.id, { types: [], limit: 1, offset: LISTED_DOCS + 1 });
  expect(page?.documents.map((d) => d.id)).toEqual([all[LISTED_DOCS + 1]]);
  const lastEntities = await store.documentEntities(all.at(-1)!);
  expect(lastEntities.map((e) => e.id)).toEqual([TAG + bureau.id]);

  const dir = await mkdtemp(join(tmpdir(), 'kg-neo4j-listed-'));
  try {
    const embedded = new EmbeddedStore(dir);
    await embedded.open();
    await writes(embedded);
    expect(await embedded.getEntity(TAG + bureau.id)).toEqual(hub);
    expect(await embedded.entityDocuments(TAG + bureau.id)).toEqual(all);
    expect(await embedded.entityPage(TAG + bureau.id, { types: [], limit: 1, offset: LISTED_DOCS + 1 })).toEqual(page);
    expect(await embedded.documentEntities(all.at(-1)!)).toEqual(lastEntities);
    expect(await embedded.documentEntities('no such document')).toEqual([]);
    await embedded.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

withNeo4j('re-ingesting an unchanged document writes nothing', async () => {
  const { a } = docs();
  await (await neo4jStore()).writeDocument(a);
  const elementIds = 'MATCH (n) WHERE n.id STARTS WITH $tag OPTIONAL MATCH (n)-[r]->() RETURN n.id, elementId(n), collect(elementId(r)) ORDER BY n.id';
  const before = (await driver.executeQuery(elementIds, { tag: TAG })).records.map((r) => r.toObject());

  const watched = await open(new FailingStore());
  expect(await watched.writeDocument(a)).toEqual({ status: 'unchanged' });
  expect(watched.batches).toBe(0);
  expect((await driver.executeQuery(elementIds, { tag: TAG })).records.map((r) => r.toObject())).toEqual(before);
});

withNeo4j('a document graph that gives an entity id twice is refused before anything is written', async () => {
  const { a } = docs();
  const store = await neo4jStore();
  await expect(store.writeDocument({ ...a, entities: [...a.entities, a.entities[0]] })).rejects.toThrow(MalformedGraphError);
  expect((await driver.executeQuery('MATCH (n) WHERE n.id STARTS WITH $tag RETURN count(n) AS n', { tag: TAG })).records[0].get('n').toNumber()).toBe(0);
});

withNeo4j('the revision changes with every write any store makes, and only then', async () => {
  const { a, b } = docs();
  const [writer, server] = [await neo4jStore(), await neo4jStore()];
  const seen = [await server.revision()];
  const changed = async () => {
    const now = await server.revision();
    const fresh = !seen.includes(now);
    seen.push(now);
    return fresh;
  };
  await writer.writeDocument(a);
  expect(await changed()).toBe(true);
  expect(await writer.writeDocument(a)).toEqual({ status: 'unchanged' });
  expect(await changed()).toBe(false);
  await writer.writeDocument(b);
  expect(await changed()).toBe(true);
  await writer.addVectors(new Map([[a.chunks[0].id, new Float32Array(EMBEDDING_DIMS).fill(0.1)]]));
  expect(await changed()).toBe(true);
  expect(await writer.deleteDocument(b.document.id)).toBe(true);
  expect(await changed()).toBe(true);
  expect(await writer.deleteDocument(b.document.id)).toBe(false);
  expect(await changed()).toBe(false);
  // Opening a store (a server starting, `kg stats`) changes nothing; a write that fails half-way changes nothing either.
  await neo4jStore();
  expect(await changed()).toBe(false);
  await expect((await open(new FailingStore(3))).writeDocument(b)).rejects.toThrow('injected failure');
  expect(await changed()).toBe(false);
});

withNeo4j('a changed document replaces its old facts; entities other documents mention stay', async () => {
  const store = await neo4jStore();
  const { a, b } = docs();
  const a2 = tagged(
    sketchDocument('a.txt', ['某市知识产权局建设某市知识产权保护中心。'], [{ ...bureau, aliases: ['知识产权局'] }, centre], [
      { type: 'OPERATES', start: bureau.id, end: centre.id },
    ]),
  );
  await store.writeDocument(a);
  await store.writeDocument(b);
  expect(await store.writeDocument(a2)).toEqual({ status: 'replaced' });

  const actual = await ours(store);
  expect(actual).toEqual(
    await embeddedAfter(async (e) => {
      await e.writeDocument(a);
      await e.writeDocument(b);
      await e.writeDocument(a2);
    }),
  );
  expect(nodesOf(actual)).not.toContain(TAG + regulation.id);
  expect((await store.getEntity(TAG + bureau.id))?.aliases).toEqual(['市局', '知识产权局'].sort());
});

withNeo4j('a document that fails in the middle of its write leaves no trace', async () => {
  const { a, b } = docs();
  await expect((await open(new FailingStore(3))).writeDocument(a)).rejects.toThrow('injected failure');
  expect(await count('MATCH (n) WHERE n.id STARTS WITH $tag RETURN count(n)')).toBe(0);

  const store = await neo4jStore();
  await store.writeDocument(a);
  await store.writeDocument(b);
  const before = await ours(store);
  const changedB = tagged(sketchDocument('b.txt', ['某市中级人民法院审理案件。'], [court], []));
  const failing = await open(new FailingStore(2));
  await expect(failing.writeDocument(changedB)).rejects.toThrow('injected failure');
  expect(failing.batches).toBe(2);
  expect(await ours(store)).toEqual(before);
});

withNeo4j('deleting a document removes it and what only it supported', async () => {
  const store = await neo4jStore();
  const { a, b } = docs();
  await store.writeDocument(a);
  await store.writeDocument(b);
  expect(await store.deleteDocument(a.document.id)).toBe(true);
  expect(await store.deleteDocument(a.document.id)).toBe(false);

  const actual = await ours(store);
  expect(actual).toEqual(
    await embeddedAfter(async (e) => {
      await e.writeDocument(a);
      await e.writeDocument(b);
      await e.deleteDocument(a.document.id);
    }),
  );
  expect(nodesOf(actual)).toEqual(expect.arrayContaining([b.document.id, TAG + bureau.id, TAG + court.id]));
  expect(nodesOf(actual)).not.toEqual(expect.arrayContaining([TAG + regulation.id]));
  expect(nodesOf(actual)).not.toContain(TAG + centre.id);
  expect(await count("MATCH ()-[r]->() WHERE r.doc = $tag + 'a.txt' RETURN count(r)")).toBe(0);
});

withNeo4j('merge states an older version wrote (documents counted per name) are rebuilt at open', async () => {
  const store = await neo4jStore();
  const { a, b } = docs();
  await store.writeDocument(a);
  await store.writeDocument(b);
  const states = async () => {
    const { records } = await driver.executeQuery('MATCH (n) WHERE n.id STARTS WITH $tag AND n._merge IS NOT NULL RETURN n.id AS id, n._merge AS merge ORDER BY id', { tag: TAG });
    return records.map((r) => [r.get('id') as string, JSON.parse(r.get('merge') as string)] as const);
  };
  const current = await states();
  expect(current.length).toBeGreaterThan(0);
  // The older shape: how many documents gave each name, no first document.
  // One state also claims a prop that no document's facet gives (an inconsistent store): the rebuild drops it from the node.
  for (const [i, [id, { nameDocs, propDocs, ...rest }]] of current.entries()) {
    const names = Object.fromEntries(Object.keys(nameDocs).map((name) => [name, 1]));
    const stray = i === 0 ? { stray: a.document.id } : {};
    const merge = JSON.stringify({ ...rest, propDocs: { ...propDocs, ...stray }, names });
    await driver.executeQuery('MATCH (n {id: $id}) SET n._merge = $merge, n.stray = $value', { id, merge, value: i === 0 ? 'left over' : null });
  }
  await expect(store.deleteDocument(b.document.id)).rejects.toThrow(/older version of the store/);

  const reopened = await neo4jStore();
  expect(await states()).toEqual(current);
  expect(await count('MATCH (n) WHERE n.id STARTS WITH $tag AND n.stray IS NOT NULL RETURN count(n)')).toBe(0);
  expect(await reopened.deleteDocument(a.document.id)).toBe(true);
  expect(await ours(reopened)).toEqual(await embeddedAfter((e) => e.writeDocument(b)));
});

withNeo4j('props spelled like built-in object properties are removed with the document that gave them, as in the embedded store', async () => {
  const store = await neo4jStore();
  const odd = { ...regulation, props: { toString: 'x', constructor: 'y', kind: 'regulation' } };
  const a = tagged(sketchDocument('a.txt', [`${odd.name}施行。`], [odd], []));
  const b = tagged(sketchDocument('b.txt', [`${odd.name}修订。`], [{ ...regulation, props: {} }], []));
  const writes = async (s: GraphStore) => {
    await s.writeDocument(a);
    await s.writeDocument(b);
    await s.deleteDocument(a.document.id);
  };
  await writes(store);
  expect((await store.getEntity(TAG + regulation.id))?.props).toEqual({});
  expect(await ours(store)).toEqual(await embeddedAfter(writes));
});

withNeo4j('an entity lists its documents in order, whatever order they were written and removed in', async () => {
  const store = await neo4jStore();
  const { a, b } = docs();
  const c = tagged(sketchDocument('c.txt', ['市局召开会议。'], [{ ...bureau, name: '市局', aliases: [] }], []));
  const writes = async (s: GraphStore) => {
    for (const doc of [c, b, a]) await s.writeDocument(doc);
    await s.deleteDocument(b.document.id);
  };
  await writes(store);
  expect(await ours(store)).toEqual(await embeddedAfter(writes));
  expect((await store.getEntity(TAG + bureau.id))?.docs).toEqual([a.document.id, c.document.id]);
  // The document that gave the name goes: the name and the list come from the documents left.
  await store.deleteDocument(a.document.id);
  expect(await store.getEntity(TAG + bureau.id)).toMatchObject({ name: '市局', docs: [c.document.id] });
});

withNeo4j('finds chunks through the vector and full-text indexes it writes', async () => {
  const store = await neo4jStore();
  const { a } = docs();
  const unit = (i: number) => Array.from({ length: EMBEDDING_DIMS }, (_, j) => (j === i ? 1 : 0));
  const embedded = { ...a, chunks: a.chunks.map((c, i) => ({ ...c, embedding: unit(i) })) };
  await store.writeDocument(embedded);
  const hits = await store.vectorSearch(Float32Array.from(unit(1)), 1);
  expect(hits[0]).toEqual({ chunkId: a.chunks[1].id, score: expect.closeTo(1, 5) });
  await driver.executeQuery('CALL db.awaitIndexes(30)');
  const keyword = await store.keywordSearch('保护中心', 5);
  expect(keyword.map((h) => h.chunkId)).toContain(a.chunks[1].id);
});

test('an unreachable server gives one clear message within 2 s', async () => {
  const store = new Neo4jStore({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'whatever-123' });
  const began = Date.now();
  await expect(store.open()).rejects.toThrow('Neo4j is not reachable at bolt://127.0.0.1:1: start it with "npm run neo4j" or set NEO4J_URI');
  expect(Date.now() - began).toBeLessThan(2500);

  const down = new Neo4jStore({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'whatever-123' });
  expect(await down.health()).toEqual({ backend: 'neo4j', ok: false, detail: expect.stringContaining('not reachable') });
  await down.close();
});
