import type { DocumentGraph } from '../core/records.ts';
import { createHash } from 'node:crypto';
import neo4j, { type Driver, type Transaction } from 'neo4j-driver';
import { loadConfig } from '../src/config.ts';
import { EmbeddedStore } from '../src/store/embedded.ts';
import { Neo4jStore } from '../src/store/neo4j.ts';
import { DocumentWriter, ENTITY, ENTITY_PROJECTION } from '../src/store/neo4j-writer.ts';
import { normalizeName } from '../core/names.ts';
import { RELATION_TYPES } from '../core/ontology.ts';
import { documentRows } from '../src/store/rows.ts';
import { buildDocumentGraph } from '../ingest/pipeline.ts';
import { listDocumentFiles, loadDocument } from '../ingest/load.ts';
import { tempDir } from '../test/helpers/corpus.ts';
import { sketchDocument } from '../test/helpers/graphs.ts';
import { lockNeo4j } from '../test/helpers/neo4j-lock.ts';
import type { BenchRow } from './timing.ts';

/** The corpus (`copies` times, each copy made distinct) as document graphs, resolved in file order as an ingest would. */
async function corpusGraphs(corpusDir: string, copies = 1): Promise<DocumentGraph[]> {
  const dir = await tempDir('kg-bench-');
  const store = new EmbeddedStore(dir.path);
  await store.open();
  const graphs: DocumentGraph[] = [];
  for (let c = 1; c <= copies; c++) {
    for (const path of listDocumentFiles([corpusDir]).files) {
      const loaded = await loadDocument(path);
      if (!loaded.ok) continue;
      const raw = `${loaded.doc.raw}\n（副本${c}）\n`;
      const doc = copies === 1 ? loaded.doc : { ...loaded.doc, name: loaded.doc.name.replace(/(\.\w+)$/, `_c${c}$1`), raw, sha256: createHash('sha256').update(raw).digest('hex') };
      const { graph } = await buildDocumentGraph(doc, store);
      await store.writeDocument(graph);
      graphs.push(graph);
    }
  }
  await store.close();
  await dir.remove();
  return graphs;
}

/** Seconds of the fastest of five runs. */
async function bestSeconds(work: () => Promise<unknown>): Promise<number> {
  let fastest = Infinity;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await work();
    fastest = Math.min(fastest, (performance.now() - t) / 1000);
  }
  return fastest;
}

/**
 * Resolving a document against the store: its entities' names looked up
 * through the store (the whole-term key index) and by the query it replaced,
 * which read every entity; best of five each, on the same store.
 */
async function lookupSeconds(store: Neo4jStore, driver: Driver, graph: DocumentGraph): Promise<[number, number]> {
  const names = graph.entities.flatMap((e) => [e.name, ...e.aliases]);
  const keys = names.map(normalizeName);
  const byIndex = await bestSeconds(() => store.findEntitiesByName(names));
  const byScan = await bestSeconds(() =>
    driver.executeQuery(`MATCH (n:${ENTITY}) WHERE any(k IN n._keys WHERE k IN $keys) RETURN ${ENTITY_PROJECTION('n', { all: true })} AS n ORDER BY n.id`, { keys }),
  );
  return [byIndex, byScan];
}

/**
 * Milliseconds a document takes when it mentions ten hub entities, each
 * already listed by `degree` documents: the hubs' lists of documents are
 * padded to that length, then twenty documents are resolved (their names
 * looked up, as an ingest does) and written, one at a time. Also the lookup
 * alone, the lookup as it was before it stopped reading the entities' lists
 * of documents, and a hub's entity page (the API's entity detail), best of
 * five each; the padding documents exist as Document nodes.
 */
