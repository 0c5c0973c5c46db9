import type { DocumentGraph } from '../core/records.ts';
import type { GraphStore, WriteResult } from '../core/store.ts';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { defaultExtractor } from './extract/index.ts';
import type { Extractor } from './extract/types.ts';
import { cueWordInstruments } from './instruments/index.ts';
import { DEFAULT_LIMITS, listDocumentFiles, type InputLimits } from './load.ts';
import { extractDocument, extractorTag, prepare, type Prepared } from './prepare.ts';
import { describeMerge, resolve, type MergeLogEntry } from './resolve.ts';
import type { ExtractedDocument, LoadedDocument, Stage } from './types.ts';
import { documentRevision } from './version.ts';
import { PreparePool } from './worker-pool.ts';
import { writeStage } from './write.ts';

export { extractDocument };

export interface IngestWarning {
  path: string;
  reason: string;
}

export type IngestEvent =
  | { kind: 'start'; total: number }
  | { kind: 'embed'; path: string; done: number; total: number }
  | { kind: 'document'; done: number; total: number; path: string; status: WriteResult['status'] | 'failed' };

/** The files of a shard and the files before each of them, for ingests that run side by side. */
export interface DocumentTurns {
  /** Resolves once every file before `position` in the whole listing is settled in the store (stored, or recorded as failed). */
  waitForEarlier(position: number): Promise<void>;
  /** Records that a file of this shard failed, so that the other shards stop waiting for it. */
  failed(path: string, reason: string): Promise<void>;
}

export interface IngestOptions {
  /** Optional stage that adds embeddings to a document's graph before it is written. */
  embed?: Stage<DocumentGraph, DocumentGraph>;
  /** The rule extractor unless another is given; another extractor runs in this thread (workers use the default). */
  extractor?: Extractor;
  /** Codes the Measures by policy instrument before write; without it, by cue words alone. */
  instruments?: Stage<DocumentGraph, DocumentGraph>;
  /** Largest file and longest text ingested (default DEFAULT_LIMITS). */
  limits?: InputLimits;
  onEvent?: (event: IngestEvent) => void;
  /** Worker threads that load and extract documents in parallel (default 1: in this thread). */
  workers?: number;
  /** Ingest only the files at positions `index`, `index + count`, … of the listing (side-by-side processes). */
  shard?: { index: number; count: number };
  /** With `shard`: how this process takes its turn among the others, so that all commit in the listing's order. */
  turns?: DocumentTurns;
}

export interface IngestSummary {
  created: string[];
  replaced: string[];
  unchanged: string[];
  failed: IngestWarning[];
  /** Files that were not documents (unsupported type, unreadable, too large): reported, not fatal. */
  skipped: IngestWarning[];
  /** Documents ingested with something the user should know (damaged bytes replaced). */
  warnings: IngestWarning[];
  merges: MergeLogEntry[];
  dropped: Record<string, number>;
  elapsedMs: number;
}

/** A document's extraction resolved against the store: its write unit and the merges made. */
export async function resolveDocument(extracted: ExtractedDocument, store: GraphStore) {
  const { graph, merges } = await resolve(extracted, (names) => store.findEntitiesByName(names));
  graph.document.merges = merges.map(describeMerge);
  return { extracted, graph, merges };
}

export async function buildDocumentGraph(doc: LoadedDocument, store: GraphStore, extractor: Extractor = defaultExtractor) {
  return resolveDocument(await extractDocument(doc, extractor), store);
}

/**
 * One core is left to the thread that resolves, embeds and writes: on two
 * cores, two extraction threads beside it ingested 100 documents 22% slower
 * than extracting in that thread (`npm run bench -- scale`).
 */
export const defaultWorkers = () => Math.max(1, availableParallelism() - 1);

/**
 * Ingests files and folders into the store, one document per transaction.
 * Documents are resolved and written in file-name order whatever prepared
 * them first (worker threads, other shards), because a document's entities
 * merge into those stored before it: the same files give the same graph
 * however the work was spread.
 */
