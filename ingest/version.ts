import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(path);
      return entry.name.endsWith('.ts') ? [path] : [];
    })
    .sort();
}

const ROOT = join(import.meta.dirname, '..');

/**
 * A hash of the pipeline's own source and of the core it stands on (names,
 * ontology). Stored with each document, so that a document ingested by an
 * older extractor is read again instead of being kept as "unchanged".
 */
export const PIPELINE_VERSION = (() => {
  const hash = createHash('sha256');
  for (const file of [...sourceFiles(join(ROOT, 'core')), ...sourceFiles(import.meta.dirname)]) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 12);
})();

/**
 * What decides whether a stored document is up to date: its bytes, the
 * pipeline that read them, and whether its passages were embedded.
 */
export function documentRevision(sha256: string, embedded = false): string {
  return `${sha256}:${PIPELINE_VERSION}:${embedded ? 'embedded' : 'plain'}`;
}