async function hubMs(store: Neo4jStore, driver: Driver, degree: number): Promise<{ document: number; lookup: number; lookupWithDocs: number; page: number }> {
  const tag = `benchhub${degree}_`;
  const hubs = Array.from({ length: 10 }, (_, i) => ({ id: `${tag}e${i}`, label: 'Institution' as const, name: `某某第${'一二三四五六七八九十'[i]}管理局` }));
  const doc = (k: number) => sketchDocument(`${tag}d${String(k).padStart(3, '0')}.txt`, [...hubs.map((h) => `${h.name}召开会议。`), `第${k}次会议。`], hubs, []);
  const clear = async () => {
    await driver.executeQuery('MATCH (n) WHERE n.id STARTS WITH $tag OR n.doc STARTS WITH $tag DETACH DELETE n', { tag });
  };
  await clear();
  try {
    await store.writeDocument(doc(0));
    const padding = Array.from({ length: degree - 1 }, (_, i) => `${tag}z${String(i).padStart(8, '0')}.txt`);
    await driver.executeQuery('UNWIND $ids AS id MATCH (n:Institution {id: id}) SET n.docs = n.docs + $padding', { ids: hubs.map((h) => h.id), padding });
    await driver.executeQuery('UNWIND $padding AS id CREATE (:Document {id: id, title: id})', { padding });
    const names = hubs.map((h) => h.name);
    const began = performance.now();
    for (let k = 1; k <= 20; k++) {
      await store.findEntitiesByName(names);
      await store.writeDocument(doc(k));
    }
    const document = (performance.now() - began) / 20;
    const keys = names.map(normalizeName);
    const lookupWithDocs = await bestSeconds(() =>
      driver.executeQuery(
        `CALL db.index.fulltext.queryNodes('entity_key_terms', $query) YIELD node WITH node AS n WHERE any(k IN n._keys WHERE k IN $keys) RETURN ${ENTITY_PROJECTION('n', { all: true })} AS n ORDER BY n.id`,
        { query: keys.map((k) => `_keys:"${k}"`).join(' OR '), keys },
      ),
    );
    const lookup = await bestSeconds(() => store.findEntitiesByName(names));
    const page = await bestSeconds(() => store.entityPage(hubs[0].id, { types: [...RELATION_TYPES], limit: 50, offset: 0 }));
    return { document, lookup: lookup * 1000, lookupWithDocs: lookupWithDocs * 1000, page: page * 1000 };
  } finally {
    await clear();
  }
}

/**
 * Neo4j's own speed on these rows: the same documents written by the simplest
 * statements that store them (nodes created, entities merged on an indexed id
 * and given their properties once, edges created by element id; one
 * transaction per document), with none of what the store adds (merge state,
 * locks, per-document facets, the revision). Under a label and relationship
 * types of its own (FLOOR_…, without the `doc` indexes of the store's types),
 * removed afterwards. Seconds.
 */
async function floorSeconds(driver: Driver, graphs: DocumentGraph[]): Promise<number> {
  const clear = async () => {
    for (let deleted = 1; deleted > 0; ) {
      const { records } = await driver.executeQuery('MATCH (n:BenchFloor) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n');
      deleted = records[0].get('n').toNumber();
    }
  };
  await driver.executeQuery('CREATE INDEX bench_floor_id IF NOT EXISTS FOR (n:BenchFloor) ON (n.id)');
  await driver.executeQuery('CALL db.awaitIndexes(60)');
  await clear();
  try {
    const began = performance.now();
    for (const g of graphs) {
      const rows = documentRows(g);
      const session = driver.session();
      try {
        await session.executeWrite(async (tx) => {
          const created = await tx.run(
            `CREATE (d:BenchFloor) SET d = $document WITH d UNWIND $chunks AS chunk CREATE (c:BenchFloor) SET c = chunk RETURN chunk.id AS id, elementId(c) AS element
             UNION ALL MATCH (d:BenchFloor {id: $id}) RETURN d.id AS id, elementId(d) AS element`,
            { id: g.document.id, document: { ...rows.document.properties, id: g.document.id, text: g.document.text }, chunks: rows.chunks.map((c) => ({ ...c.properties, id: c.id })) },
          );
          const merged = await tx.run('UNWIND $rows AS row MERGE (n:BenchFloor {id: row.id}) ON CREATE SET n += row.properties RETURN row.id AS id, elementId(n) AS element', {
            rows: g.entities.map((e) => ({ id: e.id, properties: { name: e.name, aliases: e.aliases, ...e.props } })),
          });
          const elements = new Map([...created.records, ...merged.records].map((r) => [r.get('id') as string, r.get('element') as string]));
          const edges = rows.edges.map((e) => ({ a: elements.get(e.start), b: elements.get(e.end), type: `FLOOR_${e.type}`, properties: { ...e.properties, id: e.id } }));
          for (let i = 0; i < edges.length; i += 2000) {
            await tx.run('UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.a MATCH (b) WHERE elementId(b) = row.b CREATE (a)-[r:$(row.type)]->(b) SET r = row.properties', {
              rows: edges.slice(i, i + 2000),
            });
          }
        });
      } finally {
        await session.close();
      }
    }
    return (performance.now() - began) / 1000;
  } finally {
    await clear();
    await driver.executeQuery('DROP INDEX bench_floor_id IF EXISTS');
  }
}

const rowCount = (g: DocumentGraph) => {
  const rows = documentRows(g);
  return 1 + rows.chunks.length + g.entities.length + rows.edges.length;
};

/**
 * Neo4j write throughput: the store's batched writer (UNWIND … MERGE, one
 * transaction per document) against the same writer sending one row per
 * auto-commit transaction, and against the simplest statements that store the
 * same 100 documents (floorSeconds), on the same documents in the same run.
 */
