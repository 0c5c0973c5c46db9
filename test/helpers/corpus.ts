import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore } from '../../src/store/embedded.ts';
import type { ExportRecord, GraphStore } from '../../core/store.ts';
import { ingestPaths, type IngestSummary } from '../../ingest/pipeline.ts';

export const CORPUS_DIR = join(import.meta.dirname, '..', '..', 'corpus');
export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');

export async function tempDir(prefix = 'kg-test-'): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** A fresh embedded store in a temp folder with the given paths ingested (no embeddings). */
export async function ingestedStore(paths: string[] = [CORPUS_DIR]) {
  const dir = await tempDir();
  const store = new EmbeddedStore(dir.path);
  await store.open();
  const summary: IngestSummary = await ingestPaths(paths, store);
  return { store, summary, dir: dir.path, remove: dir.remove };
}

export async function exportAll(store: GraphStore): Promise<ExportRecord[]> {
  const out: ExportRecord[] = [];
  for await (const r of store.exportAll()) out.push(r);
  return out;
}
