import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { cjkBigrams } from '../search/tokenize.ts';
import type { ChunkDetail, ScoredChunk } from './types.ts';

/** Created by `ensureIndexes` (cypher/queries/search_indexes.cypher): vector (512 dims, cosine) on Chunk.embedding, full-text (`cjk`) on Chunk.text. */
export const CHUNK_VECTOR_INDEX = 'chunk_embedding';
export const CHUNK_FULLTEXT_INDEX = 'chunk_text';

/** The vector index is approximate (HNSW): asking it for more than k makes its top k match exact search. */
const MIN_VECTOR_CANDIDATES = 100;

const query = (name: string) => readFileSync(join(import.meta.dirname, '..', '..', 'cypher', 'queries', `${name}.cypher`), 'utf8');
const VECTOR = query('search_vector');
const KEYWORD = query('search_keyword');
const CHUNKS = query('search_chunks');
const INDEXES = query('search_indexes')
  .replace(/^\s*\/\/.*$/gm, '')
  .split(';')
  .map((statement) => statement.trim())
  .filter(Boolean);

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

  /** Creates the two indexes if missing and waits until they are online. */
  async ensureIndexes(): Promise<void> {
    for (const statement of INDEXES) await this.driver.executeQuery(statement, {}, { database: this.database });
    await this.driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database: this.database });
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
