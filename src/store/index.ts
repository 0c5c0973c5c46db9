import type { Config } from '../config.ts';
import { EmbeddedStore } from './embedded.ts';
import type { GraphStore } from './types.ts';

export async function createStore(config: Config): Promise<GraphStore> {
  const store = new EmbeddedStore(config.dataDir);
  await store.open();
  return store;
}
