import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore } from '../src/store/embedded.ts';
import { QueryService } from '../src/query/service.ts';
import { withBudget } from '../core/budget.ts';
import type { Fact } from '../core/store.ts';
import { shortestFactPaths } from '../src/query/paths.ts';
import { serveApi } from './helpers/api-graph.ts';
import { D, DUPLICATES, nearDuplicates } from './helpers/duplicates.ts';

// Found by probing: on 25 near-duplicate documents one /api/paths request took
// 19.5 s and 2.45 GB (1.5 million shortest paths over parallel relations, all
// built before 20 were kept) and /health timed out meanwhile.

let dir: string;
let store: EmbeddedStore;
let api: Awaited<ReturnType<typeof serveApi>>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-bounded-'));
  store = new EmbeddedStore(dir);
  await store.open();
  for (const doc of nearDuplicates()) await store.writeDocument(doc);
  api = await serveApi(store);
});
afterAll(async () => {
  await api.close();
  await rm(dir, { recursive: true, force: true });
});

test('paths over 25 near-duplicate documents: answered at once, one edge per fact with every document as evidence, /health answering meanwhile', async () => {
  const began = performance.now();
  const [paths, health] = await Promise.all([
    api.get(`/api/paths?from=${D.start.id}&to=${D.end.id}&maxHops=4`),
    new Promise((resolve) => setTimeout(resolve, 20)).then(() => api.get('/health')),
  ]);
  expect(performance.now() - began).toBeLessThan(2000);
  expect(health.status).toBe(200);
  expect(paths.status).toBe(200);
  expect(paths.body.truncated).toBe(false);
  expect(paths.body.paths.map((p: { nodes: { id: string }[] }) => p.nodes.map((n) => n.id))).toEqual(
    expect.arrayContaining([
      [D.start.id, D.left.id, D.hub.id, D.west.id, D.end.id],
      [D.start.id, D.left.id, D.hub.id, D.east.id, D.end.id],
      [D.start.id, D.right.id, D.hub.id, D.west.id, D.end.id],
      [D.start.id, D.right.id, D.hub.id, D.east.id, D.end.id],
    ]),
  );
  expect(paths.body.paths).toHaveLength(4);
  for (const path of paths.body.paths) {
    for (const edge of path.edges) {
      expect(edge.support).toBe(DUPLICATES);
      expect(edge.evidence).toHaveLength(10);
      expect(new Set(edge.evidence.map((e: { doc: string }) => e.doc)).size).toBe(10);
    }
  }
});

test('k paths are found lazily and in the order of their facts, with truncated saying there are more', async () => {
  const all = (await api.get(`/api/paths?from=${D.start.id}&to=${D.end.id}`)).body.paths;
  const two = await api.get(`/api/paths?from=${D.start.id}&to=${D.end.id}&k=2`);
  expect(two.body.truncated).toBe(true);
  expect(two.body.paths).toEqual(all.slice(0, 2));
  const key = (p: { edges: { id: string }[] }) => p.edges.map((e) => e.id).join('|');
  expect(all.map(key)).toEqual(all.map(key).sort());
  // Never more shortest paths built than asked for, however many there are.
  let reads = 0;
  const counting = async (ids: string[]): Promise<Fact[]> => {
    reads++;
    return store.relationFacts(ids);
  };
  const one = await shortestFactPaths(counting, D.start.id, D.end.id, 4, 1);
  expect(one).toMatchObject({ more: true });
  expect(one.paths).toHaveLength(1);
  expect(reads).toBeLessThanOrEqual(4); // one read a level, from whichever side is smaller
  expect(await shortestFactPaths(counting, D.start.id, D.end.id, 3, 20)).toEqual({ paths: [], more: false });
});

test('a request that runs out of its time budget stops and answers 503 in the error shape', async () => {
  const service = new QueryService(store);
  await expect(withBudget(0, () => service.paths(D.start.id, D.end.id, 4))).rejects.toThrow(/time budget/);
  const tight = await serveApi(store, { budgetMs: 0 });
  try {
    const res = await tight.get(`/api/paths?from=${D.start.id}&to=${D.end.id}`);
    expect(res).toMatchObject({ status: 503, body: { error: { code: 'over_budget' } } });
    expect(res.body.error.message).toMatch(/budget of 0 ms/);
  } finally {
    await tight.close();
  }
});

