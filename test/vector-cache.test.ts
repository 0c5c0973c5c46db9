import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentHash, VectorCache } from '../src/search/vector-cache.ts';
import { tempDir } from './helpers/corpus.ts';

const DIMS = 4;
const vector = (seed: number) => Float32Array.from({ length: DIMS }, (_, i) => seed + i / 10);
const entry = (seed: number) => ({ hash: contentHash(`passage ${seed}`), vector: vector(seed) });

let dir: Awaited<ReturnType<typeof tempDir>>;
let file: string;
beforeEach(async () => {
  dir = await tempDir('kg-cache-');
  file = join(dir.path, 'cache.bin');
});
afterEach(() => dir.remove());

test('a record torn at the end is cut before the next append, so later vectors stay aligned', async () => {
  const first = await VectorCache.open(file, DIMS);
  await first.put([entry(1), entry(2)]);
  await appendFile(file, Buffer.from('half a record')); // a crash in the middle of an append

  const afterCrash = await VectorCache.open(file, DIMS);
  expect(afterCrash.check).toEqual({ records: 2, badRecords: 0, tornBytes: 13 });
  await afterCrash.put([entry(3), entry(4)]);

  const reopened = await VectorCache.open(file, DIMS);
  expect(reopened.check).toEqual({ records: 4, badRecords: 0, tornBytes: 0 });
  for (const seed of [1, 2, 3, 4]) expect(Array.from(reopened.get(entry(seed).hash)!)).toEqual(Array.from(vector(seed)));
});

test('a damaged record is skipped, never read as another passage’s vector', async () => {
  const cache = await VectorCache.open(file, DIMS);
  await cache.put([entry(1), entry(2), entry(3)]);
  const bytes = await readFile(file);
  const recordBytes = cache.recordBytes;
  bytes[bytes.length - 2 * recordBytes + 40] ^= 0xff; // a float of the second record
  await writeFile(file, bytes);

  const reopened = await VectorCache.open(file, DIMS);
  expect(reopened.check).toEqual({ records: 2, badRecords: 1, tornBytes: 0 });
  expect(reopened.get(entry(2).hash)).toBeUndefined();
  expect(Array.from(reopened.get(entry(3).hash)!)).toEqual(Array.from(vector(3)));

  await reopened.repair();
  expect((await VectorCache.open(file, DIMS)).check).toEqual({ records: 2, badRecords: 0, tornBytes: 0 });
});

test('a file that is not a cache of these dimensions is refused with the file and the command', async () => {
  await writeFile(file, Buffer.from('something else entirely'));
  await expect(VectorCache.open(file, DIMS)).rejects.toThrow(`${file} is not an embedding cache of 4 dimensions; run "kg doctor --repair"`);
});
