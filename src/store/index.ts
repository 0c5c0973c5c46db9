import type { Config } from '../config.ts';
import { EmbeddedStore } from './embedded.ts';
import { Neo4jStore } from './neo4j.ts';
import type { GraphStore } from '../../core/store.ts';

export interface OpenOptions {
  /**
   * The store will be written (ingest, delete): the embedded store then takes
   * its data directory's writer lock at open, waiting for another writer to
   * finish, so that documents are resolved against everything stored before.
   */
  writer?: boolean;
}

/** The store the configuration names, opened (Neo4j: connectivity checked, schema applied). */
export async function createStore(config: Config, options: OpenOptions = {}): Promise<GraphStore> {
  const store = config.store === 'neo4j' ? new Neo4jStore(config.neo4j) : new EmbeddedStore(config.dataDir, { writer: options.writer });
  await store.open();
  return store;
}
