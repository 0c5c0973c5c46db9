import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureExtractionPipeline } from '@huggingface/transformers';
import { EMBEDDING_DIMS, EMBEDDING_MODEL, QUERY_PREFIX } from './model.ts';
import { lowerAscii } from './tokenize.ts';
import { contentHash, VectorCache } from './vector-cache.ts';
import type { Embedder } from '../../core/embedder.ts';

export { EMBEDDING_DIMS, EMBEDDING_MODEL, QUERY_PREFIX };

const MODEL_FILE = 'onnx/model_quantized.onnx';
/** The embedding cache in the data directory (checksummed records; the earlier unchecked `…-q8.bin` is no longer read). */
export const CACHE_FILE = 'embeddings-bge-small-zh-v1.5-q8.v2.bin';

export class EmbedderError extends Error {}

export interface EmbedderConfig {
  /** Folder holding `Xenova/bge-small-zh-v1.5`; null downloads from the hub as the library normally does. */
  modelsDir: string | null;
  /** Where the vector cache lives (the data directory); null keeps no cache. */
  cacheDir?: string | null;
  batchSize?: number;
}

async function loadModel(modelsDir: string | null): Promise<FeatureExtractionPipeline> {
  // Loaded here, not at import: the library and its ONNX runtime take seconds to load.
  const { env, pipeline } = await import('@huggingface/transformers');
  if (modelsDir) {
    const expected = join(modelsDir, EMBEDDING_MODEL, MODEL_FILE);
    if (!existsSync(expected)) {
      throw new EmbedderError(`embedding model not found: KG_MODELS_DIR=${modelsDir} has no ${EMBEDDING_MODEL}/${MODEL_FILE}`);
    }
    env.localModelPath = modelsDir;
    env.allowLocalModels = true;
    env.allowRemoteModels = false;
  }
  try {
    return await pipeline('feature-extraction', EMBEDDING_MODEL, { dtype: 'q8' });
  } catch (error) {
    const where = modelsDir ? `from KG_MODELS_DIR=${modelsDir}` : 'from the Hugging Face hub (set KG_MODELS_DIR to a folder holding it to load it locally)';
    throw new EmbedderError(`could not load embedding model ${EMBEDDING_MODEL} ${where}: ${(error as Error).message.split('\n')[0]}`);
  }
}

export async function createEmbedder(config: EmbedderConfig): Promise<Embedder> {
  const model = await loadModel(config.modelsDir);
  const cache = config.cacheDir ? await VectorCache.open(join(config.cacheDir, CACHE_FILE), EMBEDDING_DIMS) : null;
  // Measured on ~350-character chunks on 2 cores: batches of 8 beat 1 (call
  // overhead) and 32 (padding and attention memory grow with the batch).
  const batchSize = config.batchSize ?? 8;

  async function run(texts: string[]): Promise<Float32Array[]> {
    const output = await model(texts, { pooling: 'cls', normalize: true });
    const data = output.data as Float32Array;
    return texts.map((_, i) => data.slice(i * EMBEDDING_DIMS, (i + 1) * EMBEDDING_DIMS));
  }

  return {
    dims: EMBEDDING_DIMS,

    async embedPassages(texts, onProgress) {
      const inputs = texts.map(lowerAscii);
      const hashes = inputs.map(contentHash);
      const found = new Map<string, Float32Array>();
      const missing = new Map<string, { text: string; uses: number }>();
      hashes.forEach((hash, i) => {
        const cached = cache?.get(hash);
        if (cached) found.set(hash, cached);
        else {
          const entry = missing.get(hash);
          if (entry) entry.uses++;
          else missing.set(hash, { text: inputs[i], uses: 1 });
        }
      });
      // Shortest first: a batch is padded to its longest member, so similar
      // lengths together waste less work.
      const queue = [...missing].sort((a, b) => a[1].text.length - b[1].text.length);
      let done = texts.length - queue.reduce((n, [, e]) => n + e.uses, 0);
      onProgress?.(done, texts.length);
      for (let at = 0; at < queue.length; at += batchSize) {
        const batch = queue.slice(at, at + batchSize);
        const batchVectors = await run(batch.map(([, e]) => e.text));
        const entries = batch.map(([hash], i) => ({ hash, vector: batchVectors[i] }));
        for (const { hash, vector } of entries) found.set(hash, vector);
        await cache?.put(entries);
        done += batch.reduce((n, [, e]) => n + e.uses, 0);
        onProgress?.(done, texts.length);
      }
      return hashes.map((hash) => found.get(hash)!);
    },

    async embedQuery(query) {
      const [vector] = await run([QUERY_PREFIX + lowerAscii(query.trim())]);
      return vector;
    },
  };
}
