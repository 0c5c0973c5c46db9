import { resolve } from 'node:path';
import type { StoreBackend } from '../core/store.ts';

export interface Config {
  dataDir: string;
  store: StoreBackend;
  port: number;
  /** Address the API listens on: 127.0.0.1 unless HOST says otherwise (0.0.0.0 in a container). */
  host: string;
  corpusDir: string;
  neo4j: { uri: string; user: string; password: string };
  /** Folder holding `Xenova/bge-small-zh-v1.5`; null means the library's normal hub download. */
  modelsDir: string | null;
}

export class ConfigError extends Error {}

function parseStore(value: string | undefined): StoreBackend {
  const store = value ?? 'embedded';
  if (store !== 'embedded' && store !== 'neo4j') {
    throw new ConfigError(`KG_STORE must be "embedded" or "neo4j", got "${store}"`);
  }
  return store;
}

function parsePort(value: string | undefined): number {
  const port = Number(value ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a port number, got "${value}"`);
  return port;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    dataDir: resolve(env.KG_DATA_DIR ?? '.kg'),
    store: parseStore(env.KG_STORE),
    port: parsePort(env.PORT),
    host: env.HOST ?? '127.0.0.1',
    corpusDir: resolve(env.KG_CORPUS_DIR ?? 'corpus'),
    neo4j: {
      uri: env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? 'kg-password-123',
    },
    modelsDir: env.KG_MODELS_DIR ? resolve(env.KG_MODELS_DIR) : null,
  };
}
