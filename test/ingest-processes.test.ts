import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { get } from 'node:http';
import { join } from 'node:path';
import { CORPUS_DIR, tempDir } from './helpers/corpus.ts';
import { kgSpawn, kgSync } from './helpers/kg-process.ts';

// The embedded store as processes use it: several kg commands on one data directory.

const corpusFiles = async () => (await readdir(CORPUS_DIR)).filter((f) => f.endsWith('.txt')).sort();

let dir: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  dir = await tempDir('kg-procs-');
});
afterEach(() => dir.remove());

const env = (data: string, extra: Record<string, string> = {}) => ({ KG_DATA_DIR: data, KG_STORE: 'embedded', ...extra });

async function exported(data: string): Promise<string> {
  const out = join(dir.path, `export-${Math.random()}.jsonl`);
  const r = kgSync(['export', '--out', out], env(data));
  if (r.code !== 0) throw new Error(r.err);
  return readFile(out, 'utf8');
}

/** One request on a connection of its own (a kept-alive one may be closed by the server while a slow ingest runs). */
function getJson(url: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve(JSON.parse(body)));
    }).on('error', reject);
  });
}

async function split(): Promise<[string, string]> {
  const files = await corpusFiles();
  const halves: [string, string] = [join(dir.path, 'first'), join(dir.path, 'second')];
  for (const [i, folder] of halves.entries()) {
    await mkdir(folder);
    for (const f of files.filter((_, j) => j % 2 === i)) await copyFile(join(CORPUS_DIR, f), join(folder, f));
  }
  return halves;
}

test('two ingests at once into one data directory: both finish and every document is stored', async () => {
  const [first, second] = await split();
  const data = join(dir.path, 'data');
  const a = kgSpawn(['ingest', '--no-embed', '--workers', '1', first], env(data));
  const b = kgSpawn(['ingest', '--no-embed', '--workers', '1', second], env(data));
  const [ra, rb] = await Promise.all([a.done, b.done]);
  expect([ra.code, rb.code]).toEqual([0, 0]);
  const stats = kgSync(['stats'], env(data));
  expect(stats.out).toMatch(new RegExp(`^documents ${(await corpusFiles()).length} `, 'm'));
  // One of them waited for the other (or they did not overlap at all).
  expect(`${ra.err}${rb.err}`).toMatch(/waiting for it to finish|^(?![\s\S]*waiting)/);
}, 180_000);

test('kill -9 at any point of an ingest leaves a store that opens and finishes to the graph of a clean ingest', async () => {
  const clean = join(dir.path, 'clean');
  expect(kgSync(['ingest', '--no-embed', '--workers', '1', CORPUS_DIR], env(clean)).code).toBe(0);
  const expected = await exported(clean);

  const data = join(dir.path, 'killed');
  // Compaction after every few records, so that kills also land in the middle of one.
  const killed = env(data, { KG_COMPACT_BYTES: '300000' });
  for (const afterMs of [1500, 2500, 3500, 4500]) {
    const run = kgSpawn(['ingest', '--no-embed', '--workers', '1', CORPUS_DIR], killed);
    await new Promise((resolve) => setTimeout(resolve, afterMs));
    run.child.kill('SIGKILL');
    await run.done;
    const opened = kgSync(['stats'], killed);
    expect({ afterMs, code: opened.code, err: opened.err }).toEqual({ afterMs, code: 0, err: expect.not.stringMatching(/damaged|Error/) });
  }
  const finish = kgSync(['ingest', '--no-embed', '--workers', '1', CORPUS_DIR], killed);
  expect(finish.code).toBe(0);
  expect(await exported(data)).toEqual(expected);
}, 240_000);

test('worker threads give the graph one thread gives', async () => {
  const one = join(dir.path, 'one');
  const two = join(dir.path, 'two');
  expect(kgSync(['ingest', '--no-embed', '--workers', '1', CORPUS_DIR], env(one)).code).toBe(0);
  const r = kgSync(['ingest', '--no-embed', '--workers', '2', CORPUS_DIR], env(two));
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/documents: 5 new/);
  expect(await exported(two)).toEqual(await exported(one));
}, 180_000);