export async function ingestPaths(paths: string[], store: GraphStore, options: IngestOptions = {}): Promise<IngestSummary> {
  const began = performance.now();
  const limits = options.limits ?? DEFAULT_LIMITS;
  const listing = listDocumentFiles(paths, limits);
  const shard = options.shard ?? { index: 0, count: 1 };
  const files = listing.files.map((path, position) => ({ path, position })).filter((f) => f.position % shard.count === shard.index);
  const summary: IngestSummary = { created: [], replaced: [], unchanged: [], failed: [], skipped: listing.skipped, warnings: [], merges: [], dropped: {}, elapsedMs: 0 };
  const stored = new Map((await store.listDocuments()).map((d) => [d.id, d.revision]));
  const seenNames = new Map<string, string>();
  const write = writeStage(store);
  const extractor = options.extractor ?? defaultExtractor;
  const tag = extractorTag(extractor);
  const embed = Boolean(options.embed);
  const storedRevision = (path: string) => stored.get(basename(path));
  options.onEvent?.({ kind: 'start', total: files.length });

  // Worker threads run the default extractor only: another one is not sent across threads.
  const workers = extractor === defaultExtractor ? Math.max(1, options.workers ?? 1) : 1;
  const pool = workers > 1 ? new PreparePool(workers) : null;
  const prepareFile = (path: string) =>
    pool ? pool.prepare(path, storedRevision(path), embed, limits) : prepare(path, { stored: storedRevision(path), embed, limits, extractor });
  // Files prepared ahead of the one being written: enough to keep every worker busy, few enough to bound memory.
  const ahead = new Map<number, Promise<Prepared>>();
  const prefetch = (from: number) => {
    for (let i = from; i < Math.min(files.length, from + (pool ? workers * 2 : 1)); i++) {
      if (!ahead.has(i)) ahead.set(i, prepareFile(files[i].path));
    }
  };
  try {
    for (const [i, { path, position }] of files.entries()) {
      prefetch(i);
      const prepared = await ahead.get(i)!;
      ahead.delete(i);
      prefetch(i + 1);
      await options.turns?.waitForEarlier(position);
      const status = await commit(path, prepared);
      if (status === 'failed') await options.turns?.failed(path, summary.failed.at(-1)!.reason);
      options.onEvent?.({ kind: 'document', done: i + 1, total: files.length, path, status });
    }
  } finally {
    await pool?.close();
  }
  summary.elapsedMs = performance.now() - began;
  return summary;

  async function commit(path: string, prepared: Prepared): Promise<WriteResult['status'] | 'failed'> {
    const fail = (reason: string) => {
      summary.failed.push({ path, reason });
      return 'failed' as const;
    };
    if (prepared.kind === 'failed') return fail(prepared.reason);
    const doc = prepared.doc;
    for (const reason of doc.warnings ?? []) summary.warnings.push({ path, reason });
    const clash = seenNames.get(doc.name);
    if (clash) return fail(`same file name as ${clash}; document ids are file names, rename one of them`);
    seenNames.set(doc.name, path);
    if (prepared.kind === 'unchanged') {
      summary.unchanged.push(doc.name);
      return 'unchanged';
    }
    try {
      const { extracted, graph: resolved, merges } = await resolveDocument(prepared.extracted, store);
      const graph = await (options.instruments ?? cueWordInstruments).run(resolved);
      const ready = options.embed
        ? { ...(await options.embed.run(graph)), document: { ...graph.document, revision: documentRevision(doc.sha256, tag, true) } }
        : graph;
      const result = await write.run(ready);
      summary[result.status].push(doc.name);
      summary.merges.push(...merges);
      for (const [reason, n] of Object.entries(extracted.extraction.dropped)) {
        summary.dropped[reason] = (summary.dropped[reason] ?? 0) + n;
      }
      return result.status;
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error));
    }
  }
}
