import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { benchAnalysisStages } from './analysis.ts';
import { benchApi } from './api.ts';
import { benchExtraction } from './extraction.ts';
import { benchNeo4jWrite } from './neo4j-write.ts';
import { benchReliability } from './reliability.ts';
import { benchScale } from './scale.ts';
import { benchSearch } from './search.ts';
import { formatRows, type BenchRow } from './timing.ts';

const root = join(import.meta.dirname, '..');
const corpus = join(root, 'corpus');

const sections: [string, () => Promise<BenchRow[]>][] = [
  ['extraction (issue 3)', () => benchExtraction(corpus)],
  ['embeddings and search (issue 5)', () => benchSearch(corpus)],
  ['query API under 50 connections (issues 6 and 12)', () => benchApi(corpus)],
  ['Neo4j writes (issue 4)', () => benchNeo4jWrite(corpus)],
  ['analysis stages of a --no-embed ingest (issue 14)', () => benchAnalysisStages(corpus)],
  ['reliability: 50 connections for 60 s over every endpoint (issue 13)', () => benchReliability(corpus)],
  ['scale: 1x, 5x, 20x the corpus on both stores (issue 12)', () => benchScale(corpus)],
];

const only = process.argv.slice(2);
// Figures are wall time: on a shared machine they move with its load, so it is printed with them.
const load = () => loadavg().map((n) => n.toFixed(1)).join(' ');
console.log(`machine: ${availableParallelism()} cores, load average ${load()} at start`);
for (const [title, run] of sections) {
  if (only.length && !only.some((o) => title.includes(o))) continue;
  try {
    console.log(formatRows(title, await run()));
  } catch (error) {
    console.log(`## ${title}\n  skipped: ${error instanceof Error ? error.message : String(error)}`);
  }
}
console.log(`load average ${load()} at the end`);
