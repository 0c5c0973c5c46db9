import { RELATION_TYPES } from '../../core/ontology.ts';
import type { DocumentGraph, PropertyValue } from '../../core/records.ts';
import type { MultiDirectedGraph } from 'graphology';
import { Bm25Index } from '../search/bm25.ts';
import { EMBEDDING_DIMS } from '../search/model.ts';
import { cjkBigrams } from '../search/tokenize.ts';
import { VectorIndex } from '../search/vector-index.ts';
import type { EmbeddedGraphView } from './embedded-queries.ts';
import type { ChunkDetail, EntityNode, PassageRelations, PassageScope, RelationEdge, ScoredChunk } from '../../core/store.ts';

/** The shape of the embedded store's graph that search reads. */
type ChunkGraph = MultiDirectedGraph<{ label: string; properties?: Record<string, PropertyValue> }, { type: string }>;

const scoredChunks = (hits: { id: string; score: number }[]): ScoredChunk[] => hits.map(({ id, score }) => ({ chunkId: id, score }));

/**
 * Search indexes beside the embedded graph: chunk embeddings in a VectorIndex
 * (persisted with the store's snapshot and journal) and a BM25 index over
 * chunk text, rebuilt from the graph on load (it takes milliseconds, and so
 * can never disagree with it).
 */
export class EmbeddedSearch {
  private constructor(
    private readonly vectors: VectorIndex,
    private readonly keywords: Bm25Index,
  ) {}

  /** Search over `graph`'s chunks: BM25 built from their text, `vectors` kept for the chunks the graph holds. */
  static over(graph: ChunkGraph, vectors: VectorIndex): EmbeddedSearch {
    const keywords = new Bm25Index(cjkBigrams);
    graph.forEachNode((id, a) => {
      if (a.label === 'Chunk') keywords.add(id, a.properties!.text as string);
    });
    vectors.delete(vectors.keys().filter((id) => !keywords.has(id)));
    return new EmbeddedSearch(vectors, keywords);
  }

  static empty(): EmbeddedSearch {
    return new EmbeddedSearch(new VectorIndex(EMBEDDING_DIMS), new Bm25Index(cjkBigrams));
  }

  get vectorIndex(): VectorIndex {
    return this.vectors;
  }

  addDocument(graph: DocumentGraph, vectors: Map<string, ArrayLike<number>>): void {
    for (const chunk of graph.chunks) {
      this.keywords.add(chunk.id, chunk.text);
      const vector = vectors.get(chunk.id);
      if (vector) this.vectors.set(chunk.id, vector);
    }
  }

  setVector(id: string, vector: ArrayLike<number>): void {
    if (this.keywords.has(id)) this.vectors.set(id, vector);
  }

  removeChunks(ids: string[]): void {
    for (const id of ids) this.keywords.remove(id);
    this.vectors.delete(ids);
  }

  vectorSearch(vector: Float32Array, k: number): ScoredChunk[] {
    return scoredChunks(this.vectors.search(vector, k));
  }

  keywordSearch(q: string, k: number): ScoredChunk[] {
    return scoredChunks(this.keywords.search(q, k));
  }
}

export function chunkDetails(graph: ChunkGraph, ids: string[]): ChunkDetail[] {
  const out: ChunkDetail[] = [];
  for (const id of ids) {
    if (!graph.hasNode(id)) continue;
    const { label, properties: p } = graph.getNodeAttributes(id);
    if (label !== 'Chunk' || !p) continue;
    const entities = graph
      .inEdges(id)
      .filter((edge) => graph.getEdgeAttribute(edge, 'type') === 'MENTIONED_IN')
      .map((edge) => graph.source(edge));
    out.push({
      id,
      doc: p.doc as string,
      index: p.index as number,
      text: p.text as string,
      start: p.start as number,
      end: p.end as number,
      sectionPath: p.sectionPath as string[],
      entities: [...new Set(entities)].sort(),
    });
  }
  return out;
}

const RELATIONS = new Set<string>(RELATION_TYPES);

/** The GraphStore's passageRelations on graphology; the same ranking as cypher/queries/search_passage_relations.cypher. */
export function passageRelations(view: EmbeddedGraphView, passages: PassageScope[], limit: number): PassageRelations {
  const graph = view.graph();
  const entities = new Map<string, EntityNode>();
  const relations = passages.map((passage) => {
    const edges = new Map<string, RelationEdge>();
    for (const id of passage.entities) {
      if (!view.entity(id)) continue;
      for (const edge of graph.edges(id)) if (RELATIONS.has(graph.getEdgeAttribute(edge, 'type'))) edges.set(edge, view.relation(edge));
    }
    const inside = (e: RelationEdge) => e.doc === passage.doc && e.spanStart >= passage.start && e.spanEnd <= passage.end;
    const chosen = [...edges.values()]
      .sort((a, b) => Number(inside(b)) - Number(inside(a)) || b.confidence - a.confidence || (a.id < b.id ? -1 : 1))
      .slice(0, Math.max(0, limit));
    for (const edge of chosen) for (const id of [edge.start, edge.end]) entities.set(id, view.entity(id)!);
    return chosen;
  });
  return { relations, entities: [...entities.values()] };
}
