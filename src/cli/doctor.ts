import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { CACHE_FILE, createEmbedder } from '../search/embedder.ts';
import { EMBEDDING_DIMS } from '../search/model.ts';
import { VectorCache } from '../search/vector-cache.ts';
import { isAlive, LOCK_FILE } from '../store/data-lock.ts';
import { EmbeddedStore, JOURNAL_FILE } from '../store/embedded.ts';
import { readJournal } from '../store/journal.ts';
import { Neo4jStore } from '../store/neo4j.ts';
import { readSnapshot, SNAPSHOT_FILE } from '../store/snapshot.ts';

export interface DoctorReport {
  lines: string[];
  healthy: boolean;
}

/** The earlier formats of the data directory, read no more. */
const LEGACY_FILES = ['graph.json', 'vectors.json', 'vectors.f32', 'embeddings-bge-small-zh-v1.5-q8.bin'];

/**
 * Checks the store the configuration names and says what is wrong, file by
 * file, with what repairs it; with `repair`, repairs what it can (cutting
 * torn or damaged records, a stale lock, re-embedding passages without vectors).
 */
export async function checkStore(config: Config, { repair }: { repair: boolean }): Promise<DoctorReport> {
  const lines: string[] = [];
  let problems = 0;
  const ok = (line: string) => lines.push(`ok       ${line}`);
  const problem = (line: string, fix: string) => {
    problems++;
    lines.push(`PROBLEM  ${line}`, `         ${repair ? 'repairing: ' : 'to repair: '}${fix}`);
  };
  const fixed = (line: string) => {
    problems--;
    lines.push(`fixed    ${line}`);
  };

  await checkCache(config.dataDir, repair, { ok, problem, fixed });
  if (config.store === 'neo4j') await checkNeo4j(config, repair, { ok, problem, fixed });
  else await checkEmbedded(config, repair, { ok, problem, fixed });
  lines.push(problems > 0 ? `${problems} problem(s)` : 'no problems');
  return { lines, healthy: problems <= 0 };
}

interface Out {
  ok: (line: string) => void;
  problem: (line: string, fix: string) => void;
  fixed: (line: string) => void;
}

async function checkCache(dataDir: string, repair: boolean, out: Out): Promise<void> {
  const file = join(dataDir, CACHE_FILE);
  for (const legacy of LEGACY_FILES.filter((f) => f.startsWith('embeddings') && existsSync(join(dataDir, f)))) {
    out.problem(`${join(dataDir, legacy)} is an embedding cache of an earlier format, no longer read`, `delete it (kg doctor --repair does)`);
    if (repair) {
      unlinkSync(join(dataDir, legacy));
      out.fixed(`deleted ${join(dataDir, legacy)}`);
    }
  }
  if (!existsSync(file)) return;
  let cache: VectorCache;
  try {
    cache = await VectorCache.open(file, EMBEDDING_DIMS);
  } catch (error) {
    out.problem((error as Error).message, `delete ${file} (it is a cache: passages are embedded again when needed)`);
    if (repair) {
      unlinkSync(file);
      out.fixed(`deleted ${file}`);
    }
    return;
  }
  const { records, badRecords, tornBytes } = cache.check;
  if (badRecords === 0 && tornBytes === 0) {
    out.ok(`${file}: ${records} cached vectors`);
    return;
  }
  out.problem(
    `${file}: ${badRecords} record(s) fail their checksum, ${tornBytes} bytes at the end are a record cut short (${records} good)`,
    'rewrite the cache with its good records (those passages are embedded again when needed)',
  );
  if (repair) {
    await cache.repair();
    out.fixed(`${file} rewritten with ${records} good records`);
  }
}

