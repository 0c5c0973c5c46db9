import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE = 'writer.lock';

interface LockOwner {
  pid: number;
  host: string;
  command: string;
  since: string;
}

export interface LockOptions {
  /** How long to wait for another writer to finish before giving up; 0 fails at once. */
  waitMs: number;
  /** Told once when the lock is held by another live process and we start waiting. */
  onWait?: (message: string) => void;
}

/** Another process writes to the data directory. */
export class DataDirBusyError extends Error {}

/** Whether a process of this host runs under `pid` (one owned by another user counts). */
export const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

function readOwner(file: string): LockOwner | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockOwner;
  } catch {
    return null;
  }
}

const describeOwner = (owner: LockOwner) => `pid ${owner.pid} (${owner.command}, since ${owner.since})`;

/** Locks held by this process, so that the exit handler can remove them when the process ends without closing. */
const held = new Set<string>();
process.once('exit', () => {
  for (const file of held) {
    try {
      unlinkSync(file);
    } catch {
      // already gone
    }
  }
});

/**
 * The single-writer lock of a data directory: a file created exclusively,
 * holding the owner's pid. A lock whose owner on this host is no longer alive
 * (killed, crashed) is stale and taken over. Returns the release function.
 */
export async function lockDataDir(dataDir: string, options: LockOptions): Promise<() => void> {
  const file = join(dataDir, LOCK_FILE);
  const deadline = Date.now() + options.waitMs;
  let told = false;
  for (;;) {
    try {
      const fd = openSync(file, 'wx');
      const owner: LockOwner = { pid: process.pid, host: hostname(), command: process.argv.slice(2, 4).join(' ') || 'node', since: new Date().toISOString() };
      writeSync(fd, JSON.stringify(owner));
      closeSync(fd);
      held.add(file);
      return () => {
        held.delete(file);
        try {
          if (readOwner(file)?.pid === process.pid) unlinkSync(file);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readOwner(file);
    if (owner === null) {
      // Being written by its new owner this very moment, or left empty by a crash: look again shortly.
      await sleep(50);
      if (readOwner(file) === null) removeStale(file, null);
      continue;
    }
    if (owner.pid === process.pid && owner.host === hostname()) {
      throw new DataDirBusyError(`${dataDir} is already open for writing in this process`);
    }
    if (owner.host === hostname() && !isAlive(owner.pid)) {
      removeStale(file, owner);
      continue;
    }
    const message = `${dataDir} is being written by ${describeOwner(owner)}`;
    if (Date.now() >= deadline) {
      throw new DataDirBusyError(
        `${message}; one writer at a time: wait for it to finish and run this again` +
          (owner.host === hostname() ? '' : ` (if that process on ${owner.host} is gone, delete ${file})`),
      );
    }
    if (!told) {
      options.onWait?.(`${message}; waiting for it to finish`);
      told = true;
    }
    await sleep(200);
  }
}

/** Removes a stale lock, unless another waiter has meanwhile replaced it with its own. */
function removeStale(file: string, stale: LockOwner | null): void {
  const now = readOwner(file);
  if (now?.pid !== stale?.pid || now?.since !== stale?.since) return;
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
