import express from 'express';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { loadConfig } from '../src/config.ts';
import { appOptions } from '../src/cli/serve.ts';
import { requireKey } from '../src/server/access.ts';
import { endpoint, mount } from '../src/server/endpoint.ts';
import { errorHandler } from '../src/server/errors.ts';
import { rateLimit } from '../src/server/traffic.ts';
import { EmbeddedStore } from '../src/store/embedded.ts';
import { CORPUS_DIR } from './helpers/corpus.ts';
import { policyWorld, serveApi } from './helpers/api-graph.ts';
import { send } from './helpers/fuzz.ts';

// What a server a team can expose needs: keys, a Host allow-list, a rate limit,
// an access log, security headers, and answers that do not reveal server paths.

let dir: string;
let store: EmbeddedStore;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-protect-'));
  store = new EmbeddedStore(dir);
  await store.open();
  for (const doc of policyWorld()) await store.writeDocument({ ...doc, document: { ...doc.document, path: join(CORPUS_DIR, doc.document.id) } });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const READ_KEY = 'r'.repeat(8) + '-read-key-0001';
const WRITE_KEY = 'w'.repeat(8) + '-write-key-0001';

test('security headers on the API, the docs page and the explorer', async () => {
  const api = await serveApi(store);
  try {
    for (const path of ['/api/stats', '/api/docs', '/', '/api/nothing']) {
      const res = await fetch(api.base + path);
      expect({ path, nosniff: res.headers.get('x-content-type-options'), frame: res.headers.get('x-frame-options'), referrer: res.headers.get('referrer-policy') }).toEqual({
        path,
        nosniff: 'nosniff',
        frame: 'DENY',
        referrer: 'no-referrer',
      });
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'.*script-src 'self' 'sha256-[A-Za-z0-9+/=]+'.*frame-ancestors 'none'/);
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  } finally {
    await api.close();
  }
});

test('a Host header outside the allow-list is refused (DNS rebinding), the listed ones are served', async () => {
  const api = await serveApi(store, { allowedHosts: ['localhost', '127.0.0.1', '[::1]'] });
  try {
    const port = new URL(api.base).port;
    const evil = await send(api.base, { method: 'GET', path: '/api/stats', headers: { host: `rebind.example:${port}` } });
    expect(evil.status).toBe(403);
    expect(JSON.parse(evil.body)).toMatchObject({ error: { code: 'host_not_allowed' } });
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, 'LOCALHOST']) {
      expect((await send(api.base, { method: 'GET', path: '/api/stats', headers: { host } })).status).toBe(200);
    }
  } finally {
    await api.close();
  }
});

