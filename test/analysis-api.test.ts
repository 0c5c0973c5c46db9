// The analysis endpoints on the embedded store, over real documents: the
// instrument mix by region, year, issuer and document, timelines, comparisons,
// and their CSV. (test/analysis-neo4j.test.ts checks Neo4j gives the same answers.)
import { INSTRUMENT_TOOLS } from '../core/instruments/scheme.ts';
import { normalizeName } from '../core/names.ts';
import { ingestPaths } from '../ingest/pipeline.ts';
import { EmbeddedStore } from '../src/store/embedded.ts';
import { serveApi } from './helpers/api-graph.ts';
import { ANALYSIS_DOCS } from './helpers/analysis.ts';
import { tempDir } from './helpers/corpus.ts';

interface Measure {
  id: string;
  name: string;
  tool: string | null;
  category: string | null;
  evidence: { sentence: string; doc: string; start: number; end: number } | null;
}
interface Cell {
  tool: string;
  category: string;
  count: number;
  share: number;
  measures: Measure[];
}
interface Group {
  key: string;
  name: string;
  measures: number;
  uncoded: number;
  cells: Cell[];
  categories: { category: string; count: number; share: number }[];
}

let dir: Awaited<ReturnType<typeof tempDir>>;
let store: EmbeddedStore;
let api: Awaited<ReturnType<typeof serveApi>>;
const texts = new Map<string, string>();

beforeAll(async () => {
  dir = await tempDir('kg-analysis-');
  store = new EmbeddedStore(dir.path);
  await store.open();
  expect((await ingestPaths(ANALYSIS_DOCS, store)).failed).toEqual([]);
  for (const doc of await store.listDocuments()) texts.set(doc.id, (await store.getDocument(doc.id))!.text);
  api = await serveApi(store);
});
afterAll(async () => {
  await api?.close();
  await dir?.remove();
});

const table = async (groupBy: string) => {
  const res = await api.get(`/api/analytics/instruments?groupBy=${groupBy}`);
  expect(res.status).toBe(200);
  return res.body as { measures: number; uncoded: number; groups: Group[] };
};

