import type { ExtractedDocument, LoadedDocument } from './types.ts';
import { chunkStage } from './chunk.ts';
import { cleanStage } from './clean.ts';
import { analyzeStage } from './analyze/index.ts';
import { defaultExtractor, extractStage } from './extract/index.ts';
import type { Extractor } from './extract/types.ts';
import { lifecycleStage } from './lifecycle/index.ts';
import { DEFAULT_LIMITS, loadDocument, type InputLimits } from './load.ts';
import { structureStage } from './structure.ts';
import { documentRevision } from './version.ts';

/** Clean -> structure -> chunk -> analyse -> extract -> lifecycle: one loaded document to its extraction, no store involved. */
export async function extractDocument(doc: LoadedDocument, extractor: Extractor = defaultExtractor): Promise<ExtractedDocument> {
  const clean = await cleanStage.run(doc);
  const structured = await structureStage.run(clean);
  const chunked = await chunkStage.run(structured);
  const analyzed = await analyzeStage.run(chunked);
  return lifecycleStage.run(await extractStage(extractor).run(analyzed));
}

/** `id@version` of an extractor, part of every revision it stores. */
export const extractorTag = (extractor: Extractor = defaultExtractor) => `${extractor.id}@${extractor.version}`;

/** Whether a stored revision is up to date for a file with this hash; an ingest without embeddings keeps a stored document that has them. */
export function upToDate(sha256: string, tag: string, stored: string | undefined, embed: boolean): boolean {
  return [documentRevision(sha256, tag, true), ...(embed ? [] : [documentRevision(sha256, tag, false)])].includes(stored ?? '');
}

/** What a file becomes before it meets the store: unreadable, unchanged since it was stored, or extracted. */
export type Prepared =
  | { kind: 'failed'; reason: string; sha256?: string }
  | { kind: 'unchanged'; doc: LoadedDocument }
  | { kind: 'analyzed'; doc: LoadedDocument; extracted: ExtractedDocument };

export interface PrepareOptions {
  /** The revision the store holds for this file name, if any. */
  stored?: string;
  embed: boolean;
  limits?: InputLimits;
  /** The default rule extractor unless given (worker threads always use the default). */
  extractor?: Extractor;
}

/** Loads a file and, unless the stored revision is up to date, extracts it (the part of an ingest worker threads run). */
export async function prepare(path: string, options: PrepareOptions): Promise<Prepared> {
  const loaded = await loadDocument(path, options.limits ?? DEFAULT_LIMITS);
  if (!loaded.ok) return { kind: 'failed', reason: loaded.reason };
  const doc = loaded.doc;
  const extractor = options.extractor ?? defaultExtractor;
  if (upToDate(doc.sha256, extractorTag(extractor), options.stored, options.embed)) return { kind: 'unchanged', doc };
  try {
    return { kind: 'analyzed', doc, extracted: await extractDocument(doc, extractor) };
  } catch (error) {
    return { kind: 'failed', reason: error instanceof Error ? error.message : String(error), sha256: doc.sha256 };
  }
}