export async function benchNeo4jWrite(corpusDir: string): Promise<BenchRow[]> {
  const config = loadConfig().neo4j;
  const store = new Neo4jStore(config);
  await store.open();
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password ?? ''));
  const unlock = await lockNeo4j();
  try {
    const graphs = await corpusGraphs(corpusDir);
    const hundred = await corpusGraphs(corpusDir, 20);
    // The baseline is slow: it writes the two first documents only, and so does the batched run it is compared with.
    const sample = graphs.slice(0, 2);
    const clear = async () => {
      for (const g of graphs) await store.deleteDocument(g.document.id);
    };
    const timed = async (work: () => Promise<void>) => {
      await clear();
      const t = performance.now();
      await work();
      return (performance.now() - t) / 1000;
    };
    const sampleRows = sample.reduce((n, g) => n + rowCount(g), 0);
    const allRows = graphs.reduce((n, g) => n + rowCount(g), 0);

    await timed(async () => { for (const g of sample) await store.writeDocument(g); }); // warm the query cache
    const batched = await timed(async () => { for (const g of sample) await store.writeDocument(g); });
    const oneByOne = await timed(async () => {
      const session = driver.session();
      try {
        const autoCommit = { run: (q: string, p: Record<string, unknown>) => session.run(q, p) } as unknown as Transaction;
        for (const g of sample) {
          const writer = new DocumentWriter(autoCommit, 1, () => {});
          await writer.lockDocument(g.document.id);
          await writer.add(g);
        }
      } finally {
        await session.close();
      }
    });
    const corpus = await timed(async () => { for (const g of graphs) await store.writeDocument(g); });
    await clear();
    const hundredRows = hundred.reduce((n, g) => n + rowCount(g), 0);
    let began = performance.now();
    for (const g of hundred) await store.writeDocument(g);
    const hundredSeconds = (performance.now() - began) / 1000;
    const floor = await floorSeconds(driver, hundred);
    const [lookupByIndex, lookupByScan] = await lookupSeconds(store, driver, hundred[0]);
    began = performance.now();
    for (const g of hundred) await store.deleteDocument(g.document.id);
    const deleteSeconds = (performance.now() - began) / 1000;
    const [smallHubs, bigHubs] = [await hubMs(store, driver, 100), await hubMs(store, driver, 20_000)];
    return [
      { name: `baseline: one row per transaction (${sampleRows} rows, 2 docs)`, value: sampleRows / oneByOne, unit: 'rows/s' },
      { name: `batched writer, same rows`, value: sampleRows / batched, unit: 'rows/s', ratio: oneByOne / batched },
      { name: `batched writer, whole corpus (${allRows} rows, ${graphs.length} docs)`, value: allRows / corpus, unit: 'rows/s' },
      { name: `baseline: Neo4j's floor, the same 100 documents by the simplest statements (${hundredRows} rows)`, value: hundredRows / floor, unit: 'rows/s' },
      { name: `batched writer, 100 documents (20x the corpus, ${hundredRows} rows)`, value: hundredRows / hundredSeconds, unit: 'rows/s', ratio: floor / hundredSeconds },
      { name: 'deleting those 100 documents, one transaction each', value: hundredRows / deleteSeconds, unit: 'rows/s' },
      { name: `baseline: a document's names (${hundred[0].entities.length}) found by reading every entity`, value: lookupByScan * 1000, unit: 'ms' },
      { name: 'the same names found through the whole-term key index', value: lookupByIndex * 1000, unit: 'ms', ratio: lookupByScan / lookupByIndex },
      { name: 'baseline: a document naming 10 hubs, each listed by 100 documents, resolved and written', value: smallHubs.document, unit: 'ms' },
      { name: 'the same, each hub listed by 20,000 documents (x200)', value: bigHubs.document, unit: 'ms', ratio: smallHubs.document / bigHubs.document },
      { name: "baseline: looking up those 20,000-document hubs' names, reading their lists of documents (as before)", value: bigHubs.lookupWithDocs, unit: 'ms' },
      { name: 'the same lookup by the store, which leaves the lists unread', value: bigHubs.lookup, unit: 'ms', ratio: bigHubs.lookupWithDocs / bigHubs.lookup },
      { name: "baseline: a hub's entity page (relations and documents, 50 a page), listed by 100 documents", value: smallHubs.page, unit: 'ms' },
      { name: 'the same, listed by 20,000 documents (x200)', value: bigHubs.page, unit: 'ms', ratio: smallHubs.page / bigHubs.page },
    ];
  } finally {
    await unlock();
    await driver.close();
    await store.close();
  }
}