async function checkEmbedded(config: Config, repair: boolean, out: Out): Promise<void> {
  const dir = config.dataDir;
  if (!existsSync(dir)) {
    out.ok(`no data directory at ${dir} yet (nothing ingested)`);
    return;
  }
  const legacy = LEGACY_FILES.filter((f) => !f.startsWith('embeddings') && existsSync(join(dir, f)));
  if (legacy.length) {
    out.problem(`${legacy.map((f) => join(dir, f)).join(', ')}: written by an earlier version of the store, no longer read`, 'delete them and ingest again');
    if (repair) {
      for (const f of legacy) unlinkSync(join(dir, f));
      out.fixed(`deleted ${legacy.join(', ')}: ingest your documents again`);
    }
  }

  const lock = join(dir, LOCK_FILE);
  let writerRunning = false;
  if (existsSync(lock)) {
    const owner = (() => {
      try {
        return JSON.parse(readFileSync(lock, 'utf8')) as { pid: number; command: string; since: string };
      } catch {
        return null;
      }
    })();
    if (owner && isAlive(owner.pid)) {
      writerRunning = true;
      out.ok(`${lock}: pid ${owner.pid} (${owner.command}) is writing since ${owner.since}; repairs wait for it`);
    } else {
      out.problem(`${lock}: left by ${owner ? `pid ${owner.pid}, which is gone (killed or crashed)` : 'a writer that died'}`, 'remove it (the next writer also takes it over)');
      if (repair) {
        unlinkSync(lock);
        out.fixed(`removed ${lock}`);
      }
    }
  }

  let vectorsLost = false;
  try {
    const snapshot = readSnapshot(dir);
    out.ok(snapshot ? `${join(dir, SNAPSHOT_FILE)}: ${snapshot.lines.length} nodes and edges, ${snapshot.header.vectors.ids.length} vectors` : 'no snapshot yet (everything is in the journal)');
  } catch (error) {
    const message = (error as Error).message;
    if (/vectors-\d+\.f32/.test(message)) {
      vectorsLost = true;
      out.problem(message.replace(/; run .*$/, ''), 'open the graph without those vectors and embed its passages again');
    } else {
      out.problem(message.replace(/; run .*$/, ''), `the snapshot cannot be rebuilt from the journal: delete ${dir} and ingest again`);
      return;
    }
  }

  let cutDamage = false;
  let tornTail = false;
  const journal = join(dir, JOURNAL_FILE);
  if (existsSync(journal)) {
    try {
      const read = readJournal(journal);
      if (read.damaged) {
        cutDamage = true;
        out.problem(
          `${journal}: the record at byte ${read.end} fails its checksum; the ${read.invalidBytes} bytes from there on cannot be read`,
          'cut the journal there; documents written after that point are lost: ingest them again (kg stats shows what is stored)',
        );
      } else if (read.invalidBytes > 0) {
        tornTail = true;
        out.problem(`${journal}: the last ${read.invalidBytes} bytes are a record cut short by an interrupted write (its document was not stored)`, 'cut them (the next write also does)');
      } else out.ok(`${journal}: ${read.payloads.length} records`);
    } catch (error) {
      out.problem((error as Error).message, `delete ${dir} and ingest again`);
      return;
    }
  }

  if (writerRunning && repair) {
    out.ok('another process is writing: run kg doctor --repair again once it has finished');
    return;
  }
  const store = new EmbeddedStore(dir, { writer: repair, vectorsLost: repair && vectorsLost, cutDamagedJournal: repair && cutDamage, notify: () => {} });
  try {
    await store.open();
  } catch (error) {
    if (!vectorsLost && !cutDamage) out.problem((error as Error).message, `delete ${dir} and ingest again`);
    return;
  }
  try {
    if (repair && cutDamage) out.fixed(`${journal} cut at the damaged record`);
    if (repair && tornTail) out.fixed(`${journal}: the record cut short is cut off`);
    await checkVectors(config, store, repair, out);
    if (repair && vectorsLost) {
      store.compact();
      out.fixed(`new snapshot written with every vector`);
    }
    const stats = await store.stats();
    out.ok(`graph: ${stats.documents} documents, ${stats.chunks} passages, ${Object.values(stats.entities).reduce((a, b) => a + b, 0)} entities`);
  } finally {
    await store.close();
  }
}

async function checkVectors(config: Config, store: EmbeddedStore | Neo4jStore, repair: boolean, out: Out): Promise<void> {
  const missing = await store.chunksMissingVectors();
  if (missing.length === 0) {
    out.ok('every passage of an embedded document has its vector');
    return;
  }
  const docs = new Set(missing.map((m) => m.doc));
  out.problem(
    `${missing.length} passage(s) of ${docs.size} embedded document(s) have no vector (${[...docs].slice(0, 3).join(', ')}${docs.size > 3 ? ', …' : ''}): search finds them by keywords only`,
    'embed them again (needs the embedding model, see KG_MODELS_DIR)',
  );
  if (!repair) return;
  const embedder = await createEmbedder({ modelsDir: config.modelsDir, cacheDir: config.dataDir });
  const vectors = await embedder.embedPassages(missing.map((m) => m.text));
  await store.addVectors(new Map(missing.map((m, i) => [m.chunk, vectors[i]])));
  out.fixed(`${missing.length} passage(s) embedded again`);
}

async function checkNeo4j(config: Config, repair: boolean, out: Out): Promise<void> {
  const store = new Neo4jStore(config.neo4j);
  try {
    await store.open();
  } catch (error) {
    out.problem((error as Error).message, 'start Neo4j (npm run neo4j) or fix NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD');
    return;
  }
  try {
    out.ok(`Neo4j at ${config.neo4j.uri}: reachable, schema applied`);
    await checkVectors(config, store, repair, out);
    const failures = await store.ingestFailures();
    if (failures.length) {
      out.ok(`${failures.length} file(s) a sharded ingest could not store: ${failures.slice(0, 3).map((f) => `${f.id} (${f.reason})`).join('; ')}`);
    }
    const stats = await store.stats();
    out.ok(`graph: ${stats.documents} documents, ${stats.chunks} passages, ${Object.values(stats.entities).reduce((a, b) => a + b, 0)} entities`);
  } finally {
    await store.close();
  }
}
