import { ENTITY_LABELS, type EntityLabel, type RelationType } from '../../core/ontology.ts';
import type { Embedder } from '../../core/embedder.ts';
import type { ChunkDetail, EntityNode, GraphStore, RelationEdge, ScoredChunk } from '../../core/store.ts';
import { createEmbedder, EmbedderError, type EmbedderConfig } from './embedder.ts';
import { reciprocalRankFusion } from './fusion.ts';

export const SEARCH_MODES = ['hybrid', 'vector', 'keyword'] as const;
export type SearchMode = (typeof SEARCH_MODES)[number];

export interface SearchRequest {
  q: string;
  /** Passages to return, 1–100 (default 10). */
  k?: number;
  mode?: SearchMode;
  /** Keep only passages mentioning an entity with one of these labels, and only those entities. */
  labels?: EntityLabel[];
}

export interface PassageEntity {
  id: string;
  label: EntityLabel;
  name: string;
}

export interface PassageRelation {
  id: string;
  type: RelationType;
  start: PassageEntity;
  end: PassageEntity;
  evidence: { sentence: string; doc: string; start: number; end: number };
  confidence: number;
  /** True when the evidence sentence lies inside this passage. */
  inPassage: boolean;
}

export interface SearchPassage {
  chunkId: string;
  doc: string;
  docTitle: string;
  text: string;
  start: number;
  end: number;
  sectionPath: string[];
  /** Fused reciprocal-rank score in hybrid mode, cosine in vector mode, BM25 in keyword mode. */
  score: number;
  entities: PassageEntity[];
  /** One-hop relations of the passage's entities: those read from the passage first, then by confidence. */
  relations: PassageRelation[];
}

export interface SearchResponse {
  q: string;
  /** The mode that ranked the passages: keyword when hybrid search had no embedding model. */
  mode: SearchMode;
  k: number;
  passages: SearchPassage[];
  /** Why the answer is not what was asked for (hybrid search fell back to keywords). */
  warning?: string;
}

/** Bad search input; the message is one line meant for the user. */
export class SearchError extends Error {}

const MAX_K = 100;
const RELATIONS_PER_PASSAGE = 20;

function validate(request: SearchRequest): Required<SearchRequest> {
  const q = request.q?.trim() ?? '';
  if (!q) throw new SearchError('q (the search text) must not be empty');
  const k = request.k ?? 10;
  if (!Number.isInteger(k) || k < 1 || k > MAX_K) throw new SearchError(`k must be an integer from 1 to ${MAX_K}, got ${request.k}`);
  const mode = request.mode ?? 'hybrid';
  if (!SEARCH_MODES.includes(mode)) throw new SearchError(`mode must be one of ${SEARCH_MODES.join(', ')}, got "${mode}"`);
  const labels = request.labels ?? [];
  const unknown = labels.find((l) => !ENTITY_LABELS.includes(l));
  if (unknown) throw new SearchError(`unknown label "${unknown}"; labels are ${ENTITY_LABELS.join(', ')}`);
  return { q, k, mode, labels };
}

