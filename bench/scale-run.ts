// One measured ingest, in a process of its own so that its peak memory is its own:
//   tsx bench/scale-run.ts <embedded|neo4j> <folder> <data-dir> <workers>
// prints one JSON line: seconds, documents, graph rows (nodes + relationships), peak RSS.
import { extractDocument, ingestPaths } from '../ingest/pipeline.ts';
import { listDocumentFiles, loadDocument } from '../ingest/load.ts';
import { loadConfig } from '../src/config.ts';
import { createStore } from '../src/store/index.ts';

const [backend, folder, dataDir, workers] = process.argv.slice(2);
const config = { ...loadConfig(), store: backend as 'embedded' | 'neo4j', dataDir };
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
// Warm the process first (compiled code, the segmenter's dictionary) on one file not written, so that small runs measure the ingest, not the start.
const [first] = listDocumentFiles([folder]).files;
const warm = await loadDocument(first);
if (warm.ok) await extractDocument(warm.doc);
const store = await createStore(config, { writer: true });
// Nodes (documents, chunks, entities) and relationships (HAS_CHUNK, NEXT_CHUNK, MENTIONED_IN, relations) in the store.
const rowsStored = async () => {
  const stats = await store.stats();
  const entities = Object.values(stats.entities).reduce((a, b) => a + b, 0);
  const relations = Object.values(stats.relations).reduce((a, b) => a + b, 0);
  return stats.documents + stats.chunks + entities + stats.chunks + (stats.chunks - stats.documents) + stats.mentions + relations;
};
const before = await rowsStored();
const began = performance.now();
const summary = await ingestPaths([folder], store, { workers: Number(workers) });
const seconds = (performance.now() - began) / 1000;
const rows = (await rowsStored()) - before;
await store.close();
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
if (summary.failed.length) throw new Error(`failed: ${summary.failed.map((f) => `${f.path}: ${f.reason}`).join('; ')}`);
console.log(JSON.stringify({ seconds, documents: summary.created.length + summary.replaced.length, rows, peakMb: peak / 1e6 }));
