import { readdirSync, readFileSync } from 'node:fs';
import { structure } from '../ingest/structure.ts';
import { homeRegion } from '../ingest/extract/entities/home-region.ts';
import { loadDocument } from '../ingest/load.ts';
import { cleanStage } from '../ingest/clean.ts';
for (const dir of ['corpus', 'test/gold/heldout/docs']) for (const f of readdirSync(dir)) {
  const r = await loadDocument(dir + '/' + f); if (!r.ok) continue;
  const c = await cleanStage.run(r.doc);
  const s = structure(c as any);
  console.log(f, '|', s.title, '|', homeRegion(s)?.canonical);
}
