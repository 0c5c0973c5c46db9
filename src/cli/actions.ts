// What each kg command does. Kept apart from main.ts so that `kg --help` and
// argument errors answer without loading the pipeline, the stores or the model.
import type { EntityLabel } from '../../core/ontology.ts';
import { writeFile } from 'node:fs/promises';
import type { Config } from '../config.ts';
import { formatDuplicates, formatGraphScore } from '../eval/index.ts';
import { evalQuestions, formatQuestionEval } from '../eval/questions.ts';
import { toGraphml, toJsonl } from '../export/graphml.ts';
import { createStore, type OpenOptions } from '../store/index.ts';
import { Neo4jStore } from '../store/neo4j.ts';
import { checkStore } from './doctor.ts';
import { listDocumentFiles } from '../../ingest/load.ts';
import type { ExportRecord, GraphStore } from '../../core/store.ts';
import { defaultWorkers, ingestPaths } from '../../ingest/pipeline.ts';
import { UserError } from './errors.ts';
import { runGraphEval } from './eval.ts';
import { formatStats, formatSummary } from './format.ts';
import { ingestProgress } from './progress.ts';
import { embedding } from './embedding.ts';
import { serve } from './serve.ts';
import { evalSearch, formatSearchEval } from '../eval/search.ts';
import { formatSearchResponse } from '../search/format.ts';
import { lazyEmbedder, SearchService, type SearchMode } from '../search/hybrid.ts';

async function withStore<T>(config: Config, work: (store: GraphStore) => Promise<T>, options: OpenOptions = {}): Promise<T> {
  const store = await createStore(config, options);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

async function collect(records: AsyncIterable<ExportRecord>): Promise<ExportRecord[]> {
  const out: ExportRecord[] = [];
  for await (const r of records) out.push(r);
  return out;
}

export interface IngestFlags {
  embed: boolean;
  workers?: number;
  shard?: { index: number; count: number };
}

export const ingest = (config: Config, paths: string[], opts: IngestFlags) =>
  withStore(config, async (store) => {
    if (opts.shard && !(store instanceof Neo4jStore)) {
      throw new UserError('--shard needs KG_STORE=neo4j: the embedded store has one writer at a time (a second ingest waits for the first)');
    }
    const onEvent = ingestProgress();
    const embed = opts.embed ? await embedding(config, onEvent) : undefined;
    const turns =
      opts.shard && store instanceof Neo4jStore
        ? store.turns(listDocumentFiles(paths).files, opts.shard, opts.embed, (message) => console.error(`kg: ${message}`))
        : undefined;
    const summary = await ingestPaths(paths, store, { onEvent, embed, workers: opts.workers ?? defaultWorkers(), shard: opts.shard, turns });
    console.log(formatSummary(summary));
    if (summary.created.length + summary.replaced.length + summary.unchanged.length === 0) {
      throw new UserError('no document could be ingested');
    }
    console.log(formatStats(await store.stats()));
  }, { writer: true });

export const stats = (config: Config) => withStore(config, async (store) => console.log(formatStats(await store.stats())));

export const exportGraph = (config: Config, opts: { format: 'jsonl' | 'graphml'; out?: string }) =>
  withStore(config, async (store) => {
    const records = await collect(store.exportAll());
    const text = opts.format === 'jsonl' ? toJsonl(records) : toGraphml(records);
    if (opts.out) {
      await writeFile(opts.out, text);
      console.error(`wrote ${records.length} records to ${opts.out}`);
    } else process.stdout.write(text);
  });

export const deleteDocument = (config: Config, doc: string) =>
  withStore(config, async (store) => {
    if (!(await store.deleteDocument(doc))) throw new UserError(`no document "${doc}" in the graph (see kg stats)`);
    console.log(`deleted ${doc}`);
  }, { writer: true });

export const doctor = async (config: Config, opts: { repair: boolean }) => {
  const report = await checkStore(config, opts);
  console.log(report.lines.join('\n'));
  if (!report.healthy) throw new UserError(opts.repair ? 'some problems remain (see above)' : 'problems found: run "kg doctor --repair"');
};

export const merges = (config: Config) =>
  withStore(config, async (store) => {
    const lines = (await store.listDocuments()).flatMap((d) => d.merges);
    console.log(lines.length ? lines.join('\n') : 'no merges across documents');
  });

export const evaluate = (config: Config, goldDir: string, opts: { docs?: string; verbose: boolean }) =>
  withStore(config, async (store) => {
    const embed = await embedding(config, () => {}).catch((error: Error) => {
      console.error(`warning: no embedding model, search questions are not scored: ${error.message}`);
      return undefined;
    });
    const { gold, score, duplicates } = await runGraphEval(config, store, { goldDir, docsDir: opts.docs, embed });
    console.log(formatGraphScore(score, { verbose: opts.verbose }));
    console.log('\n' + formatDuplicates(duplicates));
    const questions = gold.questions.filter((q) => q.kind !== 'search');
    if (questions.length) console.log('\n' + formatQuestionEval(await evalQuestions(store, questions), { verbose: opts.verbose }));
    if (embed && gold.questions.some((q) => q.kind === 'search')) {
      console.log('\n' + formatSearchEval(await evalSearch(store, searchEmbedder(config), gold.questions)));
    }
  });

const searchEmbedder = (config: Config) => lazyEmbedder({ modelsDir: config.modelsDir, cacheDir: config.dataDir });

export const search = (config: Config, q: string, opts: { k: number; mode: SearchMode; labels?: string }) =>
  withStore(config, async (store) => {
    const labels = opts.labels ? (opts.labels.split(',').map((l) => l.trim()) as EntityLabel[]) : [];
    const response = await new SearchService(store, searchEmbedder(config)).search({ q, k: opts.k, mode: opts.mode, labels });
    console.log(formatSearchResponse(response));
  });

export { serve };
