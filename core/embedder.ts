// The embedder as every stage and query sees it; src/search/embedder.ts holds the implementation.

export type EmbedProgress = (done: number, total: number) => void;

export interface Embedder {
  readonly dims: number;
  /** Unit vectors, in the order of `texts`; texts embedded before come from the cache. */
  embedPassages(texts: string[], onProgress?: EmbedProgress): Promise<Float32Array[]>;
  embedQuery(query: string): Promise<Float32Array>;
}
