import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, fsyncSync, ftruncateSync, openSync, readSync, renameSync, writeSync } from 'node:fs';
import { crc32 } from 'node:zlib';

/**
 * An append-only file of checksummed records: a 24-byte header (magic and a
 * random generation that changes whenever the file is replaced), then frames
 * of [payload length u32 LE][crc32 of payload u32 LE][payload]. A frame cut
 * short or whose checksum fails ends the readable part: at the tail that is a
 * write torn by a crash; anywhere else it is damage.
 */
const MAGIC = Buffer.from('KGJRNL01');
const HEADER_BYTES = MAGIC.length + 16;
const FRAME_HEAD = 8;

export interface JournalRead {
  generation: string;
  /** Complete, valid payloads from the offset asked, in order. */
  payloads: Buffer[];
  /** Offset just past the last valid frame. */
  end: number;
  /** Bytes after `end` that do not form a valid frame (0 when the file ends cleanly). */
  invalidBytes: number;
  /** The invalid frame is not the last thing in the file: damage, not a write torn by a crash. */
  damaged: boolean;
  /** The file's size when read. */
  size: number;
}

export class JournalFormatError extends Error {}

/** A record's frame, its text encoded once, straight after the head. */
function frame(payload: string): Buffer {
  const length = Buffer.byteLength(payload);
  const bytes = Buffer.allocUnsafe(FRAME_HEAD + length);
  bytes.write(payload, FRAME_HEAD);
  bytes.writeUInt32LE(length, 0);
  bytes.writeUInt32LE(crc32(bytes.subarray(FRAME_HEAD)), 4);
  return bytes;
}

function header(): { bytes: Buffer; generation: string } {
  const generation = randomBytes(16);
  return { bytes: Buffer.concat([MAGIC, generation]), generation: generation.toString('hex') };
}

/** Creates (or replaces, atomically) `file` as an empty journal; returns its generation. */
export function createJournal(file: string, tmpSuffix: string): string {
  const tmp = `${file}.${tmpSuffix}.tmp`;
  const { bytes, generation } = header();
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
  return generation;
}

function readExactly(fd: number, length: number, position: number): Buffer {
  const out = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, out, done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done === length ? out : out.subarray(0, done);
}

/** Reads the frames of `file` from `from` (the header's end when 0). */
export function readJournal(file: string, from = 0): JournalRead {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const head = readExactly(fd, HEADER_BYTES, 0);
    if (head.length < HEADER_BYTES || !head.subarray(0, MAGIC.length).equals(MAGIC)) {
      throw new JournalFormatError(`${file} is not a journal of this store (bad header); run "kg doctor"`);
    }
    const generation = head.subarray(MAGIC.length).toString('hex');
    let at = Math.max(from, HEADER_BYTES);
    const body = readExactly(fd, Math.max(0, size - at), at);
    const payloads: Buffer[] = [];
    let offset = 0;
    let damaged = false;
    while (offset + FRAME_HEAD <= body.length) {
      const length = body.readUInt32LE(offset);
      const sum = body.readUInt32LE(offset + 4);
      const next = offset + FRAME_HEAD + length;
      if (next > body.length) break;
      const payload = body.subarray(offset + FRAME_HEAD, next);
      if (crc32(payload) !== sum) {
        damaged = next < body.length;
        break;
      }
      payloads.push(payload);
      offset = next;
    }
    at += offset;
    return { generation, payloads, end: at, invalidBytes: size - at, damaged, size };
  } finally {
    closeSync(fd);
  }
}

/** The writer's handle: appends frames and makes each durable before returning. */
export class JournalAppender {
  private constructor(
    private readonly fd: number,
    private position: number,
  ) {}

  /** Opens `file` for appending after its last valid frame, cutting off anything after it. */
  static open(file: string, validEnd: number): JournalAppender {
    const fd = openSync(file, 'r+');
    if (fstatSync(fd).size !== validEnd) {
      ftruncateSync(fd, validEnd);
      fsyncSync(fd);
    }
    return new JournalAppender(fd, validEnd);
  }

  get size(): number {
    return this.position;
  }

  /** Appends one record (UTF-8 text); if the write fails part-way, the partial frame is cut off again. */
  append(payload: string): void {
    const bytes = frame(payload);
    try {
      let done = 0;
      while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done, this.position + done);
      fsyncSync(this.fd);
    } catch (error) {
      try {
        ftruncateSync(this.fd, this.position);
      } catch {
        // The torn frame fails its checksum and is dropped on the next open.
      }
      throw error;
    }
    this.position += bytes.length;
  }

  close(): void {
    closeSync(this.fd);
  }
}
