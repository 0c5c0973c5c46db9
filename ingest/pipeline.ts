import type { DocumentGraph } from '../core/records.ts';
import type { GraphStore, WriteResult } from '../core/store.ts';
import { chunkStage } from './chunk.ts';
import { cleanStage } from './clean.ts';
import { analyzeStage } from './analyze/index.ts';
import { defaultExtractor, extractStage } from './extract/index.ts';
import type { Extractor } from './extract/types.ts';
import { cueWordInstruments } from './instruments/index.ts';
import { lifecycleStage } from './lifecycle/index.ts';
import { DEFAULT_LIMITS, listDocumentFiles, loadDocument, type InputLimits } from './load.ts';
import { describeMerge, resolve, type MergeLogEntry } from './resolve.ts';
import { structureStage } from './structure.ts';
import type { LoadedDocument, Stage } from './types.ts';
import { documentRevision } from './version.ts';
import { writeStage } from './write.ts';

export interface IngestWarning {
  path: string;
  reason: string;
}

export type IngestEvent =
  | { kind: 'start'; total: number }
  | { kind: 'embed'; path: string; done: number; total: number }
  | { kind: 'document'; done: number; total: number; path: string; status: WriteResult['status'] | 'failed' };

export interface IngestOptions {
  /** Optional stage that adds embeddings to a document's graph before it is written. */
  embed?: Stage<DocumentGraph, DocumentGraph>;
  /** The rule extractor unless another is given. */
  extractor?: Extractor;
  /** Codes the Measures by policy instrument before write; without it, by cue words alone. */
  instruments?: Stage<DocumentGraph, DocumentGraph>;
  /** Largest file and longest text ingested (default DEFAULT_LIMITS). */
  limits?: InputLimits;
  onEvent?: (event: IngestEvent) => void;
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

/** Load -> clean -> structure -> chunk -> analyse -> extract -> lifecycle: one document's text to its extraction, no store involved. */
export async function extractDocument(doc: LoadedDocument, extractor: Extractor = defaultExtractor) {
  const clean = await cleanStage.run(doc);
  const structured = await structureStage.run(clean);
  const chunked = await chunkStage.run(structured);
  const analyzed = await analyzeStage.run(chunked);
  return lifecycleStage.run(await extractStage(extractor).run(analyzed));
}

export async function buildDocumentGraph(doc: LoadedDocument, store: GraphStore, extractor: Extractor = defaultExtractor) {
  const extracted = await extractDocument(doc, extractor);
  const lookup = (names: string[]) => store.findEntitiesByName(names);
  const { graph, merges } = await resolve(extracted, lookup);
  graph.document.merges = merges.map(describeMerge);
  return { extracted, graph, merges };
}

/**
 * Ingests files and folders into the store, one document per transaction, in
 * file-name order so that ids and merges do not depend on the order given.
 */
export async function ingestPaths(paths: string[], store: GraphStore, options: IngestOptions = {}): Promise<IngestSummary> {
  const began = performance.now();
  const limits = options.limits ?? DEFAULT_LIMITS;
  const { files, skipped } = listDocumentFiles(paths, limits);
  const summary: IngestSummary = { created: [], replaced: [], unchanged: [], failed: [], skipped, warnings: [], merges: [], dropped: {}, elapsedMs: 0 };
  const stored = new Map((await store.listDocuments()).map((d) => [d.id, d.revision]));
  const seenNames = new Map<string, string>();
  const write = writeStage(store);
  const extractor = options.extractor ?? defaultExtractor;
  const extractorTag = `${extractor.id}@${extractor.version}`;
  options.onEvent?.({ kind: 'start', total: files.length });

  for (const [i, path] of files.entries()) {
    const status = await ingestOne(path);
    options.onEvent?.({ kind: 'document', done: i + 1, total: files.length, path, status });
  }
  summary.elapsedMs = performance.now() - began;
  return summary;

  async function ingestOne(path: string): Promise<WriteResult['status'] | 'failed'> {
    const fail = (reason: string) => {
      summary.failed.push({ path, reason });
      return 'failed' as const;
    };
    const loaded = await loadDocument(path, limits);
    if (!loaded.ok) return fail(loaded.reason);
    const doc = loaded.doc;
    for (const reason of doc.warnings ?? []) summary.warnings.push({ path, reason });
    const clash = seenNames.get(doc.name);
    if (clash) return fail(`same file name as ${clash}; document ids are file names, rename one of them`);
    seenNames.set(doc.name, path);
    // An ingest without embeddings keeps a stored document that has them.
    const upToDate = [documentRevision(doc.sha256, extractorTag, true), ...(options.embed ? [] : [documentRevision(doc.sha256, extractorTag, false)])];
    if (upToDate.includes(stored.get(doc.name) ?? '')) {
      summary.unchanged.push(doc.name);
      return 'unchanged';
    }
    try {
      const { extracted, graph: built, merges } = await buildDocumentGraph(doc, store, extractor);
      const graph = await (options.instruments ?? cueWordInstruments).run(built);
      const ready = options.embed
        ? { ...(await options.embed.run(graph)), document: { ...graph.document, revision: documentRevision(doc.sha256, extractorTag, true) } }
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
