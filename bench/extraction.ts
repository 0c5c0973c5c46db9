import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { extractDocument } from '../ingest/pipeline.ts';
import { loadDocument } from '../ingest/load.ts';
import type { LoadedDocument } from '../ingest/types.ts';
import { timeBestInterleaved, type BenchRow } from './timing.ts';

/**
 * Extraction throughput over the corpus (clean -> structure -> chunk -> extract,
 * no embeddings, no store), against a plain jieba POS-tagging pass over the
 * same text: the cheapest thing any segmenter-based extractor has to do.
 */
/**
 * Rounds of measurement: each round times the baseline and then the pipeline,
 * so a slow spell of a shared machine falls on both; the best of each is reported.
 */
const ROUNDS = 11;
/**
 * The recognizers' code runs slower until V8 has compiled it, which takes
 * about fifteen passes over the corpus (~4 MB of text); a collection's ingest
 * runs warm after its first few documents. The steady figure is measured after
 * these passes, and the first pass of the process is reported on its own.
 */
const WARM_UP_PASSES = 20;

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

  const extractAll = async () => {
    for (const d of docs) await extractDocument(d);
  };
  const began = performance.now();
  await extractAll();
  const firstPass = (performance.now() - began) / 1000;
  const [baseline, pipeline] = await timeBestInterleaved(
    ROUNDS,
    [
      async () => {
        for (const d of docs) jieba.tag(d.raw);
      },
      extractAll,
    ],
    WARM_UP_PASSES,
  );
  return [
    { name: 'baseline: jieba POS tagging of the corpus', value: mb / baseline, unit: 'MB/s' },
    { name: `extraction of the corpus (${docs.length} docs, ${mb.toFixed(2)} MB), warm`, value: mb / pipeline, unit: 'MB/s', ratio: baseline / pipeline },
    { name: 'the same, first pass of a new process (loading its dictionaries)', value: mb / firstPass, unit: 'MB/s', ratio: baseline / firstPass },
  ];
}
