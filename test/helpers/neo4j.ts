import { loadConfig } from '../../src/config.ts';
import { Neo4jStore } from '../../src/store/neo4j.ts';
import { LOCK_WAIT_MS, lockNeo4j } from './neo4j-lock.ts';

export { LOCK_WAIT_MS };

export interface Neo4jForTests {
  store: Neo4jStore;
  config: ReturnType<typeof loadConfig>['neo4j'];
  /** Closes the store and lets the next test file use the database. */
  release: () => Promise<void>;
}

/**
 * The real server of `npm run neo4j`, for one test file at a time (Community
 * Neo4j has a single database). Without a server: null and a printed SKIPPED
 * line, or, under CI=true, an error, because CI must run these tests.
 */
export async function neo4jForTests(what: string): Promise<Neo4jForTests | null> {
  const config = loadConfig().neo4j;
  const store = new Neo4jStore(config);
  try {
    await store.open();
  } catch (error) {
    const reason = `Neo4j at ${config.uri} is not reachable (${(error as Error).message})`;
    if (process.env.CI === 'true') throw new Error(`CI=true and ${reason}`);
    console.warn(`SKIPPED ${what}: ${reason}; start it with npm run neo4j`);
    return null;
  }
  const unlock = await lockNeo4j();
  return {
    store,
    config,
    release: async () => {
      await store.close();
      await unlock();
    },
  };
}
