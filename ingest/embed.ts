import type { EmbedProgress, Embedder } from '../core/embedder.ts';
import type { DocumentGraph } from '../core/records.ts';
import type { Stage } from './types.ts';

/**
 * Fills each chunk's `embedding` from its text as is; the embedder batches,
 * caches by content and reports progress per chunk. (Prefixing the section
 * headings was measured on the dev search questions: no better, slightly worse.)
 */
export function embedStage(embedder: Embedder, onProgress?: (doc: string, ...progress: Parameters<EmbedProgress>) => void): Stage<DocumentGraph, DocumentGraph> {
  return {
    name: 'embed',
    async run(graph) {
      const vectors = await embedder.embedPassages(
        graph.chunks.map((c) => c.text),
        onProgress && ((done, total) => onProgress(graph.document.id, done, total)),
      );
      return { ...graph, chunks: graph.chunks.map((c, i) => ({ ...c, embedding: Array.from(vectors[i]) })) };
    },
  };
}
