import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, fsyncSync, ftruncateSync, openSync, renameSync, writeSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { crc32 } from 'node:zlib';

const HASH_BYTES = 32;
const CRC_BYTES = 4;
const MAGIC = Buffer.from('KGVEC002');
const HEADER_BYTES = MAGIC.length + 4;

/** sha256 of exactly the text the model sees, hex. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** What opening the cache found wrong; the cache reads past it, and `repair` rewrites the file without it. */
export interface CacheCheck {
  records: number;
  /** Whole records whose checksum fails (skipped: the records after them stay aligned). */
  badRecords: number;
  /** Bytes at the end that are not a whole record: a write cut short. */
  tornBytes: number;
}

export class VectorCacheError extends Error {}

/**
 * Vectors by content hash, in an append-only binary file: a header (magic,
 * dimensions) then fixed-size records (32-byte sha256, `dims` little-endian
 * float32, crc32 of both). A record that fails its checksum is skipped and a
 * tail cut short by a crash is cut off before the next append, so a damaged
 * record can never shift the vectors after it.
 */
export class VectorCache {
  private readonly vectors = new Map<string, Float32Array>();
  check: CacheCheck = { records: 0, badRecords: 0, tornBytes: 0 };

  private constructor(
    readonly file: string,
    readonly dims: number,
  ) {}

  get recordBytes(): number {
    return HASH_BYTES + this.dims * 4 + CRC_BYTES;
  }

  static async open(file: string, dims: number): Promise<VectorCache> {
    const cache = new VectorCache(file, dims);
    if (!existsSync(file)) return cache;
    const bytes = await readFile(file);
    if (bytes.length < HEADER_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC) || bytes.readUInt32LE(MAGIC.length) !== dims) {
      throw new VectorCacheError(`${file} is not an embedding cache of ${dims} dimensions; run "kg doctor --repair" to start it afresh`);
    }
    const size = cache.recordBytes;
    let at = HEADER_BYTES;
    for (; at + size <= bytes.byteLength; at += size) {
      const body = bytes.subarray(at, at + size - CRC_BYTES);
      if (crc32(body) !== bytes.readUInt32LE(at + size - CRC_BYTES)) {
        cache.check.badRecords++;
        continue;
      }
      const hash = body.subarray(0, HASH_BYTES).toString('hex');
      const floats = bytes.buffer.slice(bytes.byteOffset + at + HASH_BYTES, bytes.byteOffset + at + size - CRC_BYTES);
      cache.vectors.set(hash, new Float32Array(floats));
      cache.check.records++;
    }
    cache.check.tornBytes = bytes.byteLength - at;
    return cache;
  }

  get size(): number {
    return this.vectors.size;
  }

  get(hash: string): Float32Array | undefined {
    return this.vectors.get(hash);
  }

  private record(hash: string, vector: Float32Array): Buffer {
    const out = Buffer.alloc(this.recordBytes);
    out.write(hash, 0, HASH_BYTES, 'hex');
    Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength).copy(out, HASH_BYTES);
    out.writeUInt32LE(crc32(out.subarray(0, this.recordBytes - CRC_BYTES)), this.recordBytes - CRC_BYTES);
    return out;
  }

  async put(entries: { hash: string; vector: Float32Array }[]): Promise<void> {
    const fresh = entries.filter((e) => !this.vectors.has(e.hash));
    if (fresh.length === 0) return;
    const out = Buffer.concat(fresh.map(({ hash, vector }) => this.record(hash, vector)));
    for (const { hash, vector } of fresh) this.vectors.set(hash, vector);
    await mkdir(dirname(this.file), { recursive: true });
    const fd = openSync(this.file, 'a+');
    try {
      const end = fstatSync(fd).size;
      if (end === 0) writeSync(fd, this.header());
      else {
        // A tail torn by a crash is cut first, so that what is appended stays aligned (appends from other processes are whole records).
        const aligned = HEADER_BYTES + Math.floor((end - HEADER_BYTES) / this.recordBytes) * this.recordBytes;
        if (aligned !== end) ftruncateSync(fd, aligned);
      }
      writeSync(fd, out);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  private header(): Buffer {
    const header = Buffer.alloc(HEADER_BYTES);
    MAGIC.copy(header);
    header.writeUInt32LE(this.dims, MAGIC.length);
    return header;
  }

  /** Rewrites the file with only its valid records (kg doctor --repair). */
  async repair(): Promise<void> {
    const records = [...this.vectors].map(([hash, vector]) => this.record(hash, vector));
    await mkdir(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, Buffer.concat([this.header(), ...records]));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.file);
    this.check = { records: records.length, badRecords: 0, tornBytes: 0 };
  }
}
