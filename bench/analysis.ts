import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chunkStage } from '../ingest/chunk.ts';
import { cleanStage } from '../ingest/clean.ts';
import { analyzeStage, type AnalyzedDocument } from '../ingest/analyze/index.ts';
import { defaultExtractor, extractStage } from '../ingest/extract/index.ts';
import { cueWordInstruments } from '../ingest/instruments/index.ts';
import { lifecycleStage } from '../ingest/lifecycle/index.ts';
import { loadDocument } from '../ingest/load.ts';
import { resolve } from '../ingest/resolve.ts';
import { structureStage } from '../ingest/structure.ts';
import { timeBestInterleaved, type BenchRow } from './timing.ts';

const ROUNDS = 7;

/**
 * What issue 14's stages add to a plain (--no-embed) ingest of the corpus:
 * the life-cycle reading after extraction and the cue-word instrument coding
 * before write, against the extraction they follow, measured in the same rounds.
 */
export async function benchAnalysisStages(corpusDir: string): Promise<BenchRow[]> {
  const analyzed: AnalyzedDocument[] = [];
  for (const f of readdirSync(corpusDir).filter((f) => !f.startsWith('.')).sort()) {
    const r = await loadDocument(join(corpusDir, f));
    if (r.ok) analyzed.push(await analyzeStage.run(await chunkStage.run(await structureStage.run(await cleanStage.run(r.doc)))));
  }
  const extract = extractStage(defaultExtractor);
  const extracted = await Promise.all(analyzed.map((d) => extract.run(d)));
  const graphs = await Promise.all(extracted.map(async (d) => (await resolve(await lifecycleStage.run(d), async () => [])).graph));
  const [extraction, lifecycle, coding] = await timeBestInterleaved(ROUNDS, [
    async () => {
      for (const d of analyzed) await extract.run(d);
    },
    async () => {
      for (const d of extracted) await lifecycleStage.run(d);
    },
    async () => {
      for (const g of graphs) await cueWordInstruments.run(g);
    },
  ]);
  const measures = graphs.reduce((n, g) => n + g.entities.filter((e) => e.label === 'Measure').length, 0);
  return [
    { name: 'baseline: extraction of the corpus', value: extraction * 1000, unit: 'ms' },
    { name: 'life-cycle reading of the corpus', value: lifecycle * 1000, unit: 'ms', ratio: extraction / lifecycle },
    { name: `cue-word instrument coding (${measures} measures, with their setting)`, value: coding * 1000, unit: 'ms', ratio: extraction / coding },
  ];
}
