import { Command, InvalidArgumentError } from 'commander';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { GoldFormatError } from '../eval/gold.ts';
import { UserError } from './errors.ts';
import type { IngestFlags } from './actions.ts';

const actions = () => import('./actions.ts');

/** Errors whose message already tells the user what to do (bad search input, a missing model). */
const isUserFacing = (error: unknown): error is Error =>
  error instanceof UserError || error instanceof ConfigError || error instanceof GoldFormatError ||
  (error instanceof Error && ['SearchError', 'EmbedderError', 'CodedExamplesError', 'CsvExportError'].includes(error.constructor.name));

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
    .option('--no-embed', 'skip the passage embeddings (keyword search only; a later ingest adds them)')
    .option('--workers <n>', 'threads that load and extract documents in parallel (default: the number of cores less one, for the thread that writes; 1 extracts in that thread)', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('give a whole number from 1 to 64');
      return n;
    })
    .option('--shard <i/n>', 'ingest only every n-th file from the i-th (0-based), side by side with the other shards (Neo4j only)', (v) => {
      const m = /^(\d+)\/(\d+)$/.exec(v);
      if (!m || Number(m[2]) < 1 || Number(m[1]) >= Number(m[2])) throw new InvalidArgumentError('give i/n with 0 <= i < n, e.g. 0/2');
      return { index: Number(m[1]), count: Number(m[2]) };
    })
    .action(async (paths: string[], opts: IngestFlags) => (await actions()).ingest(config, paths, opts));

  kg.command('doctor')
    .description('check the data directory (graph journal and snapshot, vectors, embedding cache) or the Neo4j store, and say how to repair it')
    .option('--repair', 'cut torn or damaged records, remove a stale lock, re-embed passages that lack a vector', false)
    .action(async (opts: { repair: boolean }) => (await actions()).doctor(config, opts));

  kg.command('stats')
    .description('count documents, chunks, entities per label and relations per type')
    .action(async () => (await actions()).stats(config));

  kg.command('export')
    .description('write the whole graph as JSON Lines (APOC export.json.all shape), GraphML (Gephi) or CSV (neo4j-admin database import)')
    .option('--format <format>', 'jsonl, graphml or csv', (v) => {
      if (v !== 'jsonl' && v !== 'graphml' && v !== 'csv') throw new InvalidArgumentError('use jsonl, graphml or csv');
      return v;
    }, 'jsonl')
    .option('--out <path>', 'write to a file instead of standard output (csv: a folder, one file per label and relation type, and import.sh)')
    .action(async (opts: { format: 'jsonl' | 'graphml' | 'csv'; out?: string }) => (await actions()).exportGraph(config, opts));

  kg.command('delete')
    .description('remove a document and every fact only it supported')
    .argument('<document>', 'document id (its file name)')
    .action(async (doc: string) => (await actions()).deleteDocument(config, doc));

  kg.command('merges')
    .description('list the entities joined across documents, and why')
    .action(async () => (await actions()).merges(config));

  kg.command('eval')
    .description('score the graph against a gold folder (P/R/F1 per label and relation type), or the instrument coding against coded measures')
    .argument('<gold-dir>', 'folder with entities.jsonl, relations.jsonl, qa.jsonl (format: shared/gold/README.md), or with coded measures (*.jsonl, shared/gold/INSTRUMENTS.md), scored leaving one document out')
    .option('--docs <dir>', 'where the gold documents are, if not beside the gold or in the corpus folder')
    .option('--verbose', 'list missed and spurious items', false)
    .action(async (goldDir: string, opts: { docs?: string; verbose: boolean }) => (await actions()).evaluate(config, goldDir, opts));

  kg.command('search')
    .description('find passages for a question in your own words, with their entities and relations')
    .argument('<question>', 'e.g. "海外维权援助有哪些做法？"')
    .option('-k, --k <n>', 'passages to show (1-100)', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 100) throw new InvalidArgumentError('give a whole number from 1 to 100');
      return n;
    }, 5)
    .option('--mode <mode>', 'hybrid, vector or keyword', (v) => {
      if (!['hybrid', 'vector', 'keyword'].includes(v)) throw new InvalidArgumentError('use hybrid, vector or keyword');
      return v;
    }, 'hybrid')
    .option('--labels <labels>', 'only passages mentioning these labels, comma-separated (e.g. Institution,Platform)')
    .action(async (q: string, opts: { k: number; mode: 'hybrid' | 'vector' | 'keyword'; labels?: string }) => (await actions()).search(config, q, opts));

  kg.command('serve')
    .description('serve the HTTP API on PORT')
    .action(async () => (await actions()).serve(config, { ingestCorpus: false }));

  kg.command('start')
    .description('ingest corpus/ if it changed since the last run, then serve the API (what npm start runs)')
    .action(async () => (await actions()).serve(config, { ingestCorpus: true }));

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
    if (isUserFacing(error)) fail(error.message);
    if (process.env.KG_DEBUG) console.error(error);
    fail(`${error instanceof Error ? error.message : String(error)} (set KG_DEBUG=1 for details)`);
  }
}

await main();
