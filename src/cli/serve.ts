import { createWriteStream, existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { isLoopbackAddress, type Config } from '../config.ts';
import { QueryService } from '../query/service.ts';
import { createApp, defaultSearch, type AppOptions } from '../server/app.ts';
import { createStore } from '../store/index.ts';
import type { GraphStore } from '../../core/store.ts';
import { defaultWorkers, ingestPaths } from '../../ingest/pipeline.ts';
import { ensureWebBuilt } from '../../scripts/build-web.ts';
import { formatSummary } from './format.ts';
import { ingestProgress } from './progress.ts';
import { modelStages } from './embedding.ts';

/** Brings the store in line with the corpus folder: new and changed files ingested, removed files deleted. */
async function syncCorpus(config: Config, store: GraphStore) {
  if (!existsSync(config.corpusDir)) {
    console.error(`corpus folder ${config.corpusDir} not found; serving the graph as it is`);
    return;
  }
  const onEvent = ingestProgress();
  const stages = await modelStages(config, onEvent).catch((error: Error) => {
    console.error(`warning: ingesting without embeddings, so search is keyword-only and measures are coded by cue words until the model loads: ${error.message}`);
    return {};
  });
  const summary = await ingestPaths([config.corpusDir], store, { onEvent, ...stages, limits: config.ingest, workers: defaultWorkers() });
  console.error(formatSummary(summary));
  const inCorpus = (path: string) => resolve(path).startsWith(config.corpusDir + sep);
  for (const doc of await store.listDocuments()) {
    if (inCorpus(doc.path) && !existsSync(doc.path)) {
      await store.deleteDocument(doc.id);
      console.error(`removed ${doc.id}: its file is gone from the corpus`);
    }
  }
}

/** The server's protections from the configuration; warns about the ones an exposed server should not go without. */
export function appOptions(config: Config): AppOptions {
  const { server } = config;
  if (!isLoopbackAddress(config.host)) {
    if (!server.apiKeys.length) console.error(`warning: listening on ${config.host} (beyond this machine) without API keys: anyone who can reach it can use the API; set KG_API_KEYS`);
    if (!server.allowedHosts.length) console.error('warning: any Host header is accepted; set KG_ALLOWED_HOSTS to the names clients use');
  }
  const log = server.accessLog;
  const stream = log === 'off' ? null : log === 'stdout' ? process.stdout : createWriteStream(log.file, { flags: 'a' });
  return {
    budgetMs: server.budgetMs,
    apiKeys: server.apiKeys,
    allowedHosts: server.allowedHosts,
    rateLimit: server.rateLimit,
    accessLog: stream && ((line) => stream.write(`${line}\n`)),
    trustProxy: server.trustProxy,
    answerCacheBytes: server.answerCacheBytes,
  };
}

export async function serve(config: Config, options: { ingestCorpus: boolean }) {
  if (options.ingestCorpus) {
    // Written as the data directory's one writer, then served as a reader that follows other writers.
    const writer = await createStore(config, { writer: true });
    try {
      await syncCorpus(config, writer);
    } finally {
      await writer.close();
    }
  }
  const store = await createStore(config);
  if (await ensureWebBuilt()) console.error('explorer page built');
  const service = new QueryService(store);
  const app = createApp(service, defaultSearch(service), appOptions(config));
  store.warmUp().catch((error: Error) => console.error(`warning: could not prepare the store's queries: ${error.message}`));
  const server = app.listen(config.port, config.host, () => {
    console.error(`serving the ${store.backend} store on http://${config.host}:${config.port}  (explorer at /, API docs at /api/docs)`);
  });
  server.on('error', (error) => {
    console.error(`kg: cannot listen on port ${config.port}: ${error.message}`);
    process.exit(1);
  });
  const stop = () => server.close(() => store.close().then(() => process.exit(0)));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
