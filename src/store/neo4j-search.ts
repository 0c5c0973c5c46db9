import { RELATION_TYPES } from '../../core/ontology.ts';
import neo4j, { type Driver } from 'neo4j-driver';
import { cjkBigrams } from '../search/tokenize.ts';
import { loadQuery, relationFrom } from './neo4j-queries.ts';
import { ENTITY, ENTITY_PROJECTION } from './neo4j-writer.ts';
import type { ChunkDetail, EntityNode, PassageRelations, PassageScope, ScoredChunk } from '../../core/store.ts';

/** Created by cypher/schema.cypher: vector (512 dims, cosine) on Chunk.embedding, full-text (`cjk`) on Chunk.text. */
export const CHUNK_VECTOR_INDEX = 'chunk_embedding';
export const CHUNK_FULLTEXT_INDEX = 'chunk_text';

/** Candidates the approximate (HNSW, quantised) vector index proposes for exact re-scoring. */
const MIN_VECTOR_CANDIDATES = 100;

const VECTOR = loadQuery('search_vector');
const KEYWORD = loadQuery('search_keyword');
const CHUNKS = loadQuery('search_chunks');
export const PASSAGE_RELATIONS = loadQuery('search_passage_relations');

const toNumber = (value: unknown): number => (neo4j.isInt(value) ? (value as { toNumber(): number }).toNumber() : (value as number));

/**
 * The search half of the Neo4j store, kept apart from the writer: it reads the
 * vector and full-text indexes and returns what the embedded store returns.
 */
export class Neo4jSearch {
  constructor(
    private readonly driver: Driver,
    private readonly toEntity: (row: Record<string, unknown>) => EntityNode,
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

  async getEntities(ids: string[]): Promise<EntityNode[]> {
    if (ids.length === 0) return [];
    const records = await this.run(`UNWIND $ids AS id MATCH (n:${ENTITY} {id: id}) RETURN ${ENTITY_PROJECTION('n')} AS n`, { ids });
    const byId = new Map(records.map((r) => this.toEntity(r.get('n'))).map((e) => [e.id, e]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async passageRelations(passages: PassageScope[], limit: number): Promise<PassageRelations> {
    const relations = passages.map((): PassageRelations['relations'][number] => []);
    if (passages.length === 0 || limit < 1) return { relations, entities: [] };
    const records = await this.run(PASSAGE_RELATIONS, {
      passages: passages.map((p) => ({ ...p, start: neo4j.int(p.start), end: neo4j.int(p.end) })),
      limit: neo4j.int(limit),
      types: [...RELATION_TYPES],
    });
    const entities = new Map<string, EntityNode>();
    for (const record of records) {
      relations[toNumber(record.get('i'))].push(relationFrom(record.get('relation')));
      for (const key of ['a', 'b']) {
        const row = record.get(key) as Record<string, unknown>;
        if (!entities.has(row.id as string)) entities.set(row.id as string, this.toEntity(row));
      }
    }
    return { relations, entities: [...entities.values()] };
  }
}
