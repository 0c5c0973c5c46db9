import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../ingest/pipeline.ts';
import { loadDocument } from '../ingest/load.ts';
const dir = 'corpus';
const docs = [];
for (const f of readdirSync(dir).sort()) { const r = await loadDocument(join(dir, f)); if (r.ok) docs.push(r.doc); }
await analyze(docs[0]);
for (let i = 0; i < 8; i++) { const t = performance.now(); for (const d of docs) await analyze(d); console.log((performance.now() - t).toFixed(0), 'ms'); }
const t2 = performance.now();
for (const d of docs) { const t = performance.now(); await analyze(d); console.log(d.name ?? '', (performance.now()-t).toFixed(0)); }
