import type { DocumentGraph } from '../../core/records.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { UserError } from './errors.ts';
import { duplicateBodies, graphFromExport, loadGold, scoreGraph, type GoldSet } from '../eval/index.ts';
import type { GraphStore } from '../../core/store.ts';
import { ingestPaths } from '../../ingest/pipeline.ts';
import { formatSummary } from './format.ts';
import type { Stage } from '../../ingest/types.ts';

export class EvalInputError extends UserError {}

/** The gold's documents, looked for beside the gold, in its docs/ folder, in --docs, then in the corpus folder. */
export function locateGoldDocuments(gold: GoldSet, searchDirs: string[]): string[] {
  const found: string[] = [];
  const missing: string[] = [];
  for (const doc of gold.docs) {
    const path = searchDirs.map((dir) => join(dir, doc)).find((p) => existsSync(p));
    if (path) found.push(path);
    else missing.push(doc);
  }
  if (missing.length) {
    throw new EvalInputError(`gold documents not found: ${missing.join(', ')} (looked in ${searchDirs.join(', ')}; pass --docs DIR)`);
  }
  return found;
}

export interface EvalOptions {
  goldDir: string;
  docsDir?: string;
  embed?: Stage<DocumentGraph, DocumentGraph>;
  instruments?: Stage<DocumentGraph, DocumentGraph>;
}

/** Ingests the gold's documents into the configured store if needed, then scores the graph. */
export async function runGraphEval(config: Config, store: GraphStore, options: EvalOptions) {
  const gold = loadGold(options.goldDir);
  const dirs = [options.goldDir, join(options.goldDir, 'docs'), ...(options.docsDir ? [options.docsDir] : []), config.corpusDir];
  const paths = locateGoldDocuments(gold, dirs);
  const summary = await ingestPaths(paths, store, { embed: options.embed, instruments: options.instruments });
  if (summary.failed.length) console.error(formatSummary(summary));
  const graph = await graphFromExport(store.exportAll());
  return { gold, score: scoreGraph(gold, graph), duplicates: duplicateBodies(graph.entities) };
}
