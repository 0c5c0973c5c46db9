import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LOCK = join(tmpdir(), 'policy-kg-neo4j-tests.lock');
const WAIT_MS = 5 * 60_000;

/** For the hooks that take the lock: they may wait for it as long as lockNeo4j does, then do their own work. */
export const NEO4J_HOOK_TIMEOUT = WAIT_MS + 60_000;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Community Neo4j has one user database, so test files that write to it take
 * turns (jest runs files in parallel workers). Returns the release function.
 */
export async function lockNeo4j(): Promise<() => Promise<void>> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      await mkdir(LOCK);
      await writeFile(join(LOCK, 'pid'), String(process.pid));
      return () => rm(LOCK, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(await readFile(join(LOCK, 'pid'), 'utf8').catch(() => '0'));
      if (holder && !alive(holder)) await rm(LOCK, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`waited ${WAIT_MS / 1000}s for ${LOCK} (held by pid ${holder})`);
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
