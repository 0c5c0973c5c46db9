import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CORPUS_DIR, tempDir } from './helpers/corpus.ts';
import { kgSpawn, kgSync } from './helpers/kg-process.ts';
import { neo4jForTests, type Neo4jForTests } from './helpers/neo4j.ts';
import { LOCK_WAIT_MS } from './helpers/neo4j-lock.ts';

// Ingest processes side by side on one Neo4j server, and killed in the middle.

let server: Neo4jForTests | null = null;
let dir: Awaited<ReturnType<typeof tempDir>>;
let files: string[];

beforeAll(async () => {
  server = await neo4jForTests('ingest processes on Neo4j');
  dir = await tempDir('kg-neo4j-procs-');
  files = (await readdir(CORPUS_DIR)).filter((f) => f.endsWith('.txt')).sort();
}, LOCK_WAIT_MS + 60_000);
afterAll(async () => {
  if (server) await clear();
  await server?.release();
  await dir.remove();
});

/** The processes get the server's password themselves: it is not in their (temporary) data directory. */
const env = () => ({ KG_STORE: 'neo4j', NEO4J_PASSWORD: server!.config.password ?? '' });

/** The corpus documents out of the store, whoever wrote them. */
async function clear() {
  for (const f of files) await server!.store.deleteDocument(f);
}

async function exported(): Promise<string> {
  const out = join(dir.path, `export-${Math.random()}.jsonl`);
  const r = kgSync(['export', '--out', out], { ...env(), KG_DATA_DIR: dir.path });
  if (r.code !== 0) throw new Error(r.err);
  return readFile(out, 'utf8');
}

const ingest = (...args: string[]) => kgSpawn(['ingest', '--no-embed', '--workers', '1', ...args, CORPUS_DIR], { ...env(), KG_DATA_DIR: dir.path });

test('two ingest processes on shards of one folder give the graph one process gives', async () => {
  if (!server) return;
  await clear();
  const one = await ingest().done;
  expect(one.code).toBe(0);
  const expected = await exported();

  await clear();
  const [a, b] = await Promise.all([ingest('--shard', '0/2').done, ingest('--shard', '1/2').done]);
  expect({ a: a.code, b: b.code, err: a.err + b.err }).toEqual({ a: 0, b: 0, err: expect.any(String) });
  expect(a.out).toMatch(/documents: 3 new/);
  expect(b.out).toMatch(/documents: 2 new/);
  expect(await exported()).toEqual(expected);
}, 300_000);

test('kill -9 at any point of an ingest leaves a store that finishes to the graph of a clean ingest', async () => {
  if (!server) return;
  await clear();
  expect((await ingest().done).code).toBe(0);
  const expected = await exported();

  await clear();
  for (const afterMs of [3000, 5500, 8000]) {
    const run = ingest();
    await new Promise((resolve) => setTimeout(resolve, afterMs));
    run.child.kill('SIGKILL');
    await run.done;
  }
  const finish = await ingest().done;
  expect(finish.code).toBe(0);
  expect(await exported()).toEqual(expected);
}, 300_000);
