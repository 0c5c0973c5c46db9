import { loadDocument } from '../ingest/load.ts';
import { cleanStage } from '../ingest/clean.ts';
import { structureStage } from '../ingest/structure.ts';
import { chunkStage } from '../ingest/chunk.ts';
import { entityRecognizers } from '../ingest/extract/entities/index.ts';
import { relationRules } from '../ingest/extract/relations/index.ts';
import { extract } from '../ingest/extract/index.ts';
const r = await loadDocument('corpus/003_c59c7cb480c4b9d9.txt');
if (!r.ok) throw 0;
for (let rep = 0; rep < 8; rep++) {
  const times: Record<string, number> = {};
  const tm = async <T>(k: string, f: () => T | Promise<T>) => { const t = performance.now(); const v = await f(); times[k] = (times[k] ?? 0) + performance.now() - t; return v; };
  const doc = { ...r.doc };
  const c = await tm('clean', () => cleanStage.run(doc));
  const s = await tm('structure', () => structureStage.run(c));
  const ch = await tm('chunk', () => chunkStage.run(s));
  const found: any[] = [];
  for (const rec of entityRecognizers) found.push(...await tm('rec' + entityRecognizers.indexOf(rec) + ':' + (rec as any).label, () => rec.recognize(ch as any, found)));
  const ents = extract(ch as any).entities;
  for (const [i, rule] of relationRules.entries()) await tm('rule' + i + ':' + ((rule as any).name ?? ''), () => rule.extract(ch as any, ents));
  console.log(Object.entries(times).map(([k, v]) => `${k}=${v.toFixed(0)}`).join(' '));
}
