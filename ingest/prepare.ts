import type { ExtractedDocument, LoadedDocument } from './types.ts';
import { chunkStage } from './chunk.ts';
import { cleanStage } from './clean.ts';
import { extractStage } from './extract/index.ts';
import { loadStage } from './load.ts';
import { structureStage } from './structure.ts';
import { documentRevision } from './version.ts';

/** Load -> clean -> structure -> chunk -> extract: one document's text to its extraction, no store involved. */
export async function analyze(doc: LoadedDocument): Promise<ExtractedDocument> {
  const clean = await cleanStage.run(doc);
  const structured = await structureStage.run(clean);
  const chunked = await chunkStage.run(structured);
  return extractStage.run(chunked);
}

/** Whether a stored revision is up to date for a file with this hash; an ingest without embeddings keeps a stored document that has them. */
export function upToDate(sha256: string, stored: string | undefined, embed: boolean): boolean {
  return [documentRevision(sha256, true), ...(embed ? [] : [documentRevision(sha256, false)])].includes(stored ?? '');
}

/** What a file becomes before it meets the store: unreadable, unchanged since it was stored, or analysed. */
export type Prepared =
  | { kind: 'failed'; reason: string; sha256?: string }
  | { kind: 'unchanged'; doc: LoadedDocument }
  | { kind: 'analyzed'; doc: LoadedDocument; extracted: ExtractedDocument };

/** Loads a file and, unless the stored revision is up to date, analyses it (the part of an ingest worker threads run). */
export async function prepare(path: string, stored: string | undefined, embed: boolean): Promise<Prepared> {
  const loaded = await loadStage.run(path);
  if (!loaded.ok) return { kind: 'failed', reason: loaded.reason };
  const doc = loaded.doc;
  if (upToDate(doc.sha256, stored, embed)) return { kind: 'unchanged', doc };
  try {
    return { kind: 'analyzed', doc, extracted: await analyze(doc) };
  } catch (error) {
    return { kind: 'failed', reason: error instanceof Error ? error.message : String(error), sha256: doc.sha256 };
  }
}
