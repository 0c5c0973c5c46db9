import { analyzeDocument, type AnalyzedDocument } from '../../ingest/analyze/index.ts';
import { chunk } from '../../ingest/chunk.ts';
import { defaultExtractor } from '../../ingest/extract/index.ts';
import { structure } from '../../ingest/structure.ts';
import type { ExtractedDocument } from '../../ingest/types.ts';

/** A text as extraction receives it: cleaned text as given, structured, chunked and analysed; the first line is the title. */
export function analyzedDocument(text: string, title = text.split('\n')[0], name = 't.txt', sha256 = '0'.repeat(64)): AnalyzedDocument {
  const s = structure({ source: { path: name, name, format: 'txt', sha256, raw: text }, text, title });
  const chunked = { ...s, chunks: chunk(s) };
  return { ...chunked, profile: analyzeDocument(chunked) };
}

/** The same, read by the default extractor. */
export function extractedDocument(text: string, name = 't.txt', sha256 = '0'.repeat(64)): ExtractedDocument {
  const doc = analyzedDocument(text, text.split('\n')[0], name, sha256);
  return { ...doc, extraction: defaultExtractor.extract(doc), extractor: `${defaultExtractor.id}@${defaultExtractor.version}` };
}
