import { TopK, type Scored } from './top-k.ts';

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

  /** The rows in use as raw little-endian float32, row i belonging to keys()[i]. */
  matrixBytes(): Uint8Array {
    const used = this.matrix.subarray(0, this.ids.length * this.dims);
    return new Uint8Array(used.buffer, used.byteOffset, used.byteLength);
  }

  /** The index whose rows `bytes` holds (as matrixBytes gave them), row i for ids[i]. */
  static fromMatrix(dims: number, ids: string[], bytes: Uint8Array): VectorIndex {
    if (bytes.byteLength !== ids.length * dims * 4) {
      throw new Error(`vector matrix has ${bytes.byteLength} bytes, ${ids.length} ids of ${dims} dimensions need ${ids.length * dims * 4}`);
    }
    const index = new VectorIndex(dims);
    index.grow(ids.length);
    index.matrix.set(new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)));
    index.ids = [...ids];
    index.rows = new Map(ids.map((id, row) => [id, row]));
    return index;
  }
}
