import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { StoreBackend } from '../core/store.ts';

/** What an API key may do: `read` everything, or also `write` (endpoints that change the graph). */
export type Scope = 'read' | 'write';

export interface ApiKey {
  key: string;
  scope: Scope;
}

/** Host header names a server bound to a loopback address answers by default. */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

export const isLoopbackAddress = (host: string) => host === 'localhost' || host === '::1' || host.startsWith('127.');

export interface Config {
  dataDir: string;
  store: StoreBackend;
  port: number;
  /** Address the API listens on: 127.0.0.1 unless HOST says otherwise (0.0.0.0 in a container). */
  host: string;
  corpusDir: string;
  /** The Neo4j server; `password` is null when neither NEO4J_PASSWORD nor the data directory's neo4j-password file gives one. */
  neo4j: { uri: string; user: string; password: string | null };
  /** Folder holding `Xenova/bge-small-zh-v1.5`; null means the library's normal hub download. */
  modelsDir: string | null;
  server: ServerConfig;
  ingest: IngestLimits;
}

/** How the HTTP server protects itself (see README, Deploying). */
export interface ServerConfig {
  /** API keys (KG_API_KEYS); empty: the API is open. */
  apiKeys: ApiKey[];
  /** Host header names served (KG_ALLOWED_HOSTS); empty: any. Defaults to the loopback names on a loopback address. */
  allowedHosts: string[];
  /** Requests a second per client (KG_RATE_LIMIT), burst twice that; null: no limit. */
  rateLimit: { perSecond: number; burst: number } | null;
  /** Where the access log goes (KG_ACCESS_LOG): standard output, a file, or nowhere. */
  accessLog: 'stdout' | 'off' | { file: string };
  /** Time budget of one request in milliseconds (KG_REQUEST_BUDGET_MS). */
  budgetMs: number;
  /** Express's `trust proxy` (KG_TRUST_PROXY), so rate limits and logs see the client behind a proxy. */
  trustProxy: string | null;
  /** Bytes of read answers kept between changes of the graph (KG_ANSWER_CACHE_MB); 0: none. */
  answerCacheBytes: number;
}

/** What one document may be (KG_MAX_FILE_MB, KG_MAX_DOC_CHARS). */
export interface IngestLimits {
  maxFileBytes: number;
  maxDocumentChars: number;
}

/** Where `npm run neo4j` keeps the password it generated for a local server (scripts/neo4j/env.sh writes the same file). */
export const NEO4J_PASSWORD_FILE = 'neo4j-password';

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

function positive(name: string, value: string | undefined, fallback: number, { allowZero = false } = {}): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || (!allowZero && n === 0)) throw new ConfigError(`${name} must be a ${allowZero ? 'non-negative' : 'positive'} number, got "${value}"`);
  return n;
}

const list = (value: string | undefined) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/** KG_API_KEYS: comma-separated keys, each `<key>` (read) or `<key>:read` / `<key>:write`; keys of at least 16 characters. */
function parseKeys(value: string | undefined): ApiKey[] {
  return list(value).map((entry) => {
    const [key, scope = 'read', ...rest] = entry.split(':');
    if (rest.length || (scope !== 'read' && scope !== 'write')) throw new ConfigError(`KG_API_KEYS: "${entry.slice(0, 4)}…" must be <key>, <key>:read or <key>:write`);
    if (key.length < 16) throw new ConfigError(`KG_API_KEYS: every key needs at least 16 characters (e.g. from "openssl rand -hex 24")`);
    return { key, scope };
  });
}

function parseAccessLog(value: string | undefined): ServerConfig['accessLog'] {
  if (value === undefined || value === '' || value === 'stdout') return 'stdout';
  if (value === 'off') return 'off';
  return { file: resolve(value) };
}

/** NEO4J_PASSWORD, else the password `npm run neo4j` generated in the data directory, else null. */
function neo4jPassword(env: NodeJS.ProcessEnv, dataDir: string): string | null {
  if (env.NEO4J_PASSWORD) return env.NEO4J_PASSWORD;
  const file = join(dataDir, NEO4J_PASSWORD_FILE);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() || null : null;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = resolve(env.KG_DATA_DIR ?? '.kg');
  const host = env.HOST ?? '127.0.0.1';
  const rate = positive('KG_RATE_LIMIT', env.KG_RATE_LIMIT, 50, { allowZero: true });
  return {
    dataDir,
    store: parseStore(env.KG_STORE),
    port: parsePort(env.PORT),
    host,
    corpusDir: resolve(env.KG_CORPUS_DIR ?? 'corpus'),
    neo4j: {
      uri: env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
      user: env.NEO4J_USER ?? 'neo4j',
      password: neo4jPassword(env, dataDir),
    },
    modelsDir: env.KG_MODELS_DIR ? resolve(env.KG_MODELS_DIR) : null,
    server: {
      apiKeys: parseKeys(env.KG_API_KEYS),
      allowedHosts: env.KG_ALLOWED_HOSTS !== undefined ? list(env.KG_ALLOWED_HOSTS) : isLoopbackAddress(host) ? [...LOOPBACK_HOSTS] : [],
      rateLimit: rate ? { perSecond: rate, burst: 2 * rate } : null,
      accessLog: parseAccessLog(env.KG_ACCESS_LOG),
      budgetMs: positive('KG_REQUEST_BUDGET_MS', env.KG_REQUEST_BUDGET_MS, 10_000),
      trustProxy: env.KG_TRUST_PROXY || null,
      answerCacheBytes: Math.round(positive('KG_ANSWER_CACHE_MB', env.KG_ANSWER_CACHE_MB, 64, { allowZero: true }) * 1024 * 1024),
    },
    ingest: {
      maxFileBytes: Math.round(positive('KG_MAX_FILE_MB', env.KG_MAX_FILE_MB, 20) * 1024 * 1024),
      maxDocumentChars: Math.round(positive('KG_MAX_DOC_CHARS', env.KG_MAX_DOC_CHARS, 2_000_000)),
    },
  };
}