/** Loads the embedding model on first use only, so keyword search never pays for it. */
export function lazyEmbedder(config: EmbedderConfig): () => Promise<Embedder> {
  let loading: Promise<Embedder> | null = null;
  return () => {
    loading ??= createEmbedder(config).catch((error) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}

/**
 * Semantic search over chunks on any GraphStore: vector, keyword, or both
 * fused by reciprocal rank; each passage comes back with the entities it
 * mentions and their one-hop relations, so the caller can walk on into the graph.
 */
export class SearchService {
  constructor(
    private readonly store: GraphStore,
    readonly embedder: () => Promise<Embedder>,
  ) {}

  /** Chunk ids with scores, best first: the ranking alone, no graph expansion. */
  async rank(q: string, mode: SearchMode, k: number): Promise<ScoredChunk[]> {
    const byVector = async (n: number) => this.store.vectorSearch(await (await this.embedder()).embedQuery(q), n);
    if (mode === 'vector') return byVector(k);
    if (mode === 'keyword') return this.store.keywordSearch(q, k);
    // Fusion looks deeper than k in each list: a passage ranked 30th by both can beat one only a single list ranks.
    const depth = Math.max(50, k * 5);
    const [vectorHits, keywordHits] = await Promise.all([byVector(depth), this.store.keywordSearch(q, depth)]);
    const asScored = (hits: ScoredChunk[]) => hits.map((h) => ({ id: h.chunkId, score: h.score }));
    return reciprocalRankFusion([asScored(vectorHits), asScored(keywordHits)], k).map((f) => ({ chunkId: f.id, score: f.score }));
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    const { q, k, mode: asked, labels } = validate(request);
    // A label filter drops passages after ranking, so it ranks deeper first.
    const depth = labels.length ? Math.min(k * 10, 500) : k;
    let mode = asked;
    let warning: string | undefined;
    let ranked: ScoredChunk[];
    try {
      ranked = await this.rank(q, mode, depth);
    } catch (error) {
      // Without a model hybrid search still answers, by keywords, and says so; vector search cannot.
      if (!(error instanceof EmbedderError) || asked !== 'hybrid') throw error;
      mode = 'keyword';
      warning = `keyword search only: ${error.message}`;
      ranked = await this.rank(q, mode, depth);
    }
    const [chunkList, documents] = await Promise.all([this.store.getChunks(ranked.map((r) => r.chunkId)), this.store.listDocuments()]);
    const chunks = new Map(chunkList.map((c) => [c.id, c]));
    const titles = new Map(documents.map((d) => [d.id, d.title]));
    const entities = new Map((await this.store.getEntities([...new Set(chunkList.flatMap((c) => c.entities))])).map((e) => [e.id, e]));
    const wanted = (e: EntityNode) => !labels.length || labels.includes(e.label);

    const chosen: { chunk: ChunkDetail; score: number; mentioned: EntityNode[] }[] = [];
    for (const { chunkId, score } of ranked) {
      const chunk = chunks.get(chunkId);
      if (!chunk) continue;
      const mentioned = chunk.entities.flatMap((id) => entities.get(id) ?? []).filter(wanted);
      if (labels.length && mentioned.length === 0) continue;
      chosen.push({ chunk, score, mentioned });
      if (chosen.length === k) break;
    }
    // Hubs (a city) have hundreds of relations: the store ranks and caps them per passage, in one call.
    const context = await this.store.passageRelations(
      chosen.map(({ chunk, mentioned }) => ({ doc: chunk.doc, start: chunk.start, end: chunk.end, entities: mentioned.map((e) => e.id) })),
      RELATIONS_PER_PASSAGE,
    );
    for (const entity of context.entities) entities.set(entity.id, entity);

    const passages = chosen.map(({ chunk, score, mentioned }, i): SearchPassage => ({
      chunkId: chunk.id,
      doc: chunk.doc,
      docTitle: titles.get(chunk.doc) ?? chunk.doc,
      text: chunk.text,
      start: chunk.start,
      end: chunk.end,
      sectionPath: chunk.sectionPath,
      score,
      entities: mentioned.map(brief),
      relations: context.relations[i].map((edge) => passageRelation(edge, chunk, entities)),
    }));
    return { q, mode, k, passages, ...(warning ? { warning } : {}) };
  }
}

function passageRelation(edge: RelationEdge, chunk: ChunkDetail, entities: Map<string, EntityNode>): PassageRelation {
  return {
    id: edge.id,
    type: edge.type,
    start: brief(entities.get(edge.start)!),
    end: brief(entities.get(edge.end)!),
    evidence: { sentence: edge.evidence, doc: edge.doc, start: edge.spanStart, end: edge.spanEnd },
    confidence: edge.confidence,
    inPassage: edge.doc === chunk.doc && edge.spanStart >= chunk.start && edge.spanEnd <= chunk.end,
  };
}

const brief = (e: EntityNode): PassageEntity => ({ id: e.id, label: e.label, name: e.name });
