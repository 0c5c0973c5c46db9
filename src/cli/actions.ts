// What each kg command does. Kept apart from main.ts so that `kg --help` and
// argument errors answer without loading the pipeline, the stores or the model.
import type { EntityLabel } from '../../core/ontology.ts';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toNeo4jImportCsv } from '../export/neo4j-csv.ts';
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
import { modelStages } from './embedding.ts';
import { isCodedExamplesDir, loadCodedExamples } from '../../core/instruments/examples.ts';
import { evalInstruments, formatInstrumentEval } from '../eval/instruments.ts';
import { createEmbedder } from '../search/embedder.ts';
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
    const stages = opts.embed ? await modelStages(config, onEvent) : {};
    const turns =
      opts.shard && store instanceof Neo4jStore
        ? store.turns(listDocumentFiles(paths, config.ingest).files, opts.shard, opts.embed, (message) => console.error(`kg: ${message}`))
        : undefined;
    const summary = await ingestPaths(paths, store, {
      onEvent,
      ...stages,
      limits: config.ingest,
      workers: opts.workers ?? defaultWorkers(),
      shard: opts.shard,
      turns,
    });
    console.log(formatSummary(summary));
    if (summary.created.length + summary.replaced.length + summary.unchanged.length === 0) {
      throw new UserError('no document could be ingested');
    }
    console.log(formatStats(await store.stats()));
  }, { writer: true });

export const stats = (config: Config) => withStore(config, async (store) => console.log(formatStats(await store.stats())));

export const exportGraph = (config: Config, opts: { format: 'jsonl' | 'graphml' | 'csv'; out?: string }) =>
  withStore(config, async (store) => {
    if (opts.format === 'csv' && !opts.out) throw new UserError('csv writes one file per label and relation type: give --out DIR');
    const records = await collect(store.exportAll());
    if (opts.format === 'csv') {
      const files = toNeo4jImportCsv(records);
      await mkdir(opts.out!, { recursive: true });
      for (const file of files) await writeFile(join(opts.out!, file.name), file.text);
      const nodes = records.filter((r) => r.type === 'node').length;
      console.error(`wrote ${nodes} nodes and ${records.length - nodes} relationships in ${files.length - 1} files to ${opts.out}; import them with bash ${join(opts.out!, 'import.sh')}`);
      return;
    }
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

/** An instruments gold (coded measures, shared/gold/INSTRUMENTS.md) is scored by leaving one document out; a graph gold against the graph. */
export const evaluate = (config: Config, goldDir: string, opts: { docs?: string; verbose: boolean }) =>
  isCodedExamplesDir(goldDir) ? evaluateInstruments(config, goldDir, opts) : evaluateGraph(config, goldDir, opts);

async function evaluateInstruments(config: Config, goldDir: string, opts: { verbose: boolean }) {
  const gold = loadCodedExamples(goldDir);
  const shipped = loadCodedExamples();
  const embedder = await createEmbedder({ modelsDir: config.modelsDir, cacheDir: config.dataDir }).catch((error: Error) => {
    console.error(`warning: no embedding model, measures are coded by cue words only: ${error.message}`);
    return null;
  });
  if (embedder) console.log(formatInstrumentEval(await evalInstruments(gold, shipped, embedder), { verbose: opts.verbose }) + '\n');
  console.log(formatInstrumentEval(await evalInstruments(gold, shipped, null), { verbose: opts.verbose && !embedder }));
}

const evaluateGraph = (config: Config, goldDir: string, opts: { docs?: string; verbose: boolean }) =>
  withStore(config, async (store) => {
    const stages = await modelStages(config, () => {}).catch((error: Error) => {
      console.error(`warning: no embedding model, search questions are not scored: ${error.message}`);
      return undefined;
    });
    const embed = stages?.embed;
    const { gold, score, duplicates } = await runGraphEval(config, store, { goldDir, docsDir: opts.docs, ...stages });
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
