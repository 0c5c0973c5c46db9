import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { AnswerCache, coalesced } from '../src/server/answer-cache.ts';
import { endpoint, mount, type AnyEndpoint } from '../src/server/endpoint.ts';
import { errorHandler } from '../src/server/errors.ts';
import type { GraphStore } from '../core/store.ts';
import { EmbeddedStore } from '../src/store/embedded.ts';
import { serveApi } from './helpers/api-graph.ts';
import { court, twoDocuments } from './helpers/graphs.ts';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('coalesced revision reads', () => {
  test('callers arriving while a read runs share the next one, which starts after they arrived', async () => {
    let started = 0;
    const gates: (() => void)[] = [];
    const read = coalesced(() => {
      const n = ++started;
      return new Promise<string>((resolve) => gates.push(() => resolve(String(n))));
    });
    const first = read();
    await tick();
    // Arrive while read 1 runs: read 1 started before them, so they must not take its answer.
    const waiting = Array.from({ length: 20 }, () => read());
    expect(started).toBe(1);
    gates[0]();
    expect(await first).toBe('1');
    await tick();
    expect(started).toBe(2);
    gates[1]();
    expect(await Promise.all(waiting)).toEqual(Array(20).fill('2'));
    // Idle again: the next caller starts its own read at once.
    const later = read();
    expect(started).toBe(3);
    gates[2]();
    expect(await later).toBe('3');
  });

  test('a caller arriving as one read ends and the queued one has not started joins the queued one', async () => {
    let started = 0;
    const read = coalesced(async () => {
      started++;
      await tick();
      return String(started);
    });
    const first = read();
    const queued = read();
    // Runs right after the first read settles, before the queued read has started.
    const late = first.then(() => read());
    expect(await Promise.all([first, queued, late])).toEqual(['1', '2', '2']);
    expect(started).toBe(2);
  });

  test('a failed read fails its callers only; the queued read still runs', async () => {
    let calls = 0;
    const read = coalesced(async () => {
      calls++;
      await tick();
      if (calls === 1) throw new Error('server gone');
      return 'ok';
    });
    const [a, b] = [read(), read()];
    await expect(a).rejects.toThrow('server gone');
    await expect(b).resolves.toBe('ok');
  });
});

describe('AnswerCache', () => {
  const answer = (bytes: number) => ({ contentType: 'application/json', body: Buffer.alloc(bytes, 65) });
  // An entry costs its body, twice its key's length and 256 bytes: 100 bytes and a two-character key make 360.
  const cache = () => new AnswerCache(async () => 'r', 8 * 360);

  test('an answer is served for its revision only', () => {
    const c = cache();
    c.set('/a', 'r1', answer(10));
    expect(c.get('/a', 'r2')).toBeUndefined();
    // The stale answer is gone, not kept for its revision.
    expect(c.get('/a', 'r1')).toBeUndefined();
    c.set('/a', 'r2', answer(10));
    expect(c.get('/a', 'r2')?.body.length).toBe(10);
  });

  test('the least recently used answers go first past the byte limit; an answer over an eighth of it is not kept', () => {
    const c = cache();
    for (const key of ['/a', '/b', '/c', '/d']) c.set(key, 'r', answer(100));
    expect(c.size).toEqual({ answers: 4, bytes: 4 * 360 });
    expect(c.get('/a', 'r')).toBeDefined(); // /a is now the most recently used
    for (const key of ['/e', '/f', '/g', '/h', '/i']) c.set(key, 'r', answer(100));
    expect(c.size.answers).toBe(8);
    expect(c.get('/b', 'r')).toBeUndefined();
    expect(c.get('/a', 'r')).toBeDefined();
    c.set('/big', 'r', answer(102)); // 102 + 8 + 256 > 360
    expect(c.get('/big', 'r')).toBeUndefined();
    expect(c.size.answers).toBe(8);
  });
});

