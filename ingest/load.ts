import type { SourceFormat } from '../core/records.ts';
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { BinaryContentError, decodeText, looksLikeText } from './encoding.ts';
import { docxToText } from './loaders/docx.ts';
import { decodeHtml, htmlToText } from './loaders/html.ts';
import { pdfToText } from './loaders/pdf.ts';
import type { LoadResult, Stage } from './types.ts';

const FORMATS: Record<string, SourceFormat> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

export function formatOf(path: string): SourceFormat | null {
  return FORMATS[extname(path).toLowerCase()] ?? null;
}

/** What one document may be: larger files are skipped, longer texts refused, each with a one-line reason. */
export interface InputLimits {
  maxFileBytes: number;
  maxDocumentChars: number;
}

/**
 * 20 MB of file and 2 million characters of text: a long annual report is a
 * few hundred thousand characters; extraction takes about a minute and a GB
 * per two million characters.
 */
export const DEFAULT_LIMITS: InputLimits = { maxFileBytes: 20 * 1024 * 1024, maxDocumentChars: 2_000_000 };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export const tooLarge = (bytes: number, limits: InputLimits) =>
  `too large: ${megabytes(bytes)}, the limit is ${megabytes(limits.maxFileBytes)} (KG_MAX_FILE_MB)`;

function unsupported(path: string): string {
  const ext = extname(path);
  return ext ? `unsupported format ${ext}` : 'unsupported format (no extension)';
}

/**
 * Reads one file to text. Never throws: a file that is not a readable
 * document, or is beyond the limits, gives `ok: false` and a short reason.
 */
export async function loadDocument(path: string, limits: InputLimits = DEFAULT_LIMITS): Promise<LoadResult> {
  const fail = (reason: string): LoadResult => ({ ok: false, path, reason });
  const format = formatOf(path);
  if (!format) return fail(unsupported(path));
  let bytes: Buffer;
  try {
    const { size } = await stat(path);
    if (size > limits.maxFileBytes) return fail(tooLarge(size, limits));
    bytes = await readFile(path);
  } catch (error) {
    return fail(readError(error));
  }
  if (bytes.length === 0) return fail('empty file');
  try {
    const { raw, encoding, replaced } = await toText(format, bytes);
    if (raw.trim() === '') return fail(format === 'pdf' ? 'no text layer (scanned PDF?)' : 'no text');
    if (raw.length > limits.maxDocumentChars) {
      return fail(`text too long: ${raw.length.toLocaleString('en')} characters, the limit is ${limits.maxDocumentChars.toLocaleString('en')} (KG_MAX_DOC_CHARS); split the document`);
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const warnings = replaced ? [`${replaced} invalid UTF-8 byte sequence${replaced === 1 ? '' : 's'} replaced by U+FFFD`] : undefined;
    return { ok: true, doc: { path, name: basename(path), format, ...(encoding && { encoding }), ...(warnings && { warnings }), sha256, raw } };
  } catch (error) {
    if (error instanceof BinaryContentError) return fail(error.message);
    return fail(`corrupt ${format}: ${firstLine(error)}`);
  }
}

async function toText(format: SourceFormat, bytes: Buffer): Promise<{ raw: string; encoding?: string; replaced?: number }> {
  switch (format) {
    case 'txt':
    case 'md': {
      const { text, encoding, replaced } = decodeText(bytes);
      return { raw: text, encoding, replaced };
    }
    case 'html': {
      const { text, encoding, replaced } = decodeHtml(bytes);
      if (!looksLikeText(text)) throw new BinaryContentError();
      return { raw: htmlToText(text), encoding, replaced };
    }
    case 'docx':
      return { raw: await docxToText(bytes) };
    case 'pdf':
      return { raw: await pdfToText(bytes) };
  }
}

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return `unreadable: ${firstLine(error)}`;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].trim().slice(0, 200);
}

export const loadStage: Stage<string, LoadResult> = { name: 'load', run: (path) => loadDocument(path) };

export interface FileListing {
  /** Supported files, sorted by file name (then path) so that ingest order does not depend on how paths were given. */
  files: string[];
  skipped: { path: string; reason: string }[];
}

/**
 * Expands files and folders (recursively, dotfiles and dot-folders skipped)
 * into the document files to load; other files, and files larger than the
 * limit, are reported as skipped.
 */
export function listDocumentFiles(paths: string[], limits: InputLimits = DEFAULT_LIMITS): FileListing {
  const found = new Set<string>();
  const skipped: FileListing['skipped'] = [];
  const visit = (path: string) => {
    let stats: ReturnType<typeof statSync>;
    try {
      stats = statSync(path);
    } catch (error) {
      skipped.push({ path, reason: readError(error) });
      return;
    }
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (!entry.startsWith('.')) visit(join(path, entry));
      }
    } else if (formatOf(path) && stats.size > limits.maxFileBytes) {
      skipped.push({ path, reason: tooLarge(stats.size, limits) });
    } else if (formatOf(path)) {
      found.add(path);
    } else {
      skipped.push({ path, reason: unsupported(path) });
    }
  };
  for (const path of paths) visit(path);
  const files = [...found].sort((a, b) => compare(basename(a), basename(b)) || compare(a, b));
  return { files, skipped };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
