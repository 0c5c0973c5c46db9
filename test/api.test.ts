import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { z } from 'zod';
import { EmbeddedStore } from '../src/store/embedded.ts';
import * as schemas from '../src/server/schemas.ts';
import { E, policyWorld, serveApi } from './helpers/api-graph.ts';

let dir: string;
let api: Awaited<ReturnType<typeof serveApi>>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-api-'));
  const store = new EmbeddedStore(dir);
  await store.open();
  for (const doc of policyWorld()) await store.writeDocument(doc);
  api = await serveApi(store);
});
afterAll(async () => {
  await api.close();
  await rm(dir, { recursive: true, force: true });
});

const q = encodeURIComponent;

/** A 200 whose body matches the endpoint's published response schema. */
async function ok<S extends z.ZodType>(path: string, schema: S): Promise<z.output<S>> {
  const res = await api.get(path);
  expect({ path, status: res.status }).toEqual({ path, status: 200 });
  return schema.parse(res.body);
}

async function fails(path: string, status: number, code: string) {
  const res = await api.get(path);
  expect({ path, status: res.status, code: res.body?.error?.code }).toEqual({ path, status, code });
  expect(typeof res.body.error.message).toBe('string');
  expect(JSON.stringify(res.body)).not.toMatch(/\s+at\s+\S+\s+\(/); // no stack trace
  return res.body.error;
}

describe('entities', () => {
  test('lookup by name, alias and part of a name', async () => {
    expect((await ok(`/api/entities?q=${q('某市知识产权局')}`, schemas.EntityList)).items[0].id).toBe(E.bureau.id);
    expect((await ok(`/api/entities?q=${q('市知识产权局')}&label=Institution`, schemas.EntityList)).items[0].id).toBe(E.bureau.id);
    const partial = await ok(`/api/entities?q=${q('知识产权')}&limit=2&offset=1`, schemas.EntityList);
    expect(partial.total).toBeGreaterThan(3);
    expect(partial.items).toHaveLength(2);
  });

  test('a name given more fully than the documents give it finds the entity it ends with; nothing for unrelated text', async () => {
    const fuller = await ok(`/api/entities?q=${q('某省某市知识产权规划')}`, schemas.EntityList);
    expect(fuller.items.map((e) => e.id)).toEqual([E.plan.id]);
    expect((await ok(`/api/entities?q=${q('某省某市知识产权规划')}&label=Institution`, schemas.EntityList)).total).toBe(0);
    expect((await ok(`/api/entities?q=${q('毫不相干的一段文字')}`, schemas.EntityList)).total).toBe(0);
    expect((await ok(`/api/implementers?measure=${q('某市某区完善知识产权政策体系')}`, schemas.Implementers)).measure.id).toBe(E.task.id);
  });

  test('detail groups relations by type, each with evidence', async () => {
    const detail = await ok(`/api/entities/${E.bureau.id}`, schemas.EntityDetail);
    expect(Object.keys(detail.relations).sort()).toEqual(['COOPERATES_WITH', 'IMPLEMENTS', 'ISSUED', 'OPERATES']);
    expect(detail.relations.ISSUED![0]).toMatchObject({
      direction: 'out',
      other: { id: E.plan.id },
      evidence: { sentence: '某市知识产权局印发某市知识产权规划。', doc: 'plan.txt', start: 0, end: 18 },
    });
    expect(detail.relations.COOPERATES_WITH![0].direction).toBe('in');
    expect(detail.documents.map((d) => d.id)).toEqual(['news.txt', 'plan.txt']);
  });

  test('neighbors: depth, relation types and labels', async () => {
    const one = await ok(`/api/entities/${E.task.id}/neighbors`, schemas.Neighbors);
    expect(one.nodes.map((n) => n.id).sort()).toEqual([E.bureau.id, E.plan.id, E.target.id, E.task.id].sort());
    expect(one.edges.every((e) => e.evidence.sentence.length > 0)).toBe(true);
    const two = await ok(`/api/entities/${E.task.id}/neighbors?depth=2&types=IMPLEMENTS,OPERATES`, schemas.Neighbors);
    expect(two.nodes.map((n) => n.id).sort()).toEqual([E.bureau.id, E.centre.id, E.task.id].sort());
    const labelled = await ok(`/api/entities/${E.bureau.id}/neighbors?depth=3&labels=Platform,Region`, schemas.Neighbors);
    expect(labelled.nodes.map((n) => n.id).sort()).toEqual([E.bureau.id, E.centre.id, E.city.id].sort());
    const capped = await ok(`/api/entities/${E.bureau.id}/neighbors?depth=3&limit=2`, schemas.Neighbors);
    expect(capped).toMatchObject({ truncated: true });
    expect(capped.nodes).toHaveLength(2);
  });

  test('bad input and unknown ids', async () => {
    await fails('/api/entities?limit=abc', 400, 'bad_request');
    await fails('/api/entities?label=Person', 400, 'bad_request');
    await fails('/api/entities/e_nope', 404, 'not_found');
    expect((await fails(`/api/entities/${E.bureau.id}/neighbors?depth=4`, 400, 'bad_request')).message).toMatch(/depth/);
    expect((await fails(`/api/entities/${E.bureau.id}?offset=2147483648`, 400, 'bad_request')).message).toMatch(/offset/);
    expect((await fails(`/api/entities/${E.bureau.id}/neighbors?types=KNOWS`, 400, 'bad_request')).message).toMatch(/types/);
    await fails('/api/entities/e_nope/neighbors', 404, 'not_found');
  });
});

describe('events and places', () => {
  test("an event's participants and date; a body's events", async () => {
    const forum = await ok(`/api/entities/${E.forum.id}/events`, schemas.Events);
    expect(forum.entity.props.date).toBe('2025-04');
    expect(forum.participants.map((p) => [p.entity.id, p.via.map((v) => v.type)])).toEqual([[E.court.id, ['PARTICIPATED_IN']]]);
    expect(forum.events).toEqual([]);
    const court = await ok(`/api/entities/${E.court.id}/events`, schemas.Events);
    expect(court.events.map((e) => e.entity.id)).toEqual([E.forum.id]);
    expect(court.events[0].via[0]).toMatchObject({ type: 'PARTICIPATED_IN', direction: 'in', evidence: { sentence: '某市中级人民法院举办某市知识产权论坛。' } });
    expect((await ok(`/api/entities/${E.lonely.id}/events`, schemas.Events)).events).toEqual([]);
  });

  test('where a platform is, what is in a region, and where a measure is by what its text names', async () => {
    const centre = await ok(`/api/entities/${E.centre.id}/places`, schemas.Places);
    expect(centre.places.map((p) => [p.entity.id, p.through])).toEqual([[E.city.id, null]]);
    const city = await ok(`/api/entities/${E.city.id}/places`, schemas.Places);
    expect(city.contents.map((c) => c.entity.id)).toEqual([E.centre.id]);
    const task = await ok(`/api/entities/${E.task.id}/places`, schemas.Places);
    expect(task.places.map((p) => p.entity.id)).toEqual([E.city.id]);
    expect((await ok(`/api/entities/${E.lonely.id}/places`, schemas.Places)).places).toEqual([]);
  });

  test('bad input and unknown ids', async () => {
    await fails('/api/entities/e_nope/events', 404, 'not_found');
    await fails('/api/entities/e_nope/places', 404, 'not_found');
    await fails(`/api/entities/${'x'.repeat(301)}/places`, 400, 'bad_request');
    await fails(`/api/entities/${'x'.repeat(301)}/events`, 400, 'bad_request');
  });
});

describe('policies', () => {
  test('implementers of a measure, by id or by name', async () => {
    const byId = await ok(`/api/implementers?measure=${E.task.id}`, schemas.Implementers);
    expect(byId.implementers.map((i) => i.entity.id)).toEqual([E.bureau.id]);
    expect(byId.implementers[0].evidence[0].evidence.sentence).toBe('某市知识产权局负责完善知识产权政策体系。');
    const byName = await ok(`/api/implementers?measure=${q('完善知识产权政策体系')}`, schemas.Implementers);
    expect(byName).toEqual(byId);
    await fails('/api/implementers', 400, 'bad_request');
    await fails(`/api/implementers?measure=${q('不存在的措施')}`, 404, 'not_found');
  });

  test('measures of an implementer and of a policy', async () => {
    const ofBureau = await ok(`/api/measures?implementer=${E.bureau.id}`, schemas.Measures);
    expect(ofBureau.items.map((m) => m.entity.id)).toEqual([E.task.id]);
    const ofPlan = await ok(`/api/measures?policy=${q('某市知识产权规划')}`, schemas.Measures);
    expect(ofPlan.items[0]).toMatchObject({ entity: { id: E.task.id }, via: [{ type: 'PART_OF' }], implementers: [{ other: { id: E.bureau.id } }] });
    const both = await ok(`/api/measures?policy=${E.plan.id}&implementer=${E.court.id}`, schemas.Measures);
    expect(both.items).toEqual([]);
    expect((await fails('/api/measures', 400, 'bad_request')).message).toMatch(/implementer, policy/);
    await fails('/api/measures?policy=e_nope', 404, 'not_found');
  });

  test('trace: policy -> measure -> implementer -> platform -> outcome -> region', async () => {
    const tree = await ok(`/api/policies/${E.plan.id}/trace`, schemas.TraceNode);
    const names = (node: typeof tree): string[] => node.children.map((c) => `${c.via!.type}:${c.entity.id}`);
    expect(names(tree)).toEqual([`PART_OF:${E.task.id}`, `ISSUED:${E.bureau.id}`]);
    const task = tree.children[0];
    expect(names(task)).toEqual([`IMPLEMENTS:${E.bureau.id}`, `TARGETS:${E.target.id}`]);
    const centre = task.children[0].children[0];
    expect(centre.via).toMatchObject({ type: 'OPERATES', evidence: { sentence: '某市知识产权局建设某市知识产权保护中心。' } });
    expect(names(centre.children[0])).toEqual([`MEASURED_IN:${E.city.id}`]);
    expect(tree.children[1].children).toEqual([]); // the issuer is not traced further
    await fails('/api/policies/e_nope/trace', 404, 'not_found');
    await fails(`/api/policies/${E.bureau.id}/trace`, 404, 'not_found'); // not a policy
  });

  test('outcomes by indicator, region, period and kind, with what produced them', async () => {
    const all = await ok('/api/outcomes', schemas.Outcomes);
    expect(all.total).toBe(2);
    const inCity = await ok(`/api/outcomes?region=${q('某市')}`, schemas.Outcomes);
    expect(inCity.items.map((o) => o.id)).toEqual([E.actual.id]);
    expect(inCity.items[0].relations.map((r) => `${r.type}:${r.direction}:${r.other.id}`).sort()).toEqual([
      `MEASURED_IN:out:${E.city.id}`,
      `PRODUCED:in:${E.centre.id}`,
    ]);
    expect((await ok(`/api/outcomes?indicator=${q('专利')}&kind=target&period=2030`, schemas.Outcomes)).items.map((o) => o.id)).toEqual([E.target.id]);
    expect((await ok('/api/outcomes?period=1999', schemas.Outcomes)).total).toBe(0);
    await fails('/api/outcomes?kind=maybe', 400, 'bad_request');
    await fails('/api/outcomes?limit=0', 400, 'bad_request');
  });
});

describe('explore', () => {
  test('shortest paths between two entities, by id or name', async () => {
    const found = await ok(`/api/paths?from=${E.court.id}&to=${q('某市')}`, schemas.Paths);
    expect(found.paths).toHaveLength(1);
    expect(found.paths[0].nodes.map((n) => n.id)).toEqual([E.court.id, E.bureau.id, E.centre.id, E.city.id]);
    expect(found.paths[0].edges.map((e) => e.type)).toEqual(['COOPERATES_WITH', 'OPERATES', 'LOCATED_IN']);
    expect((await ok(`/api/paths?from=${E.court.id}&to=${E.city.id}&maxHops=2`, schemas.Paths)).paths).toEqual([]);
    expect((await ok(`/api/paths?from=${E.court.id}&to=${E.lonely.id}`, schemas.Paths)).paths).toEqual([]);
    await fails(`/api/paths?from=${E.court.id}`, 400, 'bad_request');
    await fails(`/api/paths?from=${E.court.id}&to=${E.city.id}&maxHops=9`, 400, 'bad_request');
    await fails(`/api/paths?from=e_nope&to=${E.city.id}`, 404, 'not_found');
  });

  test('centrality and communities', async () => {
    const ranked = await ok('/api/analytics/centrality', schemas.Centrality);
    expect(ranked.total).toBe(10);
    expect(ranked.items[0].pagerank).toBeGreaterThan(ranked.items[ranked.items.length - 1].pagerank);
    const institutions = await ok('/api/analytics/centrality?label=Institution&limit=2', schemas.Centrality);
    expect(institutions.items.every((i) => i.entity.label === 'Institution')).toBe(true);
    expect(institutions.items.length).toBe(2);
    const groups = await ok('/api/analytics/communities', schemas.Communities);
    expect(groups.items.reduce((n, c) => n + c.size, 0)).toBe(9); // every connected entity, the lonely one left out
    expect(await api.get('/api/analytics/communities')).toMatchObject({ body: groups }); // deterministic
    await fails('/api/analytics/centrality?label=Nope', 400, 'bad_request');
    await fails('/api/analytics/communities?limit=-1', 400, 'bad_request');
  });

  test('the whole graph for the overview', async () => {
    const graph = await ok('/api/graph', schemas.GraphOverview);
    expect(graph.nodes).toHaveLength(10);
    expect(graph.edges).toHaveLength(10);
  });
});

describe('documents', () => {
  test('list and detail with the entities mentioned', async () => {
    const docs = await ok('/api/documents', schemas.DocumentList);
    expect(docs.map((d) => d.id)).toEqual(['news.txt', 'plan.txt']);
    const news = await ok('/api/documents/news.txt', schemas.DocumentDetail);
    expect(news.text).toContain('签署合作协议');
    expect(news.entities.map((e) => e.id).sort()).toEqual([E.bureau.id, E.court.id, E.forum.id].sort());
    await fails('/api/documents/nope.txt', 404, 'not_found');
    await fails(`/api/documents/${'x'.repeat(400)}`, 400, 'bad_request');
  });
});

describe('cypher, OpenAPI and errors', () => {
  test('Cypher answers 501 on the embedded store, 400 on bad bodies', async () => {
    expect(await api.post('/api/cypher', { query: 'MATCH (n) RETURN count(n)' })).toMatchObject({ status: 501, body: { error: { code: 'not_implemented' } } });
    expect(await api.post('/api/cypher', { query: 'CREATE (n:X) RETURN n' })).toMatchObject({ status: 400, body: { error: { code: 'query_refused' } } });
    expect(await api.post('/api/cypher', { params: {} })).toMatchObject({ status: 400, body: { error: { code: 'bad_request' } } });
    expect(await api.post('/api/cypher', '{not json')).toMatchObject({ status: 400, body: { error: { code: 'bad_request' } } });
  });

  test('OpenAPI document made from the schemas, and an offline docs page', async () => {
    const spec = (await api.get('/api/openapi.json')).body;
    expect(spec.openapi).toBe('3.1.0');
    for (const path of ['/api/entities/{id}/neighbors', '/api/implementers', '/api/measures', '/api/policies/{id}/trace', '/api/outcomes', '/api/paths', '/api/analytics/centrality', '/api/analytics/communities', '/api/documents/{id}']) {
      expect(spec.paths[path]?.get).toBeDefined();
    }
    expect(spec.paths['/api/cypher'].post.requestBody).toBeDefined();
    const neighbors = spec.paths['/api/entities/{id}/neighbors'].get;
    expect(neighbors.parameters.find((p: { name: string }) => p.name === 'depth').schema).toMatchObject({ minimum: 1, maximum: 3, default: 1 });
    // Every reference resolves to a component.
    for (const ref of JSON.stringify(spec).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)) expect(spec.components.schemas[ref[1]]).toBeDefined();
    expect(spec.components.schemas.TraceNode.properties.children.items).toEqual({ $ref: '#/components/schemas/TraceNode' });
    const docs = await api.get('/api/docs');
    expect(docs.type).toMatch(/text\/html/);
    expect(docs.body).toContain('openapi.json');
    expect(docs.body).not.toMatch(/<script[^>]+src=|<link[^>]+href="http/); // nothing fetched from elsewhere
  });

  test('every client error is a 4xx in the one error shape: malformed path parameters, bodies, content types', async () => {
    for (const id of ['%ED%A0%80', '%', '%zz', '%C0%AF', 'a%2', '%E4%B8']) {
      for (const path of [`/api/entities/${id}`, `/api/entities/${id}/neighbors`, `/api/policies/${id}/trace`, `/api/documents/${id}`]) {
        const error = await fails(path, 400, 'bad_request');
        expect(error.message).toMatch(/percent-encoding/);
      }
    }
    const post = async (headers: Record<string, string>, body: string | Buffer) => {
      const res = await fetch(`${api.base}/api/cypher`, { method: 'POST', headers, body: body as BodyInit });
      return { status: res.status, body: await res.json() };
    };
    const query = JSON.stringify({ query: 'MATCH (n) RETURN n' });
    expect(await post({ 'content-type': 'application/json; charset=ebcdic' }, query)).toMatchObject({ status: 415, body: { error: { code: 'unsupported_media_type' } } });
    expect(await post({ 'content-type': 'application/json', 'content-encoding': 'br2' }, query)).toMatchObject({ status: 415, body: { error: { code: 'unsupported_media_type' } } });
    expect(await post({ 'content-type': 'application/json', 'content-encoding': 'gzip' }, query)).toMatchObject({ status: 400, body: { error: { code: 'bad_request' } } });
    expect(await post({ 'content-type': 'text/plain' }, query)).toMatchObject({ status: 415, body: { error: { code: 'unsupported_media_type' } } });
    expect(await post({ 'content-type': 'application/x-www-form-urlencoded' }, 'query=MATCH')).toMatchObject({ status: 415 });
    const { gzipSync } = await import('node:zlib');
    expect(await post({ 'content-type': 'application/json', 'content-encoding': 'gzip' }, gzipSync(query))).toMatchObject({ status: 501 });
  });

  test('unknown routes are 404 in the one error shape', async () => {
    await fails('/api/nothing-here', 404, 'not_found');
  });
});

test('an empty store answers every listing and analytics endpoint, none with a server error', async () => {
  const empty = await mkdtemp(join(tmpdir(), 'kg-api-empty-'));
  const store = new EmbeddedStore(empty);
  await store.open();
  const bare = await serveApi(store);
  try {
    for (const path of ['/api/stats', '/api/entities', '/api/documents', '/api/outcomes', '/api/graph', '/api/analytics/centrality', '/api/analytics/communities']) {
      expect({ path, status: (await bare.get(path)).status }).toEqual({ path, status: 200 });
    }
    expect((await bare.get('/api/analytics/centrality')).body).toEqual({ total: 0, items: [] });
  } finally {
    await bare.close();
    await rm(empty, { recursive: true, force: true });
  }
});

describe('a store that is down', () => {
  /** The embedded store made to fail the way an unreachable Neo4j does: health not ok, queries throwing. */
  class DownStore extends EmbeddedStore {
    override async health() {
      return { backend: this.backend, ok: false, detail: 'connection refused' };
    }
    override async entityPage(): Promise<never> {
      throw new Error('connect ECONNREFUSED 127.0.0.1:7687');
    }
  }

  test('answers 503 in the one error shape, and /health says so', async () => {
    const store = new DownStore(dir);
    await store.open();
    const down = await serveApi(store);
    try {
      expect(await down.get(`/api/entities/${E.bureau.id}`)).toMatchObject({
        status: 503,
        body: { error: { code: 'store_unavailable', message: 'the graph store is unavailable: connection refused' } },
      });
      expect(await down.get('/health')).toMatchObject({ status: 503, body: { status: 'unavailable' } });
    } finally {
      await down.close();
    }
  });
});