describe('answers over HTTP follow the graph', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-answer-cache-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('a repeated request is a hit until another process writes, deletes or rewrites; then the new graph is answered', async () => {
    const { a, b } = twoDocuments();
    const writer = new EmbeddedStore(dir, { writer: true });
    await writer.open();
    await writer.writeDocument(a);
    // The server reads the data directory the writer writes, as `kg serve` beside `kg ingest` does.
    const reader = new EmbeddedStore(dir);
    await reader.open();
    const api = await serveApi(reader);
    try {
      const first = await api.get('/api/documents');
      expect([first.cache, first.body.map((d: { id: string }) => d.id)]).toEqual(['miss', ['a.txt']]);
      const again = await api.get('/api/documents');
      expect([again.cache, again.body]).toEqual(['hit', first.body]);

      await writer.writeDocument(b);
      const afterWrite = await api.get('/api/documents');
      expect([afterWrite.cache, afterWrite.body.map((d: { id: string }) => d.id)]).toEqual(['miss', ['a.txt', 'b.txt']]);
      expect((await api.get(`/api/entities/${court.id}`)).status).toBe(200);

      await writer.deleteDocument('b.txt');
      const afterDelete = await api.get(`/api/entities/${court.id}`);
      expect([afterDelete.cache, afterDelete.status]).toEqual([null, 404]);
      expect((await api.get('/api/documents')).body).toEqual(first.body);

      // CSV answers keep their type and download name when served again.
      const headers = (res: Response) => [res.headers.get('x-kg-cache'), res.headers.get('content-type'), res.headers.get('content-disposition')];
      const csv = await fetch(`${api.base}/api/policies?format=csv`);
      const csvAgain = await fetch(`${api.base}/api/policies?format=csv`);
      expect(headers(csv)).toEqual(['miss', 'text/csv; charset=utf-8', 'attachment; filename=policies.csv']);
      expect([...headers(csvAgain), await csvAgain.text()]).toEqual(['hit', 'text/csv; charset=utf-8', 'attachment; filename=policies.csv', await csv.text()]);
    } finally {
      await api.close();
      await reader.close();
      await writer.close();
    }
  });

  test('an answer is kept under the revision read before it was computed: a write landing meanwhile is answered next time', async () => {
    const { a, b } = twoDocuments();
    const store = new EmbeddedStore(dir);
    await store.writeDocument(a);
    // The real store, with a write landing just after the first listing was read and before it is answered.
    let writeDuringListing = true;
    const racing = new Proxy(store, {
      get(target, name, receiver) {
        if (name !== 'listDocuments') return Reflect.get(target, name, receiver);
        return async () => {
          const listed = await target.listDocuments();
          if (writeDuringListing) {
            writeDuringListing = false;
            await target.writeDocument(b);
          }
          return listed;
        };
      },
    }) as GraphStore;
    const api = await serveApi(racing);
    try {
      expect((await api.get('/api/documents')).body.map((d: { id: string }) => d.id)).toEqual(['a.txt']);
      const next = await api.get('/api/documents');
      expect([next.cache, next.body.map((d: { id: string }) => d.id)]).toEqual(['miss', ['a.txt', 'b.txt']]);
    } finally {
      await api.close();
      await store.close();
    }
  });

  test('with the cache off every answer is computed', async () => {
    const store = new EmbeddedStore(dir);
    await store.writeDocument(twoDocuments().a);
    const api = await serveApi(store, { answerCacheBytes: 0 });
    try {
      await api.get('/api/documents');
      expect((await api.get('/api/documents')).cache).toBeNull();
    } finally {
      await api.close();
      await store.close();
    }
  });
});

describe('mount with a cache', () => {
  /** A server of the given endpoints with a cache over `revision`, budget 300 ms. */
  async function serve(endpoints: AnyEndpoint[], revision: () => Promise<string>) {
    const health = async () => ({ backend: 'embedded' as const, ok: true });
    const app = express()
      .use(mount(endpoints, { budgetMs: 300, cache: new AnswerCache(revision, 1 << 20) }))
      .use(errorHandler(health));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const get = async (path: string) => {
      const res = await fetch(base + path);
      return { status: res.status, cache: res.headers.get('x-kg-cache'), body: await res.json() };
    };
    return { get, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
  }
  const counted = (extra: Partial<AnyEndpoint> = {}) => {
    const calls = { n: 0 };
    const e = endpoint({
      method: 'get',
      path: '/n',
      tag: 't',
      summary: 's',
      query: z.object({ k: z.string().default('a') }),
      response: z.object({ n: z.number(), warning: z.string().optional() }),
      handle: async () => ({ n: ++calls.n }),
      ...extra,
    });
    return { e, calls };
  };

  test('the key is the validated request: parameters the endpoint does not take and filled defaults do not make new entries', async () => {
    const { e, calls } = counted();
    const api = await serve([e], async () => 'r');
    try {
      expect(await api.get('/n')).toEqual({ status: 200, cache: 'miss', body: { n: 1 } });
      expect((await api.get('/n?k=a&junk=1')).cache).toBe('hit');
      expect((await api.get('/n?k=b')).body).toEqual({ n: 2 });
      expect(calls.n).toBe(2);
    } finally {
      await api.close();
    }
  });

  test('an answer is kept per value of what it varies with, and one with a warning is not kept', async () => {
    let day = 'd1';
    const { e, calls } = counted({ varies: () => day });
    const warned = counted({ path: '/w', handle: async () => ({ n: ++warned.calls.n, warning: 'degraded' }) });
    const api = await serve([e, warned.e], async () => 'r');
    try {
      await api.get('/n');
      expect((await api.get('/n')).cache).toBe('hit');
      day = 'd2';
      expect(await api.get('/n')).toMatchObject({ cache: 'miss', body: { n: 2 } });
      expect(calls.n).toBe(2);
      await api.get('/w');
      expect(await api.get('/w')).toMatchObject({ cache: 'miss', body: { n: 2, warning: 'degraded' } });
    } finally {
      await api.close();
    }
  });

  test('a burst of the same request computes its answer once', async () => {
    const { e, calls } = counted({ handle: async () => new Promise((resolve) => setTimeout(() => resolve({ n: ++calls.n }), 50)) });
    const api = await serve([e], async () => 'r');
    try {
      const answers = await Promise.all(Array.from({ length: 10 }, () => api.get('/n')));
      expect(answers.map((a) => a.body)).toEqual(Array(10).fill({ n: 1 }));
      expect(calls.n).toBe(1);
    } finally {
      await api.close();
    }
  });

  test('a revision read that does not answer is bounded by the request budget: 503, not a hanging request', async () => {
    const { e } = counted();
    const api = await serve([e], () => new Promise<string>(() => {}));
    try {
      const started = Date.now();
      const res = await api.get('/n');
      expect([res.status, res.body.error.code]).toEqual([503, 'over_budget']);
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await api.close();
    }
  });
});
