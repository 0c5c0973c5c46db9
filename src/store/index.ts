import type { Config } from '../config.ts';
import { EmbeddedStore } from './embedded.ts';
import { Neo4jStore } from './neo4j.ts';
import type { GraphStore } from '../../core/store.ts';

/** The store the configuration names, opened (Neo4j: connectivity checked, schema applied). */
export async function createStore(config: Config): Promise<GraphStore> {
  const store = config.store === 'neo4j' ? new Neo4jStore(config.neo4j) : new EmbeddedStore(config.dataDir);
  await store.open();
  return store;
}
