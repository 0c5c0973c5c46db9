import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const EXTRACT_DIR = join(import.meta.dirname, 'extract');

function sourceFiles(dir: string, skip?: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return path === skip ? [] : sourceFiles(path, skip);
      return entry.name.endsWith('.ts') ? [path] : [];
    })
    .sort();
}

/** A short hash of the TypeScript sources under `dirs` (names and contents), leaving out `skip`. */
export function sourceHash(dirs: string[], skip?: string): string {
  const hash = createHash('sha256');
  for (const file of dirs.flatMap((d) => sourceFiles(d, skip))) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

/**
 * A hash of the pipeline's stages other than the extractor, and of the core
 * they stand on (names, ontology). The extractor has a version of its own.
 */
export const PIPELINE_VERSION = sourceHash([join(ROOT, 'core'), import.meta.dirname], EXTRACT_DIR);

/**
 * What decides whether a stored document is up to date: its bytes, the
 * pipeline and the extractor (`id@version`) that read them, and whether its
 * passages were embedded. A document read by an older pipeline or another
 * extractor is read again instead of being kept as "unchanged".
 */
export function documentRevision(sha256: string, extractor: string, embedded = false): string {
  return `${sha256}:${PIPELINE_VERSION}:${extractor}:${embedded ? 'embedded' : 'plain'}`;
}
