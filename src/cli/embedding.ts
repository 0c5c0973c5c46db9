import type { Config } from '../config.ts';
import { createEmbedder } from '../search/embedder.ts';
import { InstrumentClassifier } from '../../core/instruments/classifier.ts';
import { loadCodedExamples } from '../../core/instruments/examples.ts';
import { embedStage } from '../../ingest/embed.ts';
import { instrumentStage } from '../../ingest/instruments/index.ts';
import type { IngestEvent, IngestOptions } from '../../ingest/pipeline.ts';

/**
 * The stages of an ingest that need the embedding model (from KG_MODELS_DIR or
 * the hub): passage embeddings, with the vector cache in the data dir, and the
 * instrument coding by nearest coded examples. Throws when the model cannot load.
 */
export async function modelStages(config: Config, onEvent: (event: IngestEvent) => void): Promise<Required<Pick<IngestOptions, 'embed' | 'instruments'>>> {
  const embedder = await createEmbedder({ modelsDir: config.modelsDir, cacheDir: config.dataDir });
  return {
    embed: embedStage(embedder, (path, done, total) => onEvent({ kind: 'embed', path, done, total })),
    instruments: instrumentStage(new InstrumentClassifier(loadCodedExamples(), embedder)),
  };
}
