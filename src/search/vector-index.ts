import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TopK, type Scored } from './top-k.ts';

const MATRIX_FILE = 'vectors.f32';
const IDS_FILE = 'vectors.json';

/**
 * Exact cosine search over unit vectors kept in one contiguous Float32Array
 * (row i belongs to ids[i]). Brute force is exact and, at a few thousand
 * passages, well under a millisecond per query.
 */
export class VectorIndex {
  private ids: string[] = [];
  private rows = new Map<string, number>();
  private matrix: Float32Array;

  constructor(readonly dims: number) {
    this.matrix = new Float32Array(dims * 64);
  }

  get size(): number {
    return this.ids.length;
  }

  has(id: string): boolean {
    return this.rows.has(id);
  }

  keys(): string[] {
    return [...this.ids];
  }

  /** Adds or replaces `id`'s vector, stored normalised so that a dot product is the cosine. */
  set(id: string, vector: ArrayLike<number>): void {
    if (vector.length !== this.dims) throw new Error(`vector for ${id} has ${vector.length} dimensions, the index ${this.dims}`);
    let row = this.rows.get(id);
    if (row === undefined) {
      row = this.ids.length;
      this.grow(row + 1);
      this.ids.push(id);
      this.rows.set(id, row);
    }
    let norm = 0;
    for (let i = 0; i < this.dims; i++) norm += vector[i] * vector[i];
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    const offset = row * this.dims;
    for (let i = 0; i < this.dims; i++) this.matrix[offset + i] = vector[i] * scale;
  }

  /** Removes ids, moving the last rows into the holes so the matrix stays contiguous. */
  delete(ids: Iterable<string>): void {
    for (const id of ids) {
      const row = this.rows.get(id);
      if (row === undefined) continue;
      const last = this.ids.length - 1;
      if (row !== last) {
        const moved = this.ids[last];
        this.matrix.copyWithin(row * this.dims, last * this.dims, (last + 1) * this.dims);
        this.ids[row] = moved;
        this.rows.set(moved, row);
      }
      this.ids.pop();
      this.rows.delete(id);
    }
  }

  vector(id: string): Float32Array | null {
    const row = this.rows.get(id);
    return row === undefined ? null : this.matrix.slice(row * this.dims, (row + 1) * this.dims);
  }

  search(query: ArrayLike<number>, k: number): Scored[] {
    if (query.length !== this.dims) throw new Error(`query has ${query.length} dimensions, the index ${this.dims}`);
    let norm = 0;
    for (let i = 0; i < this.dims; i++) norm += query[i] * query[i];
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    const top = new TopK(k);
    const { matrix, dims } = this;
    for (let row = 0; row < this.ids.length; row++) {
      let dot = 0;
      const offset = row * dims;
      for (let i = 0; i < dims; i++) dot += matrix[offset + i] * query[i];
      top.offer(this.ids[row], dot * scale);
    }
    return top.sorted();
  }

  private grow(rows: number): void {
    if (rows * this.dims <= this.matrix.length) return;
    const bigger = new Float32Array(Math.max(rows, this.matrix.length / this.dims * 2) * this.dims);
    bigger.set(this.matrix);
    this.matrix = bigger;
  }

  /** Writes the matrix (raw little-endian float32) and the ids beside it, each with an atomic rename. */
  async save(dir: string): Promise<void> {
    const used = this.matrix.subarray(0, this.ids.length * this.dims);
    const bytes = new Uint8Array(used.buffer, used.byteOffset, used.byteLength);
    await writeFile(join(dir, `${MATRIX_FILE}.tmp`), bytes);
    await writeFile(join(dir, `${IDS_FILE}.tmp`), JSON.stringify({ dims: this.dims, ids: this.ids }));
    await rename(join(dir, `${MATRIX_FILE}.tmp`), join(dir, MATRIX_FILE));
    await rename(join(dir, `${IDS_FILE}.tmp`), join(dir, IDS_FILE));
  }

  /** The index saved in `dir`, or an empty one when nothing was saved there. */
  static async load(dir: string, dims: number): Promise<VectorIndex> {
    const index = new VectorIndex(dims);
    if (!existsSync(join(dir, IDS_FILE)) || !existsSync(join(dir, MATRIX_FILE))) return index;
    const saved = JSON.parse(await readFile(join(dir, IDS_FILE), 'utf8')) as { dims: number; ids: string[] };
    const bytes = await readFile(join(dir, MATRIX_FILE));
    if (saved.dims !== dims || bytes.byteLength !== saved.ids.length * dims * 4) {
      throw new Error(`${join(dir, MATRIX_FILE)} does not match ${IDS_FILE}; delete both and ingest again`);
    }
    index.grow(saved.ids.length);
    index.matrix.set(new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)));
    index.ids = saved.ids;
    index.rows = new Map(saved.ids.map((id, row) => [id, row]));
    return index;
  }
}
