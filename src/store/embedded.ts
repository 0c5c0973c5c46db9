import { ENTITY_LABELS, RELATION_TYPES, type EntityLabel } from '../../core/ontology.ts';
import { assertDistinctIds, type DocumentGraph, type PropertyValue } from '../../core/records.ts';
import { existsSync, mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { addFacet, facetOf, firstMerge, mergeFacets, removeFacet, type Facets, type Merge } from './facets.ts';
import { chunkRows, compareExport, documentProperties, documentRows } from './rows.ts';
import { chunkDetails, EmbeddedSearch, passageRelations } from './embedded-search.ts';
import { EmbeddedQueries, type EmbeddedGraphView } from './embedded-queries.ts';
import { entitiesNamed, nameKeys, pageDocuments, searchEntityList, type NameKeys } from './query-rules.ts';
import { normalizeName } from '../../core/names.ts';
import { createJournal, JournalAppender, readJournal, type JournalRead } from './journal.ts';
import { lockDataDir } from './data-lock.ts';
import { readSnapshot, SNAPSHOT_FILE, vectorsFile, writeSnapshot, type SnapshotLine } from './snapshot.ts';
import { VectorIndex } from '../search/vector-index.ts';
import { EMBEDDING_DIMS } from '../search/model.ts';
import type {
  ChunkDetail,
  DocumentSummary,
  EntityNode,
  EntityPage,
  EntitySearch,
  ExportRecord,
  ExpandStep,
  Fact,
  GraphStats,
  GraphStore,
  NamedEntity,
  NeighbourWalk,
  PassageRelations,
  PassageScope,
  RelationEdge,
  RelationPage,
  ScoredChunk,
  StoredEntity,
  StoreHealth,
  TraceWalk,
  WriteResult,
} from '../../core/store.ts';
import { entityView, UnsupportedOperationError } from '../../core/store.ts';

type DocumentAttributes = {
  label: 'Document';
  properties: Record<string, PropertyValue>;
  text: string;
  /** What the document wrote, so that replacing or deleting it touches only that. */
  entities: string[];
  relations: string[];
};
type EntityAttributes = { label: EntityLabel; facets: Facets; merge: Merge };
type NodeAttributes = DocumentAttributes | { label: 'Chunk'; properties: Record<string, PropertyValue> } | EntityAttributes;

interface EdgeAttributes {
  type: string;
  properties: Record<string, PropertyValue>;
}

type Graph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export const JOURNAL_FILE = 'journal.log';
/** The format before the journal: one JSON file rewritten after every document. */
const LEGACY_FILE = 'graph.json';
/** The journal is folded into a new snapshot when it outgrows both this and the snapshot (so compaction costs O(1) per byte written). */
const DEFAULT_COMPACT_BYTES = 256 * 1024 * 1024;

/** One change, as the journal records it; a document's chunk vectors as base64 float32. */
type JournalRecord =
  | { seq: number; op: 'write'; graph: DocumentGraph; vectors: Record<string, string> }
  | { seq: number; op: 'delete'; id: string }
  | { seq: number; op: 'vectors'; vectors: Record<string, string> };

const isEntity = (a: NodeAttributes): a is EntityAttributes => 'merge' in a;

const toBase64 = (vector: ArrayLike<number>) => Buffer.from(Float32Array.from(vector).buffer).toString('base64');
const fromBase64 = (text: string) => {
  const bytes = Buffer.from(text, 'base64');
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
};
const vectorsOf = (encoded: Record<string, string>) => new Map(Object.entries(encoded).map(([id, b64]) => [id, fromBase64(b64)]));

/** The store's files are not in a state it can read; the message names the file and the command that helps. */
export class DamagedStoreError extends Error {}

export interface EmbeddedStoreOptions {
  /** Take the writer lock at open (an ingest); otherwise it is taken at the first write, and until then the store follows other writers. */
  writer?: boolean;
  /** How long a writer waits for another process's lock before it gives up (default KG_LOCK_WAIT_SECONDS, else 10 minutes). */
  lockWaitMs?: number;
  /** Told when the writer waits for another process, and of repairs made on open (a torn journal tail cut). */
  notify?: (message: string) => void;
  /** Journal size past which a write compacts it into a new snapshot (default KG_COMPACT_BYTES, else 256 MB). */
  compactBytes?: number;
  /** Open even when the snapshot's vector matrix is missing or damaged, without its vectors (kg doctor --repair). */
  vectorsLost?: boolean;
  /** Open a journal damaged in the middle, keeping the records before the damage; a writer cuts the rest (kg doctor --repair). */
  cutDamagedJournal?: boolean;
}

interface JournalPosition {
  ino: number;
  generation: string;
  offset: number;
}

/** The last journal record whose chunks, edges and search entries are in memory, and the offset after it. */
interface Built {
  seq: number;
  offset: number;
}

/** What the documents written since `Built` add to the counts of `stats()` beyond their nodes: their edges. */
interface Unbuilt {
  mentions: number;
  relations: Partial<Record<string, number>>;
}

const nothingUnbuilt = (): Unbuilt => ({ mentions: 0, relations: {} });

const lockWaitFromEnv = () => {
  const seconds = Number(process.env.KG_LOCK_WAIT_SECONDS ?? 600);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 600_000;
};

/**
 * The in-process store on graphology. On disk: a snapshot (snapshot.jsonl and
 * its vector matrix) plus an append-only journal of document changes, each
 * record checksummed and fsynced before the write returns, so a write costs
 * what the document costs, not what the store holds. Opening replays the
 * journal over the snapshot; a record torn by a crash is cut off with a
 * warning. One process writes at a time (writer.lock holds its pid); every
 * other one reads and follows the journal, so a running server sees each
 * document once it is whole.
 *
 * The writer keeps up to date what resolving the next document needs (its
 * entities, their merges and name keys, each document's node) and builds the
 * rest (chunks, edges, the search index) from its own journal at the first
 * read after a write: an ingest, which never reads them, does not pay for them.
 */
export class EmbeddedStore implements GraphStore {
  readonly backend = 'embedded' as const;
  private graph: Graph = new MultiDirectedGraph();
  private search = EmbeddedSearch.empty();
  private seq = 0;
  private loads = 0;
  private built: Built = { seq: 0, offset: 0 };
  private unbuilt = nothingUnbuilt();
  private position: JournalPosition | null = null;
  private snapshotBytes = 0;
  private appender: JournalAppender | null = null;
  private release: (() => void) | null = null;
  private readonly tmpSuffix = `${process.pid}.${randomBytes(4).toString('hex')}`;
  /** Answers' views of stored entities, made once per version of each: every change to a merge makes a new stored entity. */
  private readonly views = new WeakMap<StoredEntity, EntityNode>();
  private viewOf(entity: StoredEntity): EntityNode {
    let view = this.views.get(entity);
    if (!view) this.views.set(entity, (view = entityView(entity)));
    return view;
  }
  private readonly view: EmbeddedGraphView = {
    graph: () => this.graph as unknown as MultiDirectedGraph,
    entity: (id) => {
      const attrs = this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : null;
      return attrs && isEntity(attrs) ? this.viewOf(attrs.merge.entity) : null;
    },
    relation: (edge) => this.relationEdge(edge),
  };
  private readonly queries = new EmbeddedQueries(this.view);

  constructor(
    private readonly dataDir: string,
    private readonly options: EmbeddedStoreOptions = {},
  ) {}

  get journalFile() {
    return join(this.dataDir, JOURNAL_FILE);
  }

  async open(): Promise<void> {
    mkdirSync(this.dataDir, { recursive: true });
    if (existsSync(join(this.dataDir, LEGACY_FILE)) && !existsSync(join(this.dataDir, SNAPSHOT_FILE)) && !existsSync(this.journalFile)) {
      throw new DamagedStoreError(
        `${join(this.dataDir, LEGACY_FILE)} was written by an older version of the store; delete ${this.dataDir} and ingest again`,
      );
    }
    if (this.options.writer) await this.becomeWriter();
    else this.reload();
  }

  async close(): Promise<void> {
    this.appender?.close();
    this.appender = null;
    this.release?.();
    this.release = null;
  }

  async warmUp(): Promise<void> {}

  /** The journal sequence number followed, with the count of loads: a load may replace what the same number meant (a cut journal). */
  async revision(): Promise<string> {
    this.followEntities();
    return `${this.loads}:${this.seq}`;
  }

  async health(): Promise<StoreHealth> {
    try {
      this.follow();
      return { backend: this.backend, ok: true };
    } catch (error) {
      return { backend: this.backend, ok: false, detail: (error as Error).message };
    }
  }

  /** Takes the writer lock (waiting for another writer to finish), catches up with the journal and opens it for appending. */
  private async becomeWriter(): Promise<void> {
    if (this.appender) return;
    this.release = await lockDataDir(this.dataDir, {
      waitMs: this.options.lockWaitMs ?? lockWaitFromEnv(),
      onWait: this.options.notify ?? ((message) => console.error(`kg: ${message}`)),
    });
    try {
      const read = this.reload();
      if (!read) {
        createJournal(this.journalFile, this.tmpSuffix);
        this.reload();
      } else if (read.invalidBytes > 0) {
        (this.options.notify ?? console.error)(
          `kg: ${this.journalFile}: cut ${read.invalidBytes} bytes of a record torn by an interrupted write (the document it held was not stored)`,
        );
      }
      this.appender = JournalAppender.open(this.journalFile, this.position!.offset);
    } catch (error) {
      await this.close();
      throw error;
    }
  }

  /** Loads the snapshot and replays the journal, retrying when a writer compacts meanwhile. */
  private reload(): JournalRead | null {
    for (let attempt = 0; ; attempt++) {
      try {
        return this.load();
      } catch (error) {
        if (!(error instanceof CompactedMeanwhile) || attempt >= 5) throw error;
      }
    }
  }

  private load(): JournalRead | null {
    const snapshot = readSnapshot(this.dataDir, this.options.vectorsLost);
    const graph: Graph = new MultiDirectedGraph();
    const keyIndex: StoredEntity[] = [];
    let vectors = new VectorIndex(EMBEDDING_DIMS);
    if (snapshot) {
      for (const line of snapshot.lines) {
        if ('n' in line) {
          const [key, attrs] = line.n as [string, NodeAttributes];
          if ('facets' in attrs) {
            const { label, facets } = attrs as { label: EntityLabel; facets: Facets };
            const merge = mergeFacets(key, label, facets);
            graph.addNode(key, { label, facets, merge });
            keyIndex.push(merge.entity);
          } else graph.addNode(key, attrs);
        } else {
          const [key, source, target, attrs] = line.e;
          graph.addDirectedEdgeWithKey(key, source, target, attrs as EdgeAttributes);
        }
      }
      vectors = VectorIndex.fromMatrix(snapshot.header.vectors.dims, snapshot.header.vectors.ids, snapshot.matrix);
    }
    this.graph = graph;
    this.loads++;
    this.search = EmbeddedSearch.over(graph, vectors);
    this.nameIndex = null;
    this.keyIndex = new Map();
    for (const entity of keyIndex) this.indexKeys(null, entity);
    this.seq = snapshot?.header.seq ?? 0;
    this.markBuilt(0);
    this.snapshotBytes = snapshot?.bytes ?? 0;
    this.position = null;
    if (!existsSync(this.journalFile)) return null;
    const ino = statSync(this.journalFile).ino;
    const read = readJournal(this.journalFile);
    this.position = { ino, generation: read.generation, offset: read.end };
    this.replay(read);
    this.markBuilt(read.end);
    return read;
  }

  /** Applies the journal's records after the current one; a gap means a writer compacted in between. */
  private replay(read: JournalRead): void {
    if (read.damaged && !this.options.cutDamagedJournal) {
      throw new DamagedStoreError(
        `${this.journalFile} is damaged at byte ${read.end} (a record fails its checksum and more follow); run "kg doctor" for what is lost and "kg doctor --repair" to cut it there`,
      );
    }
    for (const payload of read.payloads) {
      const record = JSON.parse(payload.toString('utf8')) as JournalRecord;
      if (record.seq <= this.seq) continue;
      if (record.seq !== this.seq + 1) throw new CompactedMeanwhile();
      this.apply(record);
      this.seq = record.seq;
    }
  }

  /** Brings a reader up to date with what writers appended since (a cheap stat when nothing changed), and the writer's graph with its own writes. */
  private follow(): void {
    if (this.appender) {
      this.build();
      return;
    }
    this.followEntities();
  }

  /** What resolving names needs: the writer has it at all times; a reader follows the journal. */
  private followEntities(): void {
    if (this.appender) return;
    if (!existsSync(this.journalFile)) return;
    const { ino, size } = statSync(this.journalFile);
    const position = this.position;
    if (position && position.ino === ino && position.offset === size) return;
    if (!position || position.ino !== ino || size < position.offset) {
      this.reload();
      return;
    }
    const read = readJournal(this.journalFile, position.offset);
    if (read.generation !== position.generation) {
      this.reload();
      return;
    }
    try {
      this.replay(read);
    } catch (error) {
      if (!(error instanceof CompactedMeanwhile)) throw error;
      this.reload();
      return;
    }
    this.position = { ...position, offset: read.end };
    this.markBuilt(read.end);
  }

  /** Adds the chunks, edges and search entries of the documents the writer wrote since the last read, from its journal. */
  private build(): void {
    if (this.built.seq === this.seq) return;
    const read = readJournal(this.journalFile, this.built.offset);
    for (const payload of read.payloads) {
      const record = JSON.parse(payload.toString('utf8')) as JournalRecord;
      if (record.seq <= this.built.seq) continue;
      if (record.op !== 'write' || record.seq !== this.built.seq + 1) break;
      this.addStructure(record.graph, vectorsOf(record.vectors));
      this.built.seq = record.seq;
    }
    if (this.built.seq !== this.seq) {
      throw new DamagedStoreError(`${this.journalFile} does not hold record ${this.built.seq + 1}, which this process wrote; run "kg doctor"`);
    }
    this.markBuilt(read.end);
  }

  /** Everything up to the current record is in memory; `offset` is the journal's end after it. */
  private markBuilt(offset: number): void {
    this.built = { seq: this.seq, offset };
    this.unbuilt = nothingUnbuilt();
  }

  /** Counts a deferred write's edges, so that stats() answers without building them. */
  private countUnbuilt(graph: DocumentGraph): void {
    this.unbuilt.mentions += new Set(graph.mentions.map((m) => `${m.entity}|${m.chunk}`)).size;
    for (const r of graph.relations) this.unbuilt.relations[r.type] = (this.unbuilt.relations[r.type] ?? 0) + 1;
  }

  private apply(record: JournalRecord): void {
    this.nameIndex = null;
    if (record.op === 'write') {
      this.replaceDocument(record.graph);
      this.addStructure(record.graph, vectorsOf(record.vectors));
    } else if (record.op === 'delete') {
      this.removeDocument(record.id);
    } else {
      for (const [id, vector] of vectorsOf(record.vectors)) this.search.setVector(id, vector);
    }
  }

  /** The document's node and its entities (what a document replaced held is removed first); its chunks and edges are addStructure's. */
  private replaceDocument(graph: DocumentGraph, afterEntities = () => {}): void {
    if (this.graph.hasNode(graph.document.id)) this.removeDocument(graph.document.id);
    this.addEntities(graph, afterEntities);
  }

  /**
   * Applies a change and appends it to the journal; if either fails, returns
   * to what the files hold. A write leaves its chunks and edges to build();
   * any other change is applied whole, after build() caught up.
   */
  private async commit(record: JournalRecord, applyLive: () => void): Promise<void> {
    try {
      if (record.op !== 'write') this.build();
      applyLive();
      this.appender!.append(JSON.stringify(record));
      this.seq = record.seq;
      this.position!.offset = this.appender!.size;
      if (record.op !== 'write') this.markBuilt(this.appender!.size);
      else this.countUnbuilt(record.graph);
    } catch (error) {
      this.reload();
      throw error;
    }
    const threshold = this.options.compactBytes ?? (Number(process.env.KG_COMPACT_BYTES) || DEFAULT_COMPACT_BYTES);
    if (this.appender!.size > Math.max(threshold, this.snapshotBytes)) this.compact();
  }

  /** Writes the whole store as a new snapshot and starts an empty journal. */
  compact(): void {
    if (!this.appender) throw new Error('only the writer compacts the store');
    this.build();
    const vectors = this.search.vectorIndex;
    this.snapshotBytes = writeSnapshot(
      this.dataDir,
      { format: 'policy-kg snapshot', version: 2, seq: this.seq, vectors: { dims: vectors.dims, ids: vectors.keys() } },
      vectors.matrixBytes(),
      this.snapshotLines(),
      this.tmpSuffix,
    );
    this.appender.close();
    createJournal(this.journalFile, this.tmpSuffix);
    const { ino } = statSync(this.journalFile);
    const read = readJournal(this.journalFile);
    this.position = { ino, generation: read.generation, offset: read.end };
    this.markBuilt(read.end);
    this.appender = JournalAppender.open(this.journalFile, read.end);
    for (const file of readdirSync(this.dataDir)) {
      if (/^vectors-\d+\.f32$/.test(file) && file !== vectorsFile(this.seq)) unlinkSync(join(this.dataDir, file));
    }
  }

  private *snapshotLines(): Iterable<SnapshotLine> {
    for (const { node, attributes } of this.graph.nodeEntries()) {
      yield { n: [node, isEntity(attributes) ? { label: attributes.label, facets: attributes.facets } : attributes] };
    }
    for (const { edge, source, target, attributes } of this.graph.edgeEntries()) yield { e: [edge, source, target, attributes] };
  }

  async writeDocument(graph: DocumentGraph): Promise<WriteResult> {
    assertDistinctIds(graph);
    await this.becomeWriter();
    const id = graph.document.id;
    const existing = this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : null;
    if (existing && existing.label === 'Document' && existing.properties.revision === graph.document.revision) {
      return { status: 'unchanged' };
    }
    const vectors = graph.chunks.flatMap((c) => (c.embedding ? [[c.id, toBase64(c.embedding)] as const] : []));
    const plain = { ...graph, chunks: graph.chunks.map(({ embedding: _embedding, ...chunk }) => chunk) };
    const record: JournalRecord = { seq: this.seq + 1, op: 'write', graph: plain, vectors: Object.fromEntries(vectors) };
    await this.commit(record, () => {
      this.nameIndex = null;
      // Removing a stored document needs its chunks and edges in memory.
      if (existing) this.build();
      this.replaceDocument(plain, () => this.afterEntities());
    });
    return { status: existing ? 'replaced' : 'created' };
  }

  async deleteDocument(id: string): Promise<boolean> {
    await this.becomeWriter();
    const node = this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : null;
    if (!node || node.label !== 'Document') return false;
    await this.commit({ seq: this.seq + 1, op: 'delete', id }, () => this.apply({ seq: this.seq + 1, op: 'delete', id }));
    return true;
  }

  /** Adds vectors to stored chunks (kg doctor --repair); chunks the store does not hold are skipped. */
  async addVectors(vectors: Map<string, ArrayLike<number>>): Promise<void> {
    await this.becomeWriter();
    const record: JournalRecord = {
      seq: this.seq + 1,
      op: 'vectors',
      vectors: Object.fromEntries([...vectors].map(([chunk, vector]) => [chunk, toBase64(vector)])),
    };
    await this.commit(record, () => this.apply(record));
  }

  /** Chunk ids whose document was embedded but that have no vector. */
  async chunksMissingVectors(): Promise<{ doc: string; chunk: string; text: string }[]> {
    this.follow();
    const index = this.search.vectorIndex;
    const out: { doc: string; chunk: string; text: string }[] = [];
    this.graph.forEachNode((id, a) => {
      if (a.label !== 'Chunk' || index.has(id)) return;
      const doc = a.properties.doc as string;
      const revision = (this.graph.getNodeAttributes(doc) as DocumentAttributes).properties.revision as string;
      if (revision.endsWith(':embedded')) out.push({ doc, chunk: id, text: a.properties.text as string });
    });
    return out;
  }

  /** Test seam: lets a test make a write fail half-way through. */
  protected afterEntities(): void {}

  private addEntities(graph: DocumentGraph, afterEntities: () => void): void {
    const doc = graph.document.id;
    this.graph.addNode(doc, {
      label: 'Document',
      properties: documentProperties(graph),
      text: graph.document.text,
      entities: graph.entities.map((e) => e.id),
      relations: graph.relations.map((r) => r.id),
    });
    // Chunk nodes go in now, before the journal holds the write: a chunk id another document already has (two files with the same bytes) fails the write here, not at build().
    for (const chunk of chunkRows(graph)) this.graph.addNode(chunk.id, { label: 'Chunk', properties: chunk.properties });
    for (const entity of graph.entities) {
      const facet = facetOf(entity);
      if (this.graph.hasNode(entity.id)) {
        const attrs = this.graph.getNodeAttributes(entity.id);
        if (!isEntity(attrs)) throw new Error(`entity id ${entity.id} collides with a ${attrs.label} node`);
        const before = attrs.merge.entity;
        attrs.facets[doc] = facet;
        attrs.merge = addFacet(attrs.merge, doc, facet);
        this.indexKeys(before, attrs.merge.entity);
      } else {
        const merge = firstMerge(entity.id, entity.label, doc, facet);
        this.graph.addNode(entity.id, { label: entity.label, facets: { [doc]: facet }, merge });
        this.indexKeys(null, merge.entity);
      }
    }
    afterEntities();
  }

  /** A document's edges and its search entries (its node, chunks and entities are in place). */
  private addStructure(graph: DocumentGraph, vectors: Map<string, ArrayLike<number>>): void {
    for (const edge of documentRows(graph).edges) {
      this.graph.addDirectedEdgeWithKey(edge.id, edge.start, edge.end, { type: edge.type, properties: edge.properties });
    }
    this.search.addDocument(graph, vectors);
  }

  /** Removes what the document wrote: its chunks (with their edges), its relations, its facet of each entity. */
  private removeDocument(doc: string): void {
    const attrs = this.graph.getNodeAttributes(doc) as DocumentAttributes;
    for (const edge of attrs.relations) if (this.graph.hasEdge(edge)) this.graph.dropEdge(edge);
    const chunks = this.graph.outNeighbors(doc).filter((n) => this.graph.getNodeAttribute(n, 'label') === 'Chunk');
    this.search.removeChunks(chunks);
    for (const chunk of chunks) this.graph.dropNode(chunk);
    for (const id of attrs.entities) {
      const entity = this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : null;
      if (!entity || !isEntity(entity) || !entity.facets[doc]) continue;
      delete entity.facets[doc];
      const before = entity.merge.entity;
      const merge = removeFacet(entity.merge, doc);
      if (merge === null) this.graph.dropNode(id);
      else entity.merge = merge === 'recompute' ? mergeFacets(id, entity.label, entity.facets) : merge;
      this.indexKeys(before, merge === null ? null : entity.merge.entity);
    }
    this.graph.dropNode(doc);
  }

  private summary(id: string): DocumentSummary {
    const attrs = this.graph.getNodeAttributes(id) as DocumentAttributes;
    const p = attrs.properties;
    const chunks = this.graph.outEdges(id).filter((e) => this.graph.getEdgeAttribute(e, 'type') === 'HAS_CHUNK').length;
    return {
      id,
      title: p.title as string,
      path: p.path as string,
      sha256: p.sha256 as string,
      revision: p.revision as string,
      format: p.format as DocumentSummary['format'],
      date: (p.date as string | null) ?? null,
      chars: p.chars as number,
      chunks,
      merges: (p.merges as string[]) ?? [],
    };
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    this.follow();
    return this.graph
      .filterNodes((_, a) => a.label === 'Document')
      .sort()
      .map((id) => this.summary(id));
  }

  async getDocument(id: string) {
    this.follow();
    const attrs = this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : null;
    if (!attrs || attrs.label !== 'Document') return null;
    return { ...this.summary(id), text: attrs.text };
  }

  /** Every entity with its normalised names, built on first use after each change (entity search of the API). */
  private nameIndex: NameKeys[] | null = null;
  /** Entity ids by normalised name and alias, kept up to date by every change (the pipeline's lookups). */
  private keyIndex = new Map<string, Set<string>>();

  private indexKeys(before: NamedEntity | null, after: NamedEntity | null): void {
    const keys = (e: NamedEntity | null) => (e ? new Set([e.name, ...e.aliases].map(normalizeName)) : new Set<string>());
    const old = keys(before);
    const now = keys(after);
    const id = (before ?? after)!.id;
    for (const key of old) {
      if (now.has(key)) continue;
      const ids = this.keyIndex.get(key);
      ids?.delete(id);
      if (ids?.size === 0) this.keyIndex.delete(key);
    }
    for (const key of now) {
      if (old.has(key)) continue;
      const ids = this.keyIndex.get(key);
      if (ids) ids.add(id);
      else this.keyIndex.set(key, new Set([id]));
    }
  }

  private indexedNames(): NameKeys[] {
    if (!this.nameIndex) {
      const index: NameKeys[] = [];
      this.graph.forEachNode((_, attrs) => {
        if (isEntity(attrs)) index.push(nameKeys(this.viewOf(attrs.merge.entity)));
      });
      this.nameIndex = index;
    }
    return this.nameIndex;
  }

  async findEntitiesByName(names: string[]): Promise<NamedEntity[]> {
    this.followEntities();
    const ids = new Set(names.flatMap((name) => [...(this.keyIndex.get(normalizeName(name)) ?? [])]));
    return entitiesNamed([...ids].map((id) => (this.graph.getNodeAttributes(id) as EntityAttributes).merge.entity), names);
  }

  async searchEntities(query: EntitySearch) {
    this.follow();
    return searchEntityList(this.indexedNames(), query);
  }

  async getEntity(id: string): Promise<EntityNode | null> {
    this.follow();
    return this.view.entity(id);
  }

  async entityDocuments(id: string): Promise<string[]> {
    this.follow();
    const attrs = this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : null;
    return attrs && isEntity(attrs) ? [...attrs.merge.entity.docs] : [];
  }

  async relationsOf(id: string): Promise<RelationEdge[]> {
    this.follow();
    if (!this.graph.hasNode(id)) return [];
    const relationTypes = new Set<string>(RELATION_TYPES);
    return this.graph
      .edges(id)
      .filter((edge) => relationTypes.has(this.graph.getEdgeAttribute(edge, 'type')))
      .map((edge) => this.relationEdge(edge))
      .sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : a.id < b.id ? -1 : 1));
  }

  private relationEdge(edge: string): RelationEdge {
    const { type, properties: p } = this.graph.getEdgeAttributes(edge);
    return {
      id: edge,
      type: type as RelationEdge['type'],
      start: this.graph.source(edge),
      end: this.graph.target(edge),
      doc: p.doc as string,
      evidence: p.evidence as string,
      spanStart: p.spanStart as number,
      spanEnd: p.spanEnd as number,
      confidence: p.confidence as number,
      rule: p.rule as string,
    };
  }

  async vectorSearch(vector: Float32Array, k: number): Promise<ScoredChunk[]> {
    this.follow();
    return this.search.vectorSearch(vector, k);
  }

  async keywordSearch(q: string, k: number): Promise<ScoredChunk[]> {
    this.follow();
    return this.search.keywordSearch(q, k);
  }

  async getChunks(ids: string[]): Promise<ChunkDetail[]> {
    this.follow();
    return chunkDetails(this.graph, ids);
  }

  async getEntities(ids: string[]): Promise<EntityNode[]> {
    this.follow();
    return ids.flatMap((id) => this.view.entity(id) ?? []);
  }

  async passageRelations(passages: PassageScope[], limit: number): Promise<PassageRelations> {
    this.follow();
    return passageRelations(this.view, passages, limit);
  }

  async expand(ids: string[], step: ExpandStep) {
    this.follow();
    return this.queries.expand(ids, step);
  }

  async entityPage(id: string, page: RelationPage): Promise<EntityPage | null> {
    this.follow();
    const found = this.queries.entityPage(id, page);
    if (!found) return null;
    const paged = (this.graph.getNodeAttributes(id) as EntityAttributes).merge.entity.docs.slice(page.offset, page.offset + page.limit);
    const documents = pageDocuments(paged, found.edges).map((doc) => ({ id: doc, title: this.graph.hasNode(doc) ? this.summary(doc).title : doc }));
    return { ...found, documents };
  }

  async neighbourhood(id: string, walk: NeighbourWalk) {
    this.follow();
    return this.queries.neighbourhood(id, walk);
  }

  async traceScope(id: string, walk: TraceWalk) {
    this.follow();
    return this.queries.traceScope(id, walk);
  }

  async relationFacts(ids: string[]) {
    this.follow();
    return this.queries.relationFacts(ids);
  }

  async factRelations(facts: Pick<Fact, 'type' | 'start' | 'end'>[], perFact: number) {
    this.follow();
    return this.queries.factRelations(facts, perFact);
  }

  async relationGraph() {
    this.follow();
    return this.queries.relationGraph();
  }

  /** The entities the document gave a facet, from its own list (an answer's `docs` lists only an entity's first documents). */
  async documentEntities(doc: string): Promise<EntityNode[]> {
    this.follow();
    const attrs = this.graph.hasNode(doc) ? this.graph.getNodeAttributes(doc) : null;
    if (!attrs || attrs.label !== 'Document') return [];
    const gave = (id: string) => {
      const entity = this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : null;
      return entity !== null && isEntity(entity) && Object.hasOwn(entity.facets, doc);
    };
    return attrs.entities.filter(gave).sort().map((id) => this.view.entity(id)!);
  }

  async entitiesByLabel(label: EntityLabel) {
    this.follow();
    return this.queries.entitiesByLabel(label);
  }

  async readCypher(): Promise<never> {
    throw new UnsupportedOperationError('Cypher needs the Neo4j store (KG_STORE=neo4j)');
  }

  /** Counts what is in memory plus what the writer has not built yet (an ingest's summary does not build it). */
  async stats(): Promise<GraphStats> {
    this.followEntities();
    const entities = Object.fromEntries(ENTITY_LABELS.map((l) => [l, 0])) as GraphStats['entities'];
    const relations = Object.fromEntries(RELATION_TYPES.map((t) => [t, 0])) as GraphStats['relations'];
    let documents = 0;
    let chunks = 0;
    let mentions = 0;
    this.graph.forEachNode((_, a) => {
      if (a.label === 'Document') documents++;
      else if (a.label === 'Chunk') chunks++;
      else entities[a.label]++;
    });
    this.graph.forEachEdge((_, a) => {
      if (a.type === 'MENTIONED_IN') mentions++;
      else if (a.type in relations) relations[a.type as keyof GraphStats['relations']]++;
    });
    for (const [type, n] of Object.entries(this.unbuilt.relations)) relations[type as keyof GraphStats['relations']] += n!;
    return { documents, chunks, entities, relations, mentions: mentions + this.unbuilt.mentions };
  }

  async *exportAll(): AsyncIterable<ExportRecord> {
    this.follow();
    const records: ExportRecord[] = [];
    this.graph.forEachNode((id, a) => {
      const properties = isEntity(a)
        ? { name: a.merge.entity.name, aliases: a.merge.entity.aliases, docs: a.merge.entity.docs, ...a.merge.entity.props }
        : a.properties;
      records.push({ type: 'node', id, labels: [a.label], properties });
    });
    this.graph.forEachEdge((id, a, source, target) => {
      records.push({ type: 'relationship', id, label: a.type, start: { id: source }, end: { id: target }, properties: a.properties });
    });
    records.sort(compareExport);
    yield* records;
  }
}

/** A writer compacted the journal while it was being read: read again. */
class CompactedMeanwhile extends Error {}
