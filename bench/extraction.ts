import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { analyze } from '../ingest/pipeline.ts';
import { loadDocument } from '../ingest/load.ts';
import type { LoadedDocument } from '../ingest/types.ts';
import { timeBest, type BenchRow } from './timing.ts';

/**
 * Extraction throughput over the corpus (clean -> structure -> chunk -> extract,
 * no embeddings, no store), against a plain jieba POS-tagging pass over the
 * same text: the cheapest thing any segmenter-based extractor has to do.
 */
/** Runs per measurement; the best is reported, so a GC pause or a busy neighbour does not decide the figure. */
const RUNS = 7;

export async function benchExtraction(corpusDir: string): Promise<BenchRow[]> {
  const files = readdirSync(corpusDir).filter((f) => !f.startsWith('.')).sort();
  const docs: LoadedDocument[] = [];
  for (const f of files) {
    const r = await loadDocument(join(corpusDir, f));
    if (r.ok) docs.push(r.doc);
  }
  const bytes = files.reduce((n, f) => n + readFileSync(join(corpusDir, f)).length, 0);
  const mb = bytes / 1e6;
  const jieba = Jieba.withDict(dict);

  const baseline = await timeBest(RUNS, async () => {
    for (const d of docs) jieba.tag(d.raw);
  });
  const pipeline = await timeBest(RUNS, async () => {
    for (const d of docs) await analyze(d);
  });
  return [
    { name: 'baseline: jieba POS tagging of the corpus', value: mb / baseline, unit: 'MB/s' },
    { name: `extraction of the corpus (${docs.length} docs, ${mb.toFixed(2)} MB)`, value: mb / pipeline, unit: 'MB/s', ratio: baseline / pipeline },
  ];
}