describe('GET /api/analytics/instruments', () => {
  test('by region: every measure in one group; counts, shares and cells add up; each measure with its sentence where its document has it', async () => {
    const { measures, groups } = await table('region');
    const all = await store.entitiesByLabel('Measure');
    expect(measures).toBe(all.length);
    expect(groups.reduce((n, g) => n + g.measures, 0)).toBe(all.length);
    for (const g of groups) {
      expect(g.cells.map((c) => c.tool)).toEqual([...INSTRUMENT_TOOLS]);
      const coded = g.measures - g.uncoded;
      expect(g.cells.reduce((n, c) => n + c.count, 0)).toBe(coded);
      expect(g.categories.reduce((n, c) => n + c.count, 0)).toBe(coded);
      if (coded) expect(g.cells.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 3);
      for (const c of g.cells) {
        expect(c.measures).toHaveLength(c.count);
        expect(c.share).toBeCloseTo(coded ? c.count / coded : 0, 3);
        for (const m of c.measures) {
          expect([m.tool, m.category]).toEqual([c.tool, c.category]);
          expect(m.evidence).not.toBeNull();
          expect(texts.get(m.evidence!.doc)!.slice(m.evidence!.start, m.evidence!.end)).toBe(m.evidence!.sentence);
        }
      }
    }
    const names = groups.map((g) => g.name);
    expect(names).toEqual(expect.arrayContaining(['深圳市', '浙江省', '上海市']));
    expect(names.indexOf('深圳市')).toBe(0);
  });

  test('by year: years ascending, the regulations in the years their texts state, undated documents last', async () => {
    const { groups } = await table('year');
    const years = groups.filter((g) => g.key !== 'unknown').map((g) => Number(g.key));
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(years).toEqual(expect.arrayContaining([2002, 2015, 2022, 2025]));
    const ids = (key: string) => groups.find((g) => g.key === key)!.cells.flatMap((c) => c.measures.map((m) => m.evidence?.doc));
    expect(new Set(ids('2015'))).toEqual(new Set(['zhejiang_patent_regulation_2015.txt']));
    expect(new Set(ids('2002'))).toEqual(new Set(['shanghai_patent_protection_regulation.txt']));
    const unknown = groups.findIndex((g) => g.key === 'unknown');
    expect(unknown === -1 || unknown === groups.length - 1).toBe(true);
  });

  test('by document and by issuer: document groups are titled, the body a document is titled by issues its measures', async () => {
    const byDocument = await table('document');
    expect(byDocument.groups.map((g) => g.key).sort()).toEqual(ANALYSIS_DOCS.map((p) => p.split('/').pop()).sort());
    expect(byDocument.groups.map((g) => g.name)).toContain('浙江省专利条例');
    const byIssuer = await table('issuer');
    expect(byIssuer.groups.reduce((n, g) => n + g.measures, 0)).toBe(byIssuer.measures);
    expect(byIssuer.groups.map((g) => normalizeName(g.name))).toEqual(expect.arrayContaining([normalizeName('深圳市市场监督管理局（深圳市知识产权局）')]));
  });

  test('as CSV: one row per group and tool, for Excel, R and Stata', async () => {
    const { groups } = await table('region');
    const res = await api.get('/api/analytics/instruments?groupBy=region&format=csv');
    expect(res.type).toMatch(/^text\/csv; charset=utf-8/);
    const bytes = new Uint8Array(await (await fetch(`${api.base}/api/analytics/instruments?groupBy=region&format=csv`)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = (res.body as string).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('group_key,group,category,tool,count,share,measures,measure_ids');
    expect(lines).toHaveLength(1 + groups.length * INSTRUMENT_TOOLS.length);
    const first = groups[0].cells.find((c) => c.count > 0)!;
    expect(lines).toContain(
      [groups[0].key, groups[0].name, first.category, first.tool, first.count, first.share, first.measures.map((m) => m.name).join('；'), first.measures.map((m) => m.id).join(';')]
        .map((v) => (/[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v)))
        .join(','),
    );
  });

  test('a group the API does not know is a 400 naming the parameter', async () => {
    const res = await api.get('/api/analytics/instruments?groupBy=planet');
    expect(res).toMatchObject({ status: 400, body: { error: { code: 'bad_request', message: expect.stringContaining('groupBy') } } });
  });
});

describe('GET /api/timeline', () => {
  test("a regulation's timeline: adopted, then in force the day the regulation it replaces is repealed, each with its sentence", async () => {
    const res = await api.get(`/api/timeline?entity=${encodeURIComponent('浙江省专利条例')}`);
    expect(res.status).toBe(200);
    const items = res.body.items as { date: string; kind: string; entity: { name: string }; via: { type: string } | null; evidence: Measure['evidence'] }[];
    expect(items.map((i) => `${i.date} ${i.kind} ${normalizeName(i.entity.name)}`)).toEqual(expect.arrayContaining([
      '2015-09-25 adopted 浙江省专利条例',
      '2016-01-01 effective 浙江省专利条例',
      '2016-01-01 repealed 浙江省专利保护条例',
    ]));
    expect(items.find((i) => i.kind === 'repealed')!.via!.type).toBe('REPLACES');
    expect(items.map((i) => i.date)).toEqual([...items.map((i) => i.date)].sort());
    for (const i of items.filter((x) => x.evidence)) expect(texts.get(i.evidence!.doc)!.slice(i.evidence!.start, i.evidence!.end)).toBe(i.evidence!.sentence);
  });

  test("a city's timeline: its outcomes and events in date order, each linked to it; paged; CSV", async () => {
    const res = await api.get(`/api/timeline?entity=${encodeURIComponent('深圳市')}&limit=5`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBeGreaterThan(5);
    expect(res.body.items).toHaveLength(5);
    const all = (await api.get(`/api/timeline?entity=${encodeURIComponent('深圳市')}&limit=5000`)).body.items as { date: string; kind: string; via: { type: string } | null; through: unknown }[];
    expect(all.map((i) => i.date)).toEqual([...all.map((i) => i.date)].sort());
    expect(all.some((i) => i.kind === 'outcome' && i.via?.type === 'MEASURED_IN')).toBe(true);
    expect(all.every((i) => i.via !== null)).toBe(true);
    const csv = await api.get(`/api/timeline?entity=${encodeURIComponent('深圳市')}&limit=5000&format=csv`);
    expect((csv.body as string).replace(/^\uFEFF/, '').trimEnd().split('\r\n')).toHaveLength(1 + all.length);
  });

  test('an entity that is not there is a 404', async () => {
    expect((await api.get('/api/timeline?entity=e_nope')).status).toBe(404);
  });
});

describe('GET /api/compare', () => {
  test('two provinces: what each has that the other lacks, by tool and by measure', async () => {
    const res = await api.get(`/api/compare?a=${encodeURIComponent('浙江省')}&b=${encodeURIComponent('上海市')}`);
    expect(res.status).toBe(200);
    const c = res.body as {
      a: { entity: { name: string }; measures: number };
      b: { measures: number };
      tools: { tool: string; a: { count: number }; b: { count: number }; only: string | null }[];
      measures: { onlyA: Measure[]; onlyB: Measure[]; both: Measure[] };
    };
    expect(c.a.entity.name).toBe('浙江省');
    expect(c.a.measures).toBeGreaterThan(0);
    expect(c.b.measures).toBeGreaterThan(0);
    expect(c.tools.map((t) => t.tool)).toEqual([...INSTRUMENT_TOOLS]);
    for (const t of c.tools) expect(t.only).toBe(t.a.count && !t.b.count ? 'a' : t.b.count && !t.a.count ? 'b' : null);
    expect(c.tools.reduce((n, t) => n + t.a.count, 0)).toBe(c.a.measures);
    expect(c.measures.onlyA.length + c.measures.both.length).toBe(c.a.measures);
    const regionOf = await table('region');
    const zhejiang = regionOf.groups.find((g) => g.name === '浙江省')!;
    expect(new Set([...c.measures.onlyA, ...c.measures.both].map((m) => m.id))).toEqual(new Set(zhejiang.cells.flatMap((cell) => cell.measures.map((m) => m.id))));
  });

  test('a policy against a policy; something that has no measures, or nothing at all, is a 404', async () => {
    const res = await api.get(`/api/compare?a=${encodeURIComponent('浙江省专利条例')}&b=${encodeURIComponent('上海市专利保护条例')}`);
    expect(res.status).toBe(200);
    expect(res.body.a.measures + res.body.b.measures).toBeGreaterThan(0);
    const [event] = await store.entitiesByLabel('Event');
    expect((await api.get(`/api/compare?a=${event.id}&b=${encodeURIComponent('浙江省')}`)).status).toBe(404);
    expect((await api.get('/api/compare?a=e_nope&b=e_nope2')).status).toBe(404);
    expect((await api.get('/api/compare?a=x')).status).toBe(400);
  });
});

describe('GET /api/graph/overview', () => {
  test('at most the limit, the most central first, outcomes folded into where they were measured, each drawn entity related to another one drawn', async () => {
    const res = await api.get('/api/graph/overview?limit=60');
    expect(res.status).toBe(200);
    const { nodes, edges, total, truncated } = res.body as {
      nodes: { id: string; label: string; folded: number; hidden: number; rank: number }[];
      edges: { start: string; end: string; type: string }[];
      total: { entities: number; outcomes: number; relations: number };
      truncated: boolean;
    };
    const stats = await store.stats();
    expect(total.entities).toBe(Object.values(stats.entities).reduce((a, b) => a + b, 0));
    expect(total.outcomes).toBe(stats.entities.Outcome);
    expect(nodes.length).toBeLessThanOrEqual(60);
    expect(nodes.length).toBeGreaterThan(40);
    expect(truncated).toBe(true);
    expect(nodes.some((n) => n.label === 'Outcome')).toBe(false);
    expect(nodes.map((n) => n.rank)).toEqual([...nodes.map((n) => n.rank)].sort((a, b) => b - a));
    const shown = new Set(nodes.map((n) => n.id));
    for (const e of edges) expect(shown.has(e.start) && shown.has(e.end)).toBe(true);
    for (const n of nodes) expect({ id: n.id, related: edges.some((e) => e.start === n.id || e.end === n.id) }).toEqual({ id: n.id, related: true });
    const { edges: measuredIn } = await store.relationGraph();
    const city = nodes.reduce((a, b) => (b.folded > a.folded ? b : a));
    expect(city.folded).toBeGreaterThan(0);
    expect(city.folded).toBeLessThanOrEqual(new Set(measuredIn.filter((e) => e.type === 'MEASURED_IN' && e.end === city.id).map((e) => e.start)).size);
    expect(city.hidden).toBeGreaterThanOrEqual(city.folded);
    expect((await api.get('/api/graph/overview?limit=0')).status).toBe(400);
  });
});

test('the OpenAPI document has every analysis endpoint from its schemas, CSV where a table is', async () => {
  const spec = (await api.get('/api/openapi.json')).body;
  const csv = ['/api/analytics/instruments', '/api/policies', '/api/timeline', '/api/compare'];
  for (const path of [...csv, '/api/graph/overview']) expect(spec.paths[path]?.get).toBeDefined();
  for (const path of csv) {
    const get = spec.paths[path].get;
    expect(Object.keys(get.responses[200].content)).toEqual(['application/json', 'text/csv']);
    expect(get.parameters.find((p: { name: string }) => p.name === 'format').schema).toMatchObject({ enum: ['json', 'csv'], default: 'json' });
  }
  expect(spec.paths['/api/analytics/instruments'].get.parameters.find((p: { name: string }) => p.name === 'groupBy').schema.enum).toEqual(['region', 'year', 'issuer', 'document']);
  expect(spec.paths['/api/instruments/classify'].post.requestBody.content['application/json'].schema).toMatchObject({ required: ['name'], properties: { name: { type: 'string' }, text: { type: 'string' } } });
  expect(spec.paths['/api/instruments/classify'].post.responses[200].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Classification' });
  for (const ref of JSON.stringify(spec).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)) expect(spec.components.schemas[ref[1]]).toBeDefined();
});
