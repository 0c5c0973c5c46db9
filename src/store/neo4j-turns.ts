import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { DocumentTurns } from '../../ingest/pipeline.ts';
import { extractorTag, upToDate } from '../../ingest/prepare.ts';

/** Marks a file an ingest could not store, so that shards waiting for it go on (cypher/schema.cypher constrains its id). */
const FAILURE = 'IngestFailure';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function sha256Of(path: string): string {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch {
    return '';
  }
}

/**
 * How processes ingesting shards of one listing into one Neo4j take turns: a
 * file is resolved and written only once every earlier file of the listing is
 * in the store with its current content (or marked as failed), so the graph is
 * the one a single process would build, whatever ran faster. Nothing but the
 * store is shared, so a process can stop and start again.
 */
export class Neo4jTurns implements DocumentTurns {
  private settledUpTo = 0;
  private readonly hashes = new Map<number, string>();

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly files: string[],
    private readonly shard: { index: number; count: number },
    private readonly embed: boolean,
    private readonly waitMs: number,
    private readonly onWait: (message: string) => void,
  ) {}

  private hash(position: number): string {
    let hash = this.hashes.get(position);
    if (hash === undefined) this.hashes.set(position, (hash = sha256Of(this.files[position])));
    return hash;
  }

  async waitForEarlier(position: number): Promise<void> {
    const deadline = Date.now() + this.waitMs;
    let told = false;
    for (;;) {
      const pending: number[] = [];
      for (let p = this.settledUpTo; p < position; p++) if (p % this.shard.count !== this.shard.index) pending.push(p);
      const unsettled = await this.unsettled(pending);
      if (unsettled.length === 0) {
        this.settledUpTo = position;
        return;
      }
      const first = this.files[unsettled[0]];
      const message = `waiting for ${unsettled.length} earlier document(s) of other shards (first: ${basename(first)}, shard ${unsettled[0] % this.shard.count}/${this.shard.count})`;
      if (Date.now() > deadline) {
        throw new Error(`${message} for ${Math.round(this.waitMs / 1000)} s: is the ingest of that shard running, on the same files?`);
      }
      if (!told) this.onWait(message);
      told = true;
      await sleep(200);
    }
  }

  /** Positions among `positions` whose file is neither stored with its current content nor marked as failed. */
  private async unsettled(positions: number[]): Promise<number[]> {
    if (positions.length === 0) return [];
    const rows = positions.map((p) => ({ position: p, id: basename(this.files[p]) }));
    const { records } = await this.driver.executeQuery(
      `UNWIND $rows AS row
       OPTIONAL MATCH (d:Document {id: row.id}) OPTIONAL MATCH (f:${FAILURE} {id: row.id})
       RETURN row.position AS position, d.revision AS revision, f.sha256 AS failed`,
      { rows },
      { database: this.database },
    );
    const settled = new Set<number>();
    for (const r of records) {
      const position = Number(r.get('position'));
      const sha = this.hash(position);
      if (sha === '' || r.get('failed') === sha || upToDate(sha, extractorTag(), r.get('revision') ?? undefined, this.embed)) settled.add(position);
    }
    return positions.filter((p) => !settled.has(p));
  }

  async failed(path: string, reason: string): Promise<void> {
    await this.driver.executeQuery(
      `MERGE (f:${FAILURE} {id: $id}) SET f.sha256 = $sha256, f.reason = $reason, f.at = datetime()`,
      { id: basename(path), sha256: sha256Of(path), reason },
      { database: this.database },
    );
  }
}
