import { analyze } from '../ingest/pipeline.ts';
import { loadDocument } from '../ingest/load.ts';
const r = await loadDocument(process.argv[2]);
if (!r.ok) throw new Error(r.reason);
const ex = (await analyze(r.doc)).extraction;
const label = process.argv[3];
for (const e of ex.entities) if (!label || e.label === label) console.log(e.label, e.name, JSON.stringify(e.aliases), JSON.stringify(e.props).slice(0, 150));
if (process.argv[4] === 'rel') for (const r of ex.relations) console.log(r.type, r.head.split(':')[1], '->', r.tail.split(':')[1], r.rule);
