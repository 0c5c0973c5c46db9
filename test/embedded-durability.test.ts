import { appendFile, readdir, readFile, truncate, unlink, writeFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { EmbeddedStore, JOURNAL_FILE } from '../src/store/embedded.ts';
import { LOCK_FILE } from '../src/store/data-lock.ts';
import { SNAPSHOT_FILE } from '../src/store/snapshot.ts';
import { exportAll, tempDir } from './helpers/corpus.ts';
import { bureau, court, sketchDocument, twoDocuments } from './helpers/graphs.ts';

let dir: Awaited<ReturnType<typeof tempDir>>;
const open: EmbeddedStore[] = [];
beforeEach(async () => {
  dir = await tempDir('kg-durable-');
});
afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
  await dir.remove();
});

async function store(options: ConstructorParameters<typeof EmbeddedStore>[1] = {}): Promise<EmbeddedStore> {
  const s = new EmbeddedStore(dir.path, { notify: () => {}, ...options });
  open.push(s);
  await s.open();
  return s;
}

const withVector = (doc: ReturnType<typeof twoDocuments>['a']) => ({
  ...doc,
  document: { ...doc.document, revision: `${doc.document.sha256}:test:embedded` },
  chunks: doc.chunks.map((c, i) => ({ ...c, embedding: Array.from({ length: 512 }, (_, j) => (j === i ? 1 : 0)) })),
});

test('each write appends one record to the journal: the snapshot is not rewritten', async () => {
  const { a, b } = twoDocuments();
  const writer = await store();
  await writer.writeDocument(a);
  const size = (await readFile(join(dir.path, JOURNAL_FILE))).length;
  await writer.writeDocument(b);
  const grown = (await readFile(join(dir.path, JOURNAL_FILE))).length - size;
  expect(grown).toBeGreaterThan(0);
  expect(grown).toBeLessThan(JSON.stringify(b).length * 2);
  expect(await readdir(dir.path)).not.toContain(SNAPSHOT_FILE);
});

test('a record torn by a crash is cut with a warning; the documents before it stay', async () => {
  const { a, b } = twoDocuments();
  const writer = await store();
  await writer.writeDocument(a);
  const before = await exportAll(writer);
  await writer.writeDocument(b);
  await writer.close();
  const journal = join(dir.path, JOURNAL_FILE);
  await truncate(journal, (await readFile(journal)).length - 7); // b's record, cut short

  expect(await exportAll(await store())).toEqual(before); // a reader skips the torn record
  const warnings: string[] = [];
  const next = await store({ writer: true, notify: (m) => warnings.push(m) });
  expect(warnings.join('\n')).toMatch(/journal\.log: cut \d+ bytes of a record torn by an interrupted write/);
  expect(await exportAll(next)).toEqual(before);
  expect(await next.writeDocument(b)).toEqual({ status: 'created' });
});

test('a journal damaged in the middle is refused with the file and the command that repairs it', async () => {
  const { a, b } = twoDocuments();
  const writer = await store();
  await writer.writeDocument(a);
  await writer.writeDocument(b);
  await writer.close();
  const journal = join(dir.path, JOURNAL_FILE);
  const bytes = await readFile(journal);
  bytes[40] ^= 0xff; // inside the first record
  await writeFile(journal, bytes);
  await expect(store()).rejects.toThrow(`${journal} is damaged at byte 24 (a record fails its checksum and more follow); run "kg doctor"`);
});