test('a running server answers from what other processes ingest and delete, without a restart', async () => {
  const data = join(dir.path, 'data');
  const port = String(20000 + Math.floor(Math.random() * 20000));
  const server = kgSpawn(['serve'], env(data, { PORT: port }));
  try {
    const url = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 300 && !server.output().err.includes('serving'); i++) await new Promise((r) => setTimeout(r, 200));
    expect(server.output().err).toContain('serving');
    const ids = async () => ((await getJson(`${url}/api/documents`)) as { id: string }[]).map((d) => d.id);
    expect(await ids()).toEqual([]);
    const [file] = await corpusFiles();
    expect(kgSync(['ingest', '--no-embed', join(CORPUS_DIR, file)], env(data)).code).toBe(0);
    expect(await ids()).toEqual([file]);
    const entities = (await getJson(`${url}/api/entities?q=${encodeURIComponent('知识产权')}&limit=1`)) as { total: number };
    expect(entities.total).toBeGreaterThan(0);
    expect(kgSync(['delete', file], env(data)).code).toBe(0);
    expect(await ids()).toEqual([]);
    expect(((await getJson(`${url}/api/entities?q=${encodeURIComponent('知识产权')}&limit=1`)) as { total: number }).total).toBe(0);
  } finally {
    server.child.kill('SIGTERM');
    await server.done;
  }
}, 120_000);

test('kg doctor names what is damaged and --repair mends it', async () => {
  const data = join(dir.path, 'data');
  const [file] = await corpusFiles();
  expect(kgSync(['ingest', '--no-embed', join(CORPUS_DIR, file)], env(data)).code).toBe(0);
  expect(kgSync(['doctor'], env(data))).toMatchObject({ code: 0, out: expect.stringMatching(/no problems$/m) });

  const journal = join(data, 'journal.log');
  const bytes = await readFile(journal);
  bytes[60] ^= 0xff;
  await (await import('node:fs/promises')).writeFile(journal, Buffer.concat([bytes, Buffer.from('torn')]));
  const stats = kgSync(['stats'], env(data));
  expect(stats.code).toBe(1);
  expect(stats.err).toContain(`${journal} is damaged at byte 24`);
  expect(stats.err).toContain('kg doctor');
  expect(stats.err).not.toMatch(/\n\s+at /);

  const check = kgSync(['doctor'], env(data));
  expect(check.code).toBe(1);
  expect(check.out).toContain(`PROBLEM  ${journal}: the record at byte 24 fails its checksum`);
  expect(kgSync(['doctor', '--repair'], env(data)).code).toBe(0);
  expect(kgSync(['doctor'], env(data)).out).toMatch(/no problems$/m);
  expect(kgSync(['ingest', '--no-embed', join(CORPUS_DIR, file)], env(data)).out).toMatch(/documents: 1 new/);
}, 120_000);

test('a lost vector file is named by every command, and kg doctor --repair embeds the passages again', async () => {
  const data = join(dir.path, 'data');
  const models = { KG_MODELS_DIR: join(import.meta.dirname, '..', '..', 'shared', 'models'), KG_COMPACT_BYTES: '1' };
  const file = (await corpusFiles()).at(-1)!;
  expect(kgSync(['ingest', join(CORPUS_DIR, file)], env(data, models)).code).toBe(0);
  const vectors = (await readdir(data)).find((f) => /^vectors-\d+\.f32$/.test(f))!;
  await (await import('node:fs/promises')).unlink(join(data, vectors));

  const search = kgSync(['search', '--mode', 'vector', '知识产权保护'], env(data, models));
  expect(search.code).toBe(1);
  expect(search.err).toContain(`${join(data, vectors)} is missing`);
  expect(search.err).toContain('kg doctor --repair');
  const repair = kgSync(['doctor', '--repair'], env(data, models), 180_000);
  expect(repair.out).toMatch(/fixed +\d+ passage\(s\) embedded again/);
  expect(repair.code).toBe(0);
  const again = kgSync(['search', '--mode', 'vector', '知识产权保护'], env(data, models));
  expect(again.code).toBe(0);
  expect(again.out).toContain(file);
}, 240_000);
