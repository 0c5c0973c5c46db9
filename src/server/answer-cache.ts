/**
 * Answers of read requests kept for as long as the graph they were computed
 * from: each is stored with the store's revision read before computing it, and
 * served only while the revision is still that one. A researcher's explorer
 * asks for the same hubs, traces and neighbourhoods over and over between
 * ingests; a hit costs one revision read, shared by all requests waiting at
 * once, instead of the query.
 */

/** An answer as it goes on the wire. */
export interface CachedAnswer {
  contentType: string;
  /** The file name a download is offered under (CSV), if any. */
  filename?: string;
  body: Buffer;
}

interface Entry extends CachedAnswer {
  revision: string;
  bytes: number;
}

/**
 * Calls `read` for every caller, but never gives a caller the answer of a read
 * that started before it called, and never runs two at once: callers arriving
 * while one runs wait for the next, which then answers all of them. Under any
 * number of concurrent requests the store sees one revision read in flight
 * and at most one queued.
 */
export function coalesced(read: () => Promise<string>): () => Promise<string> {
  let running: Promise<string> | null = null;
  let queued: Promise<string> | null = null;
  const start = () => {
    const current = read().finally(() => {
      // With a read queued, `running` stays set until that read replaces it, so that no caller starts a third meanwhile.
      if (running === current && !queued) running = null;
    });
    running = current;
    return current;
  };
  return () => {
    if (!running) return start();
    if (!queued) {
      queued = running
        .catch(() => undefined)
        .then(() => {
          queued = null;
          return start();
        });
    }
    return queued;
  };
}

/** What an entry costs besides its body: its key (two bytes a character) and a fixed overhead for the entry and its strings. */
const entryBytes = (key: string, answer: CachedAnswer) => answer.body.length + 2 * key.length + 256;

/** Least recently used answers up to `maxBytes` in all (bodies, keys and overhead); an answer larger than an eighth of that is not kept. */
export class AnswerCache {
  private readonly entries = new Map<string, Entry>();
  /** Answers being computed, by key and revision. */
  private readonly computing = new Map<string, Promise<CachedAnswer>>();
  private bytes = 0;
  readonly revision: () => Promise<string>;

  constructor(
    revision: () => Promise<string>,
    private readonly maxBytes: number,
  ) {
    this.revision = coalesced(revision);
  }

  /** The answer kept for `key` at `revision`; an answer of an older revision is dropped. */
  get(key: string, revision: string): CachedAnswer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.revision !== revision) {
      this.bytes -= entry.bytes;
      return undefined;
    }
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, revision: string, answer: CachedAnswer): void {
    const bytes = entryBytes(key, answer);
    if (bytes > this.maxBytes / 8) return;
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.bytes;
    }
    this.entries.set(key, { ...answer, revision, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }

  /**
   * The answer for `key` at `revision`: kept, else computed once however many
   * requests ask for it meanwhile (a burst right after a write, or at start,
   * would otherwise compute it once each), then kept if `compute` says so.
   */
  async answer(key: string, revision: string, compute: () => Promise<{ answer: CachedAnswer; keep: boolean }>): Promise<[CachedAnswer, 'hit' | 'miss']> {
    const kept = this.get(key, revision);
    if (kept) return [kept, 'hit'];
    const id = `${revision}\n${key}`;
    let running = this.computing.get(id);
    if (!running) {
      running = compute()
        .then(({ answer, keep }) => {
          if (keep) this.set(key, revision, answer);
          return answer;
        })
        .finally(() => this.computing.delete(id));
      this.computing.set(id, running);
    }
    return [await running, 'miss'];
  }

  get size(): { answers: number; bytes: number } {
    return { answers: this.entries.size, bytes: this.bytes };
  }
}
