import { writeFile } from 'node:fs/promises';
import { Command, InvalidArgumentError } from 'commander';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { createStore } from '../store/index.ts';
import type { ExportRecord, GraphStore } from '../store/types.ts';
import { ingestPaths } from '../../ingest/pipeline.ts';
import { toGraphml, toJsonl } from '../export/graphml.ts';
import { formatStats, formatSummary } from './format.ts';
import { ingestProgress } from './progress.ts';
import { EvalInputError, runGraphEval } from './eval.ts';
import { formatGraphScore, GoldFormatError } from '../eval/index.ts';
import { evalQuestions, formatQuestionEval } from '../eval/questions.ts';
import { serve } from './serve.ts';

/** A failure the user can act on: printed as one line, exit code 1. */
export class UserError extends Error {}

async function withStore<T>(config: Config, work: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = await createStore(config);
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

function program(config: Config): Command {
  const kg = new Command('kg')
    .description('Knowledge graph of policy documents: ingest, query, export, serve.')
    .showHelpAfterError('(add --help for usage)')
    .addHelpText(
      'after',
      '\nConfiguration (environment): KG_DATA_DIR (default .kg/), KG_STORE (embedded|neo4j), PORT (3000),\n' +
        'NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD, KG_MODELS_DIR (local embedding models).',
    );

  kg.command('ingest')
    .description('read documents (txt, md, html, docx, pdf) and add their facts to the graph')
    .argument('<paths...>', 'files or folders')
    .action(async (paths: string[]) => {
      await withStore(config, async (store) => {
        const summary = await ingestPaths(paths, store, { onEvent: ingestProgress() });
        console.log(formatSummary(summary));
        if (summary.created.length + summary.replaced.length + summary.unchanged.length === 0) {
          throw new UserError('no document could be ingested');
        }
        console.log(formatStats(await store.stats()));
      });
    });

  kg.command('stats')
    .description('count documents, chunks, entities per label and relations per type')
    .action(async () => {
      await withStore(config, async (store) => console.log(formatStats(await store.stats())));
    });

  kg.command('export')
    .description('write the whole graph as JSON Lines (APOC export.json.all shape) or GraphML (Gephi)')
    .option('--format <format>', 'jsonl or graphml', (v) => {
      if (v !== 'jsonl' && v !== 'graphml') throw new InvalidArgumentError('use jsonl or graphml');
      return v;
    }, 'jsonl')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (opts: { format: 'jsonl' | 'graphml'; out?: string }) => {
      await withStore(config, async (store) => {
        const records = await collect(store.exportAll());
        const text = opts.format === 'jsonl' ? toJsonl(records) : toGraphml(records);
        if (opts.out) {
          await writeFile(opts.out, text);
          console.error(`wrote ${records.length} records to ${opts.out}`);
        } else process.stdout.write(text);
      });
    });

  kg.command('delete')
    .description('remove a document and every fact only it supported')
    .argument('<document>', 'document id (its file name)')
    .action(async (doc: string) => {
      await withStore(config, async (store) => {
        if (!(await store.deleteDocument(doc))) throw new UserError(`no document "${doc}" in the graph (see kg stats)`);
        console.log(`deleted ${doc}`);
      });
    });

  kg.command('merges')
    .description('list the entities joined across documents, and why')
    .action(async () => {
      await withStore(config, async (store) => {
        const lines = (await store.listDocuments()).flatMap((d) => d.merges);
        console.log(lines.length ? lines.join('\n') : 'no merges across documents');
      });
    });

  kg.command('eval')
    .description('score the graph against a gold folder: P/R/F1 per label and relation type')
    .argument('<gold-dir>', 'folder with entities.jsonl, relations.jsonl, qa.jsonl (format: shared/gold/README.md)')
    .option('--docs <dir>', 'where the gold documents are, if not beside the gold or in the corpus folder')
    .option('--verbose', 'list missed and spurious items', false)
    .action(async (goldDir: string, opts: { docs?: string; verbose: boolean }) => {
      await withStore(config, async (store) => {
        const { gold, score } = await runGraphEval(config, store, { goldDir, docsDir: opts.docs });
        console.log(formatGraphScore(score, { verbose: opts.verbose }));
        const questions = gold.questions.filter((q) => q.kind !== 'search');
        if (questions.length) console.log('\n' + formatQuestionEval(await evalQuestions(store, questions), { verbose: opts.verbose }));
      });
    });

  kg.command('serve')
    .description('serve the HTTP API on PORT')
    .action(async () => serve(config, { ingestCorpus: false }));

  kg.command('start')
    .description('ingest corpus/ if it changed since the last run, then serve the API (what npm start runs)')
    .action(async () => serve(config, { ingestCorpus: true }));

  return kg;
}

function fail(message: string): never {
  console.error(`kg: ${message}`);
  process.exit(1);
}

async function main() {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    fail((error as Error).message);
  }
  try {
    await program(config).parseAsync(process.argv);
  } catch (error) {
    if (error instanceof UserError || error instanceof ConfigError || error instanceof EvalInputError || error instanceof GoldFormatError) fail(error.message);
    if (process.env.KG_DEBUG) console.error(error);
    fail(`${error instanceof Error ? error.message : String(error)} (set KG_DEBUG=1 for details)`);
  }
}

await main();