test('one writer per data directory: a second waits, or is told who writes', async () => {
  const { a, b } = twoDocuments();
  const first = await store({ writer: true });
  await expect(store({ writer: true })).rejects.toThrow(/already open for writing in this process/);

  // Another process holds the lock: a writer with no time to wait is told its pid.
  const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
  await first.close();
  await writeFile(join(dir.path, LOCK_FILE), JSON.stringify({ pid: holder.pid, host: (await import('node:os')).hostname(), command: 'ingest x', since: 'now' }));
  try {
    await expect(store({ writer: true, lockWaitMs: 0 })).rejects.toThrow(`is being written by pid ${holder.pid} (ingest x, since now); one writer at a time`);
    const waited: string[] = [];
    const waiting = store({ writer: true, lockWaitMs: 30_000, notify: (m) => waited.push(m) });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(waited).toEqual([expect.stringMatching(/being written by pid \d+ .*waiting for it to finish/)]);
    holder.kill('SIGKILL'); // the holder dies without releasing: its lock is stale
    const second = await waiting;
    expect(await second.writeDocument(a)).toEqual({ status: 'created' });
    expect(await second.writeDocument(b)).toEqual({ status: 'created' });
    expect(JSON.parse(await readFile(join(dir.path, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
  } finally {
    holder.kill('SIGKILL');
  }
});

test('a reader follows the writer: new and deleted documents', async () => {
  const { a, b } = twoDocuments();
  const reader = await store();
  const writer = new EmbeddedStore(dir.path, { writer: true });
  await writer.open();
  open.push(writer);
  await writer.writeDocument(a);
  expect((await reader.listDocuments()).map((d) => d.id)).toEqual(['a.txt']);
  await writer.writeDocument(b);
  expect((await reader.getEntity(bureau.id))?.docs).toEqual(['a.txt', 'b.txt']);
  expect(await exportAll(reader)).toEqual(await exportAll(writer));

  await writer.deleteDocument('b.txt');
  expect(await reader.getEntity(court.id)).toBeNull();
  expect((await reader.listDocuments()).map((d) => d.id)).toEqual(['a.txt']);
  expect(await exportAll(reader)).toEqual(await exportAll(writer));
});

test('a record half written is not served until it is whole', async () => {
  const { a, b } = twoDocuments();
  const writer = await store({ writer: true });
  await writer.writeDocument(a);
  await writer.writeDocument(b);
  await writer.close();
  const journal = join(dir.path, JOURNAL_FILE);
  const bytes = await readFile(journal);
  const cut = bytes.length - 50;
  await writeFile(journal, bytes.subarray(0, cut)); // b's record is being appended

  const reader = await store();
  expect((await reader.listDocuments()).map((d) => d.id)).toEqual(['a.txt']);
  expect(await reader.getEntity(court.id)).toBeNull();
  await appendFile(journal, bytes.subarray(cut)); // the append completes
  expect((await reader.listDocuments()).map((d) => d.id)).toEqual(['a.txt', 'b.txt']);
  expect((await reader.getEntity(court.id))?.name).toBe(court.name);
});

test('compaction writes a snapshot and an empty journal; readers and reopens see the same graph', async () => {
  const writer = await store({ writer: true, compactBytes: 1 });
  const reader = await store();
  const { a, b } = twoDocuments();
  await writer.writeDocument(withVector(a));
  expect(await readdir(dir.path)).toEqual(expect.arrayContaining([SNAPSHOT_FILE, 'vectors-1.f32']));
  expect(await exportAll(reader)).toEqual(await exportAll(writer));
  await writer.writeDocument(withVector(b));
  expect((await readdir(dir.path)).filter((f) => f.startsWith('vectors-'))).toEqual(['vectors-2.f32']);
  await writer.deleteDocument('a.txt');
  expect(await exportAll(reader)).toEqual(await exportAll(writer));
  const query = new Float32Array(512).fill(0);
  query[0] = 1;
  expect(await reader.vectorSearch(query, 5)).toEqual(await writer.vectorSearch(query, 5));
  await writer.close();
  expect(await exportAll(await store())).toEqual(await exportAll(reader));
});

test('a missing vector file is named with the command that restores it', async () => {
  const writer = await store({ writer: true, compactBytes: 1 });
  const { a } = twoDocuments();
  await writer.writeDocument(withVector(a));
  await writer.close();
  await unlink(join(dir.path, 'vectors-1.f32'));
  await expect(store()).rejects.toThrow(`${join(dir.path, 'vectors-1.f32')} is missing (the passage vectors of ${join(dir.path, SNAPSHOT_FILE)}); run "kg doctor --repair" to re-embed them`);
  const reopened = await store({ vectorsLost: true });
  expect((await reopened.chunksMissingVectors()).map((c) => c.doc)).toEqual(['a.txt', 'a.txt']);
});

test('replacing a document touches only what it wrote', async () => {
  const writer = await store({ writer: true });
  const { a, b } = twoDocuments();
  await writer.writeDocument(a);
  await writer.writeDocument(b);
  const changed = sketchDocument('b.txt', ['某市中级人民法院审理案件。'], [court], []);
  expect(await writer.writeDocument(changed)).toEqual({ status: 'replaced' });
  expect((await writer.getEntity(bureau.id))?.docs).toEqual(['a.txt']);
  expect((await writer.getEntity(bureau.id))?.aliases).toEqual(['市知识产权局']);
  await writer.close();
  expect(await exportAll(await store())).toEqual(await exportAll(writer));
});
