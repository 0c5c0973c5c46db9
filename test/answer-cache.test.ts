import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnswerCache, coalesced } from '../src/server/answer-cache.ts';
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
  const cache = () => new AnswerCache(async () => 'r', 800);

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
    expect(c.get('/a', 'r')).toBeDefined(); // /a is now the most recently used
    for (const key of ['/e', '/f', '/g', '/h', '/i']) c.set(key, 'r', answer(100));
    expect(c.size).toEqual({ answers: 8, bytes: 800 });
    expect(c.get('/b', 'r')).toBeUndefined();
    expect(c.get('/a', 'r')).toBeDefined();
    c.set('/big', 'r', answer(101));
    expect(c.get('/big', 'r')).toBeUndefined();
    expect(c.size.bytes).toBe(800);
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
