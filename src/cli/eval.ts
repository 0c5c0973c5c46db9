import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { EntityLabel, PropertyValue, RelationType } from '../../ingest/types.ts';
import { ENTITY_LABELS, RELATION_TYPES } from '../../ingest/types.ts';
import { loadGold, type GoldSet } from '../eval/gold.ts';
import { scoreGraph, type Breakdown, type EvalGraph, type GraphScore } from '../eval/score.ts';
import type { GraphStore } from '../store/types.ts';
import { ingestPaths } from '../../ingest/pipeline.ts';
import { formatSummary } from './format.ts';

export class EvalInputError extends Error {}

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

export async function graphForEval(store: GraphStore): Promise<EvalGraph> {
  const graph: EvalGraph = { entities: [], relations: [] };
  const labels = new Set<string>(ENTITY_LABELS);
  const types = new Set<string>(RELATION_TYPES);
  for await (const r of store.exportAll()) {
    if (r.type === 'node' && labels.has(r.labels[0])) {
      const { name, aliases, docs, ...props } = r.properties;
      graph.entities.push({
        id: r.id,
        label: r.labels[0] as EntityLabel,
        name: name as string,
        aliases: aliases as string[],
        docs: docs as string[],
        props: props as Record<string, PropertyValue>,
      });
    } else if (r.type === 'relationship' && types.has(r.label)) {
      graph.relations.push({
        type: r.label as RelationType,
        start: r.start.id,
        end: r.end.id,
        doc: r.properties.doc as string,
        evidence: r.properties.evidence as string,
      });
    }
  }
  return graph;
}

const pct = (x: number) => (Number.isNaN(x) ? '   -  ' : x.toFixed(3).padStart(6));

export function formatBreakdown(title: string, b: Breakdown): string {
  const row = (key: string, s: Breakdown['micro']) =>
    `  ${key.padEnd(16)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   tp ${String(s.tp).padStart(4)} fp ${String(s.fp).padStart(4)} fn ${String(s.fn).padStart(4)}`;
  return [
    `${title}`,
    `  ${''.padEnd(16)}      P      R     F1`,
    ...Object.keys(b.byKey).sort().map((k) => row(k, b.byKey[k])),
    row('micro', b.micro),
  ].join('\n');
}

export function formatScore(score: GraphScore, verbose: boolean): string {
  const parts = [`documents scored: ${score.docs.join(', ')}`, formatBreakdown('entities', score.entities), formatBreakdown('relations', score.relations)];
  if (verbose) {
    const list = (title: string, items: { doc: string; key: string; text: string }[]) =>
      `${title} (${items.length})\n` + items.map((i) => `  ${i.doc}  ${i.key.padEnd(15)} ${i.text}`).join('\n');
    parts.push(list('missed entities', score.misses.entities), list('spurious entities', score.spurious.entities));
    parts.push(list('missed relations', score.misses.relations), list('spurious relations', score.spurious.relations));
  }
  return parts.join('\n\n');
}

export interface EvalOptions {
  goldDir: string;
  docsDir?: string;
  verbose: boolean;
}

/** Ingests the gold's documents into the configured store if needed, then scores the graph. */
export async function runGraphEval(config: Config, store: GraphStore, options: EvalOptions) {
  const gold = loadGold(options.goldDir);
  const dirs = [options.goldDir, join(options.goldDir, 'docs'), ...(options.docsDir ? [options.docsDir] : []), config.corpusDir];
  const paths = locateGoldDocuments(gold, dirs);
  const summary = await ingestPaths(paths, store);
  if (summary.failed.length) console.error(formatSummary(summary));
  const score = scoreGraph(gold, await graphForEval(store));
  return { gold, score };
}
