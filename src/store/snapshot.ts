import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const SNAPSHOT_FILE = 'snapshot.jsonl';
const FORMAT = 'policy-kg snapshot';
const VERSION = 2;

export interface SnapshotHeader {
  format: typeof FORMAT;
  version: typeof VERSION;
  /** The last journal record the snapshot includes. */
  seq: number;
  /** The vector matrix written beside it (vectorsFile(seq)), row i belonging to ids[i]. */
  vectors: { dims: number; ids: string[] };
}

/** One node or edge of the graph, as a line of the snapshot. */
export type SnapshotLine = { n: [string, unknown] } | { e: [string, string, string, unknown] };

export const vectorsFile = (seq: number) => `vectors-${seq}.f32`;

export class SnapshotError extends Error {}

/** Writes the snapshot (its vectors first, then its lines), each file to a temp name unique to this process and renamed into place. */
export function writeSnapshot(dir: string, header: SnapshotHeader, matrix: Uint8Array, lines: Iterable<SnapshotLine>, tmpSuffix: string): number {
  writeDurably(join(dir, vectorsFile(header.seq)), tmpSuffix, (fd) => writeSync(fd, matrix));
  let bytes = 0;
  writeDurably(join(dir, SNAPSHOT_FILE), tmpSuffix, (fd) => {
    let pending: string[] = [JSON.stringify(header)];
    let pendingChars = 0;
    const flush = () => {
      const buffer = Buffer.from(pending.join('\n') + '\n');
      bytes += writeSync(fd, buffer);
      pending = [];
      pendingChars = 0;
    };
    for (const line of lines) {
      const text = JSON.stringify(line);
      pending.push(text);
      pendingChars += text.length;
      if (pendingChars > 1 << 20) flush();
    }
    flush();
  });
  return bytes;
}

function writeDurably(file: string, tmpSuffix: string, write: (fd: number) => void): void {
  const tmp = `${file}.${tmpSuffix}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    write(fd);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}

export interface Snapshot {
  header: SnapshotHeader;
  lines: SnapshotLine[];
  matrix: Buffer;
  bytes: number;
}

const damaged = (file: string, what: string) =>
  new SnapshotError(`${file} is damaged (${what}); run "kg doctor" to check the data directory`);

/**
 * The snapshot of `dir`, or null when none was written yet. With
 * `vectorsLost`, a missing or damaged vector matrix gives no vectors instead
 * of an error (kg doctor --repair then embeds the passages again).
 */
export function readSnapshot(dir: string, vectorsLost = false): Snapshot | null {
  const file = join(dir, SNAPSHOT_FILE);
  if (!existsSync(file)) return null;
  const bytes = readFileSync(file);
  const lines: SnapshotLine[] = [];
  let header: SnapshotHeader | null = null;
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(10, start);
    if (end < 0) end = bytes.length;
    if (end > start) {
      let value: unknown;
      try {
        value = JSON.parse(bytes.toString('utf8', start, end));
      } catch {
        throw damaged(file, `line ${lines.length + 1} is not JSON`);
      }
      if (header) lines.push(value as SnapshotLine);
      else header = value as SnapshotHeader;
    }
    start = end + 1;
  }
  if (!header || header.format !== FORMAT) throw damaged(file, 'no snapshot header');
  if (header.version !== VERSION) {
    throw new SnapshotError(`${file} was written by another version of the store; delete ${dir} and ingest again`);
  }
  const matrixFile = join(dir, vectorsFile(header.seq));
  const lost = !existsSync(matrixFile) || statSync(matrixFile).size !== header.vectors.ids.length * header.vectors.dims * 4;
  if (lost && vectorsLost) return { header: { ...header, vectors: { ...header.vectors, ids: [] } }, lines, matrix: Buffer.alloc(0), bytes: bytes.length };
  if (!existsSync(matrixFile)) {
    throw new SnapshotError(`${matrixFile} is missing (the passage vectors of ${file}); run "kg doctor --repair" to re-embed them`);
  }
  const matrix = readFileSync(matrixFile);
  if (matrix.byteLength !== header.vectors.ids.length * header.vectors.dims * 4) {
    throw new SnapshotError(`${matrixFile} has ${matrix.byteLength} bytes, ${header.vectors.ids.length} vectors expected; run "kg doctor --repair"`);
  }
  return { header, lines, matrix, bytes: bytes.length };
}
