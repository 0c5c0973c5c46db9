import type { Config } from '../config.ts';
import { createEmbedder } from '../search/embedder.ts';
import { embedStage } from '../../ingest/embed.ts';
import type { IngestEvent } from '../../ingest/pipeline.ts';

/** The embed stage of an ingest, with the model from KG_MODELS_DIR (or the hub) and the vector cache in the data dir. */
export async function embedding(config: Config, onEvent: (event: IngestEvent) => void) {
  const embedder = await createEmbedder({ modelsDir: config.modelsDir, cacheDir: config.dataDir });
  return embedStage(embedder, (path, done, total) => onEvent({ kind: 'embed', path, done, total }));
}