test('a hub answers with counts and a page: relations of each type, the strongest first, paged by offset', async () => {
  const detail = await api.get(`/api/entities/${D.hub.id}?limit=7`);
  expect(detail.status).toBe(200);
  expect(detail.body.relationCounts).toEqual({ LOCATED_IN: 4 * DUPLICATES });
  expect(detail.body.relations.LOCATED_IN).toHaveLength(7);
  const next = await api.get(`/api/entities/${D.hub.id}?limit=7&offset=7`);
  const ids = [...detail.body.relations.LOCATED_IN, ...next.body.relations.LOCATED_IN].map((r: { id: string }) => r.id);
  expect(new Set(ids).size).toBe(14);
  const all = await api.get(`/api/entities/${D.hub.id}?limit=1000`);
  expect(all.body.relations.LOCATED_IN.map((r: { id: string }) => r.id).slice(0, 14)).toEqual(ids);
  expect((await api.get(`/api/entities/${D.hub.id}?types=PRODUCED`)).body.relationCounts).toEqual({});
});

test("a hub's page names a page of its documents: [offset, offset + limit) of them and those its listed relations quote", async () => {
  const { body: page } = await api.get(`/api/entities/${D.hub.id}?limit=2&offset=3`);
  const listed = page.entity.docs as string[];
  expect(listed).toHaveLength(DUPLICATES);
  const quoted = (Object.values(page.relations).flat() as { evidence: { doc: string } }[]).map((r) => r.evidence.doc);
  expect(page.documents.map((d: { id: string }) => d.id)).toEqual([...new Set([...listed.slice(3, 5), ...quoted])].sort());
  expect(page.documents.length).toBeLessThanOrEqual(4);
  for (const doc of page.documents) expect(doc.title).toBe((await store.getDocument(doc.id))!.title);
  const { body: whole } = await api.get(`/api/entities/${D.hub.id}?limit=1000`);
  expect(whole.documents.map((d: { id: string }) => d.id)).toEqual(listed);
});

test('neighbours of a hub: at most `fanout` relations followed from each entity, and truncated says so', async () => {
  const capped = await api.get(`/api/entities/${D.hub.id}/neighbors?depth=2&fanout=3`);
  expect(capped.status).toBe(200);
  expect(capped.body.truncated).toBe(true);
  expect(capped.body.edges.length).toBeLessThanOrEqual(3 + 3 * 3);
  const whole = await api.get(`/api/entities/${D.hub.id}/neighbors?depth=1&fanout=500`);
  expect(whole.body).toMatchObject({ truncated: false });
  expect(whole.body.edges).toHaveLength(4 * DUPLICATES);
  expect((await api.get(`/api/entities/${D.hub.id}/neighbors?fanout=501`)).status).toBe(400);
});

test('whole-graph analytics are computed once per state of the store, shared by concurrent requests, and follow every write', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'kg-overview-'));
  let reads = 0;
  class Counting extends EmbeddedStore {
    override async relationGraph() {
      reads++;
      return super.relationGraph();
    }
  }
  const counting = new Counting(folder);
  await counting.open();
  try {
    const [first, ...others] = nearDuplicates(3);
    await counting.writeDocument(first);
    const service = new QueryService(counting);
    const answers = await Promise.all([service.centrality(undefined, 5), service.centrality(undefined, 5), service.communities(5, 5), service.graph()]);
    expect(reads).toBe(1);
    expect(answers[0]).toEqual(answers[1]);
    for (const doc of others) await counting.writeDocument(doc);
    const after = await service.centrality(undefined, 100);
    expect(reads).toBe(2);
    expect((await service.graph()).edges).toHaveLength(8); // one edge per type and pair, three documents stating each
    await counting.writeDocument({ ...first, document: { ...first.document, id: 'other.txt' }, entities: [{ id: 'e_new', label: 'Region', name: '新区', aliases: [], props: {} }], mentions: [], relations: [], chunks: [] });
    expect((await service.centrality(undefined, 100)).total).toBe(after.total + 1);
    expect(reads).toBe(3); // graph() above was answered from the same state
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
