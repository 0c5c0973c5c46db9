import neo4j, { type Driver } from 'neo4j-driver';
import { cjkBigrams } from '../search/tokenize.ts';
import { loadQuery } from './neo4j-queries.ts';
import type { ChunkDetail, ScoredChunk } from './types.ts';

/** Created by cypher/schema.cypher: vector (512 dims, cosine) on Chunk.embedding, full-text (`cjk`) on Chunk.text. */
export const CHUNK_VECTOR_INDEX = 'chunk_embedding';
export const CHUNK_FULLTEXT_INDEX = 'chunk_text';

/** Candidates the approximate (HNSW, quantised) vector index proposes for exact re-scoring. */
const MIN_VECTOR_CANDIDATES = 100;

const VECTOR = loadQuery('search_vector');
const KEYWORD = loadQuery('search_keyword');
const CHUNKS = loadQuery('search_chunks');

const toNumber = (value: unknown): number => (neo4j.isInt(value) ? (value as { toNumber(): number }).toNumber() : (value as number));

/**
 * The search half of the Neo4j store, kept apart from the writer: it reads the
 * vector and full-text indexes and returns what the embedded store returns.
 */
export class Neo4jSearch {
  constructor(
    private readonly driver: Driver,
    private readonly database?: string,
  ) {}

  private async run(cypher: string, params: Record<string, unknown>) {
    const { records } = await this.driver.executeQuery(cypher, params, { database: this.database, routing: neo4j.routing.READ });
    return records;
  }

  async vectorSearch(vector: Float32Array, k: number): Promise<ScoredChunk[]> {
    const records = await this.run(VECTOR, {
      index: CHUNK_VECTOR_INDEX,
      candidates: neo4j.int(Math.max(k, MIN_VECTOR_CANDIDATES)),
      vector: Array.from(vector),
      k: neo4j.int(k),
    });
    return records.map((r) => ({ chunkId: r.get('chunkId'), score: 2 * r.get('score') - 1 }));
  }

  /**
   * The query goes in as the bigrams the `cjk` analyzer would make of it, so
   * no user text reaches Lucene's query parser (no escaping, no operators).
   */
  async keywordSearch(q: string, k: number): Promise<ScoredChunk[]> {
    const terms = cjkBigrams(q);
    if (terms.length === 0) return [];
    const records = await this.run(KEYWORD, { index: CHUNK_FULLTEXT_INDEX, query: terms.join(' '), k: neo4j.int(k) });
    return records.map((r) => ({ chunkId: r.get('chunkId'), score: r.get('score') }));
  }

  async getChunks(ids: string[]): Promise<ChunkDetail[]> {
    if (ids.length === 0) return [];
    const records = await this.run(CHUNKS, { ids });
    const byId = new Map(
      records.map((r) => {
        const chunk: ChunkDetail = {
          id: r.get('id'),
          doc: r.get('doc'),
          index: toNumber(r.get('index')),
          text: r.get('text'),
          start: toNumber(r.get('start')),
          end: toNumber(r.get('end')),
          sectionPath: r.get('sectionPath') ?? [],
          entities: (r.get('entities') as string[]).sort(),
        };
        return [chunk.id, chunk];
      }),
    );
    return ids.flatMap((id) => byId.get(id) ?? []);
  }
}
