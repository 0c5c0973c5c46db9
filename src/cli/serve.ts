import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { Config } from '../config.ts';
import { QueryService } from '../query/service.ts';
import { createApp } from '../server/app.ts';
import { createStore } from '../store/index.ts';
import type { GraphStore } from '../../core/store.ts';
import { defaultWorkers, ingestPaths } from '../../ingest/pipeline.ts';
import { ensureWebBuilt } from '../../scripts/build-web.ts';
import { formatSummary } from './format.ts';
import { ingestProgress } from './progress.ts';
import { embedding } from './embedding.ts';

/** Brings the store in line with the corpus folder: new and changed files ingested, removed files deleted. */
async function syncCorpus(config: Config, store: GraphStore) {
  if (!existsSync(config.corpusDir)) {
    console.error(`corpus folder ${config.corpusDir} not found; serving the graph as it is`);
    return;
  }
  const onEvent = ingestProgress();
  const embed = await embedding(config, onEvent).catch((error: Error) => {
    console.error(`warning: ingesting without embeddings, so search is keyword-only until the model loads: ${error.message}`);
    return undefined;
  });
  const summary = await ingestPaths([config.corpusDir], store, { onEvent, embed, workers: defaultWorkers() });
  console.error(formatSummary(summary));
  const inCorpus = (path: string) => resolve(path).startsWith(config.corpusDir + sep);
  for (const doc of await store.listDocuments()) {
    if (inCorpus(doc.path) && !existsSync(doc.path)) {
      await store.deleteDocument(doc.id);
      console.error(`removed ${doc.id}: its file is gone from the corpus`);
    }
  }
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
  const app = createApp(new QueryService(store));
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