test('API keys: none or a wrong one is 401, a read key reads, only a write key may call an endpoint that writes', async () => {
  const api = await serveApi(store, { apiKeys: [{ key: READ_KEY, scope: 'read' }, { key: WRITE_KEY, scope: 'write' }] });
  try {
    const missing = await fetch(`${api.base}/api/stats`);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    expect(await missing.json()).toMatchObject({ error: { code: 'unauthorized' } });
    expect((await fetch(`${api.base}/api/stats`, { headers: { authorization: 'Bearer not-a-key-at-all-0000' } })).status).toBe(401);
    expect((await fetch(`${api.base}/api/stats`, { headers: { authorization: `Bearer ${READ_KEY}` } })).status).toBe(200);
    expect((await fetch(`${api.base}/api/stats`, { headers: { 'x-api-key': WRITE_KEY } })).status).toBe(200);
    expect((await fetch(`${api.base}/health`)).status).toBe(200); // for load balancers
  } finally {
    await api.close();
  }
  // The scope check, on an endpoint that writes.
  let writes = 0;
  const app = express()
    .use(requireKey([{ key: READ_KEY, scope: 'read' }, { key: WRITE_KEY, scope: 'write' }]))
    .use(mount([endpoint({ method: 'post', path: '/things', tag: 't', summary: 's', scope: 'write', response: z.object({ n: z.number() }), handle: async () => ({ n: ++writes }) })], { budgetMs: 1000, cache: null }))
    .use(errorHandler(() => store.health()));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const read = await fetch(`${base}/things`, { method: 'POST', headers: { 'x-api-key': READ_KEY } });
    expect({ status: read.status, body: await read.json() }).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect(await (await fetch(`${base}/things`, { method: 'POST', headers: { 'x-api-key': WRITE_KEY } })).json()).toEqual({ n: 1 });
    expect(writes).toBe(1);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test('rate limit: a burst, then 429 with Retry-After until the bucket refills; clients counted apart', async () => {
  const api = await serveApi(store, { rateLimit: { perSecond: 2, burst: 3 } });
  try {
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await fetch(`${api.base}/api/stats`)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const limited = await fetch(`${api.base}/api/stats`);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(await limited.json()).toMatchObject({ error: { code: 'too_many_requests' } });
  } finally {
    await api.close();
  }
  let now = 0;
  const limiter = rateLimit({ perSecond: 1, burst: 1 }, () => now);
  const outcome = (ip: string) => {
    let result: unknown = 'passed';
    limiter({ ip } as express.Request, { locals: {}, setHeader: () => {} } as unknown as express.Response, (error?: unknown) => {
      if (error) result = (error as { status: number }).status;
    });
    return result;
  };
  expect([outcome('a'), outcome('a'), outcome('b')]).toEqual(['passed', 429, 'passed']);
  now = 1000;
  expect(outcome('a')).toBe('passed');
});

test('access log: one JSON line a request with method, path (no query), status and ms', async () => {
  const lines: string[] = [];
  const api = await serveApi(store, { accessLog: (line) => lines.push(line) });
  try {
    await fetch(`${api.base}/api/entities?q=${encodeURIComponent('某市')}`);
    await fetch(`${api.base}/api/entities/e_nope`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    await api.close();
  }
  const entries = lines.map((line) => JSON.parse(line));
  expect(entries.map(({ method, path, status }) => ({ method, path, status }))).toEqual([
    { method: 'GET', path: '/api/entities', status: 200 },
    { method: 'GET', path: '/api/entities/e_nope', status: 404 },
  ]);
  for (const entry of entries) expect(entry).toEqual({ time: expect.any(String), method: 'GET', path: entry.path, status: entry.status, ms: expect.any(Number), client: expect.stringMatching(/^ip:/) });
});

test('documents are answered with paths relative to the server, never absolute', async () => {
  const api = await serveApi(store);
  try {
    const list = (await api.get('/api/documents')).body as { path: string }[];
    expect(list.map((d) => d.path)).toEqual(['corpus/news.txt', 'corpus/plan.txt']);
    expect((await api.get('/api/documents/plan.txt')).body.path).toBe('corpus/plan.txt');
    expect(JSON.stringify(list)).not.toContain(CORPUS_DIR);
  } finally {
    await api.close();
  }
});

describe('configuration', () => {
  test('keys, hosts, rate limit, access log and budget from the environment, with clear errors', () => {
    const server = loadConfig({ KG_API_KEYS: `${READ_KEY}, ${WRITE_KEY}:write`, HOST: '0.0.0.0', KG_RATE_LIMIT: '0', KG_ACCESS_LOG: 'off' }).server;
    expect(server).toMatchObject({ apiKeys: [{ key: READ_KEY, scope: 'read' }, { key: WRITE_KEY, scope: 'write' }], allowedHosts: [], rateLimit: null, accessLog: 'off' });
    expect(loadConfig({}).server).toMatchObject({ apiKeys: [], allowedHosts: ['localhost', '127.0.0.1', '[::1]'], rateLimit: { perSecond: 50, burst: 100 }, accessLog: 'stdout', budgetMs: 10_000 });
    expect(loadConfig({ KG_ALLOWED_HOSTS: 'kg.example.org,kg' }).server.allowedHosts).toEqual(['kg.example.org', 'kg']);
    expect(() => loadConfig({ KG_API_KEYS: 'short' })).toThrow(/at least 16 characters/);
    expect(() => loadConfig({ KG_API_KEYS: `${READ_KEY}:admin` })).toThrow(/<key>:write/);
    expect(() => loadConfig({ KG_RATE_LIMIT: 'lots' })).toThrow(/KG_RATE_LIMIT/);
    expect(() => loadConfig({ KG_REQUEST_BUDGET_MS: '0' })).toThrow(/KG_REQUEST_BUDGET_MS/);
  });

  test('binding beyond loopback without keys or hosts is warned about', () => {
    const warnings: string[] = [];
    const original = console.error;
    console.error = (line: string) => void warnings.push(line);
    try {
      appOptions(loadConfig({ HOST: '0.0.0.0', KG_ACCESS_LOG: 'off' }));
      expect(warnings.join('\n')).toMatch(/without API keys.*KG_API_KEYS[\s\S]*KG_ALLOWED_HOSTS/);
      warnings.length = 0;
      appOptions(loadConfig({ HOST: '0.0.0.0', KG_ACCESS_LOG: 'off', KG_API_KEYS: READ_KEY, KG_ALLOWED_HOSTS: 'kg.example.org' }));
      appOptions(loadConfig({ KG_ACCESS_LOG: 'off' }));
      expect(warnings).toEqual([]);
    } finally {
      console.error = original;
    }
  });

  test('no fixed Neo4j password: NEO4J_PASSWORD, else the one `npm run neo4j` generated in the data directory, else a clear error', async () => {
    const data = await mkdtemp(join(tmpdir(), 'kg-password-'));
    try {
      expect(loadConfig({ KG_DATA_DIR: data }).neo4j.password).toBeNull();
      await writeFile(join(data, 'neo4j-password'), 'generated-secret-1234\n');
      expect(loadConfig({ KG_DATA_DIR: data }).neo4j.password).toBe('generated-secret-1234');
      expect(loadConfig({ KG_DATA_DIR: data, NEO4J_PASSWORD: 'from-the-environment' }).neo4j.password).toBe('from-the-environment');
      const { Neo4jStore } = await import('../src/store/neo4j.ts');
      await expect(new Neo4jStore({ uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: null }).open()).rejects.toThrow(/NEO4J_PASSWORD.*npm run neo4j/);
    } finally {
      await rm(data, { recursive: true, force: true });
    }
  });
});
