import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

const HASH_BYTES = 32;

/** sha256 of exactly the text the model sees, hex. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Vectors by content hash, in an append-only binary file of fixed-size
 * records (32-byte sha256, then `dims` little-endian float32). A record cut
 * short by a crash is ignored on load.
 */
export class VectorCache {
  private readonly vectors = new Map<string, Float32Array>();

  private constructor(
    private readonly file: string,
    readonly dims: number,
  ) {}

  static async open(file: string, dims: number): Promise<VectorCache> {
    const cache = new VectorCache(file, dims);
    if (!existsSync(file)) return cache;
    const bytes = await readFile(file);
    const size = HASH_BYTES + dims * 4;
    for (let at = 0; at + size <= bytes.byteLength; at += size) {
      const hash = bytes.subarray(at, at + HASH_BYTES).toString('hex');
      const floats = bytes.buffer.slice(bytes.byteOffset + at + HASH_BYTES, bytes.byteOffset + at + size);
      cache.vectors.set(hash, new Float32Array(floats));
    }
    return cache;
  }

  get size(): number {
    return this.vectors.size;
  }

  get(hash: string): Float32Array | undefined {
    return this.vectors.get(hash);
  }

  async put(entries: { hash: string; vector: Float32Array }[]): Promise<void> {
    const fresh = entries.filter((e) => !this.vectors.has(e.hash));
    if (fresh.length === 0) return;
    const record = HASH_BYTES + this.dims * 4;
    const out = Buffer.alloc(fresh.length * record);
    fresh.forEach(({ hash, vector }, i) => {
      out.write(hash, i * record, HASH_BYTES, 'hex');
      Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength).copy(out, i * record + HASH_BYTES);
      this.vectors.set(hash, vector);
    });
    await mkdir(dirname(this.file), { recursive: true });
    await appendFile(this.file, out);
  }
}
