import { createHash } from 'node:crypto';
import type { Chunk, ChunkedDocument, Span, Stage, StructuredDocument } from './types.ts';

/** A chunk closes once it reaches this length, and grows past it only by a sentence that fits under the cap. */
export const CHUNK_TARGET = 300;
export const CHUNK_MAX = 500;

/** A piece that chunking packs: a prose sentence or a table row. */
interface Piece extends Span {
  /** Pieces of different groups never share a chunk: a section (at any level), or one table. */
  group: string;
  sectionPath: string[];
}

export function chunkId(docSha256: string, start: number, end: number): string {
  return 'c_' + createHash('sha256').update(`${docSha256}:${start}:${end}`).digest('hex').slice(0, 16);
}

function sectionPathOf(doc: StructuredDocument, section: number | null): string[] {
  const titles: string[] = [];
  for (let at = section; at !== null; at = doc.sections[at].parent) titles.unshift(doc.sections[at].title);
  return titles;
}

function pieces(doc: StructuredDocument): Piece[] {
  const prose: Piece[] = doc.sentences.map((s) => ({
    start: s.start,
    end: s.end,
    group: `s${s.section}`,
    sectionPath: s.sectionPath,
  }));
  const rows: Piece[] = doc.tables.flatMap((t) => {
    const path = sectionPathOf(doc, t.section);
    // The header row travels with the first data row so that chunk reads as a table.
    const spans = [{ start: t.start, end: t.rowSpans[0]?.end ?? t.end }, ...t.rowSpans.slice(1)];
    return spans.map((span) => ({ ...span, group: `t${t.index}`, sectionPath: path }));
  });
  return [...prose, ...rows].sort((a, b) => a.start - b.start);
}

/** Sentence-aligned passages of about 300–500 characters with content-derived ids. */
export function chunk(doc: StructuredDocument): Chunk[] {
  const chunks: Chunk[] = [];
  let open: Piece[] = [];
  const close = () => {
    if (!open.length) return;
    const start = open[0].start;
    const end = open[open.length - 1].end;
    chunks.push({ id: chunkId(doc.source.sha256, start, end), index: chunks.length, text: doc.text.slice(start, end), start, end, sectionPath: open[0].sectionPath });
    open = [];
  };
  for (const piece of pieces(doc)) {
    if (open.length) {
      const length = open[open.length - 1].end - open[0].start;
      const grown = piece.end - open[0].start;
      if (piece.group !== open[0].group || length >= CHUNK_TARGET || grown > CHUNK_MAX) close();
    }
    open.push(piece);
  }
  close();
  return chunks;
}

export const chunkStage: Stage<StructuredDocument, ChunkedDocument> = {
  name: 'chunk',
  run: (doc) => ({ ...doc, chunks: chunk(doc) }),
};
