import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractDocument } from '../ingest/pipeline.ts';
import { loadDocument } from '../ingest/load.ts';
import { loadConfig } from '../src/config.ts';
import { Neo4jStore } from '../src/store/neo4j.ts';
import { lockNeo4j } from '../test/helpers/neo4j-lock.ts';
import type { BenchRow } from './timing.ts';

interface Run {
  seconds: number;
  documents: number;
  rows: number;
  peakMb: number;
}

/** `copies` copies of every corpus file, each made distinct by a line of its own (so none is "unchanged"). */
async function copiesOf(corpusDir: string, copies: number, into: string): Promise<{ dir: string; bytes: number }> {
  const dir = join(into, `x${copies}`);
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (const name of (await readdir(corpusDir)).filter((f) => !f.startsWith('.')).sort()) {
    const text = await readFile(join(corpusDir, name));
    for (let c = 1; c <= copies; c++) {
      const copy = Buffer.concat([text, Buffer.from(`\n（副本${c}）\n`)]);
      bytes += copy.length;
      await writeFile(join(dir, name.replace(/(\.\w+)$/, `_c${c}$1`)), copy);
    }
  }
  return { dir, bytes };
}

function measure(backend: 'embedded' | 'neo4j', folder: string, dataDir: string, workers: number): Run {
  const script = join(import.meta.dirname, 'scale-run.ts');
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, backend, folder, dataDir, String(workers)], { encoding: 'utf8', env: process.env });
  if (r.status !== 0) throw new Error(`${backend} ingest of ${folder} failed: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Run;
}

/** Extraction alone over the files (load -> extract, no store): what an ingest cannot beat. */
async function extractionSeconds(folder: string): Promise<number> {
  const docs = [];
  for (const f of (await readdir(folder)).sort()) {
    const r = await loadDocument(join(folder, f));
    if (r.ok) docs.push(r.doc);
  }
  const began = performance.now();
  for (const d of docs) await extractDocument(d);
  return (performance.now() - began) / 1000;
}

/**
 * Ingest at 1x, 5x and 20x the corpus (copies made distinct, no embeddings)
 * into a fresh embedded store, one warmed process per run, with one worker; then
 * with the default workers, and into Neo4j. The baselines of the same run:
 * extraction alone over the 20x files, the 5x seconds per MB for the 20x
 * run, the embedded store's time for Neo4j's.
 */
export async function benchScale(corpusDir: string): Promise<BenchRow[]> {
  const root = await mkdtemp(join(tmpdir(), 'kg-bench-scale-'));
  const rows: BenchRow[] = [];
  try {
    const scales = [1, 5, 20];
    const sets = new Map<number, { dir: string; bytes: number }>();
    for (const n of scales) sets.set(n, await copiesOf(corpusDir, n, root));
    const mb = (n: number) => sets.get(n)!.bytes / 1e6;

    const extraction = await extractionSeconds(sets.get(20)!.dir);
    rows.push({ name: `baseline: extraction alone, 20x (${mb(20).toFixed(1)} MB, no store)`, value: mb(20) / extraction, unit: 'MB/s' });
    const embedded = new Map<number, Run>();
    for (const n of scales) {
      const run = measure('embedded', sets.get(n)!.dir, join(root, `embedded-${n}`), 1);
      embedded.set(n, run);
      rows.push(
        { name: `embedded ${n}x (${run.documents} docs, --workers 1)`, value: mb(n) / run.seconds, unit: 'MB/s', ratio: n === 20 ? mb(20) / run.seconds / (mb(20) / extraction) : undefined },
        { name: `embedded ${n}x: rows written`, value: run.rows / run.seconds, unit: 'rows/s' },
        { name: `embedded ${n}x: peak memory`, value: run.peakMb, unit: 'MB' },
      );
    }
    const perMb = (run: Run, n: number) => run.seconds / mb(n);
    rows.push({ name: 'embedded: seconds per MB, 20x over 5x (1.00 = linear)', value: perMb(embedded.get(20)!, 20) / perMb(embedded.get(5)!, 5), unit: 'x' });
    const workers = Math.max(2, (await import('node:os')).availableParallelism());
    const parallel = measure('embedded', sets.get(20)!.dir, join(root, 'embedded-20-workers'), workers);
    rows.push({ name: `embedded 20x, --workers ${workers}`, value: mb(20) / parallel.seconds, unit: 'MB/s', ratio: embedded.get(20)!.seconds / parallel.seconds });

    rows.push(...(await neo4jScale(sets, embedded, mb)));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return rows;
}

/** The same ingests into Neo4j (their documents deleted before and after), holding the test suite's Neo4j lock. */
async function neo4jScale(sets: Map<number, { dir: string }>, embedded: Map<number, Run>, mb: (n: number) => number): Promise<BenchRow[]> {
  const store = new Neo4jStore(loadConfig().neo4j);
  try {
    await store.open();
  } catch (error) {
    return [{ name: `Neo4j skipped: ${(error as Error).message}`, value: NaN, unit: '' }];
  }
  const unlock = await lockNeo4j();
  const rows: BenchRow[] = [];
  const clear = async (dir: string) => {
    for (const f of await readdir(dir)) await store.deleteDocument(f);
  };
  try {
    for (const n of [1, 5, 20]) {
      const { dir } = sets.get(n)!;
      await clear(dir);
      const run = measure('neo4j', dir, '', 1);
      await clear(dir);
      const base = embedded.get(n)!;
      rows.push(
        { name: `Neo4j ${n}x (${run.documents} docs, --workers 1): time over embedded's`, value: run.seconds / base.seconds, unit: 'x' },
        { name: `Neo4j ${n}x`, value: mb(n) / run.seconds, unit: 'MB/s', ratio: base.seconds / run.seconds },
        { name: `Neo4j ${n}x: rows written`, value: run.rows / run.seconds, unit: 'rows/s' },
        { name: `Neo4j ${n}x: peak memory (client)`, value: run.peakMb, unit: 'MB' },
      );
    }
  } finally {
    await unlock();
    await store.close();
  }
  return rows;
}
