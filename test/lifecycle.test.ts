// The life cycle of instruments: dates read from made-up regulation and report
// texts, the in-force rule, and GET /api/policies?inForce= on the dev2 gold's
// two real regulations, whose texts state their dates.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { forceOn } from '../core/lifecycle.ts';
import { normalizeName } from '../core/names.ts';
import { loadDocument } from '../ingest/load.ts';
import { datesIn } from '../ingest/lifecycle/dates.ts';
import { extractDocument, ingestPaths } from '../ingest/pipeline.ts';
import type { ExtractedDocument } from '../ingest/types.ts';
import { EmbeddedStore } from '../src/store/embedded.ts';
import { serveApi } from './helpers/api-graph.ts';
import { tempDir } from './helpers/corpus.ts';

const DEV2_DOCS = join(import.meta.dirname, '..', '..', 'shared', 'gold', 'dev2', 'docs');
const REGULATIONS = ['zhejiang_patent_regulation_2015.txt', 'shanghai_patent_protection_regulation.txt'].map((f) => join(DEV2_DOCS, f));

const REGULATION = `某省商标条例

（2019年5月30日某省第十三届人民代表大会常务委员会第十二次会议通过　根据2023年11月24日某省第十四届人民代表大会常务委员会第六次会议《关于修改〈某省商标条例〉的决定》修正）

第一章　总则

第一条 为了加强商标保护，根据《中华人民共和国商标法》，结合本省实际，制定本条例。

第二条 县级以上人民政府应当加强商标品牌指导站建设。

第四十条 本条例自2019年8月1日起施行。2008年9月26日某省第十一届人民代表大会常务委员会第五次会议通过的《某省著名商标认定和保护条例》同时废止。
`;

const REPORT = `某市知识产权年度报告

一、制度建设
2024年3月，某市知识产权局印发《某市专利资助办法》。
《某市数据知识产权登记办法》自2024年7月1日起施行，有效期五年。
某市人民代表大会常务委员会审议通过《关于修改〈某市专利促进条例〉的决定》。
某市继续实施《某市商标品牌促进办法（2023年修订）》。
`;

async function analyzed(name: string, text: string): Promise<ExtractedDocument> {
  const dir = await tempDir('kg-lifecycle-');
  try {
    await writeFile(join(dir.path, name), text);
    const loaded = await loadDocument(join(dir.path, name));
    if (!loaded.ok) throw new Error(loaded.reason);
    return await extractDocument(loaded.doc);
  } finally {
    await dir.remove();
  }
}

const policyNamed = (doc: ExtractedDocument, name: string) => {
  const found = doc.extraction.entities.find((e) => e.label === 'Policy' && normalizeName(e.name) === normalizeName(name));
  if (!found) throw new Error(`no Policy ${name} among ${doc.extraction.entities.filter((e) => e.label === 'Policy').map((e) => e.name).join(', ')}`);
  return found;
};

const dates = (props: Record<string, unknown>) =>
  Object.fromEntries(['issued', 'adopted', 'effective', 'amended', 'repealed', 'expires'].filter((f) => props[f]).map((f) => [f, props[f]]));

describe('dates in the text', () => {
  test('Arabic and Chinese-numeral dates, as precise as written; a range of years is no date', () => {
    expect(datesIn('2015年9月25日通过，2016 年 1 月施行').map((d) => d.date)).toEqual(['2015-09-25', '2016-01']);
    expect(datesIn('二〇一九年五月三十日通过，二〇二〇年十二月施行').map((d) => d.date)).toEqual(['2019-05-30', '2020-12']);
    expect(datesIn('规划期为2021-2025年').map((d) => d.date)).toEqual([]);
  });
});

describe('reading the life cycle', () => {
  test('a regulation: adoption and amendment from the note under its title, commencement and the repeal it makes', async () => {
    const doc = await analyzed('regulation.txt', REGULATION);
    const self = policyNamed(doc, '某省商标条例');
    expect(dates(self.props)).toEqual({ adopted: '2019-05-30', amended: '2023-11-24', effective: '2019-08-01' });
    expect(self.props.lifecycleEvidence).toEqual(expect.arrayContaining([expect.stringMatching(/^effective 2019-08-01: .*本条例自2019年8月1日起施行/)]));
    const old = policyNamed(doc, '某省著名商标认定和保护条例');
    expect(dates(old.props)).toEqual({ repealed: '2019-08-01' });
    const replaces = doc.extraction.relations.filter((r) => r.type === 'REPLACES');
    expect(replaces.map((r) => [r.head, r.tail])).toEqual([[self.key, old.key]]);
    expect(doc.text.slice(replaces[0].start, replaces[0].end)).toBe(replaces[0].evidence);
  });

  test('a report: the instruments it cites, issued, in force and revised on the dates it gives; an amending decision', async () => {
    const doc = await analyzed('report.txt', REPORT);
    expect(dates(policyNamed(doc, '某市专利资助办法').props)).toEqual({ issued: '2024-03' });
    expect(dates(policyNamed(doc, '某市数据知识产权登记办法').props)).toEqual({ effective: '2024-07-01' });
    expect(dates(policyNamed(doc, '某市商标品牌促进办法（2023年修订）').props)).toEqual({ amended: '2023' });
    const decision = policyNamed(doc, '关于修改〈某市专利促进条例〉的决定');
    const amends = doc.extraction.relations.filter((r) => r.type === 'AMENDS');
    expect(amends.map((r) => [r.head, doc.extraction.entities.find((e) => e.key === r.tail)?.name])).toEqual([[decision.key, '某市专利促进条例']]);
  });
});

describe('in force on a day', () => {
  const regulation = { effective: '2016-01-01', adopted: '2015-09-25' };
  test('from the effective date, at the precision the text states', () => {
    expect(forceOn('某条例', regulation, '2015-12-31').status).toBe('not_yet');
    expect(forceOn('某条例', regulation, '2016-01-01')).toEqual({ status: 'in_force', basis: 'effective 2016-01-01' });
    expect(forceOn('某办法', { effective: '2016' }, '2016-03-01').status).toBe('in_force');
    expect(forceOn('某办法', { effective: '2016-05' }, '2016-04-30').status).toBe('not_yet');
  });
  test('until repealed or expired; a repeal alone means it was in force before', () => {
    expect(forceOn('某条例', { ...regulation, repealed: '2020-07-01' }, '2020-07-01').status).toBe('ended');
    expect(forceOn('某条例', { ...regulation, expires: '2018' }, '2018-06-01').status).toBe('ended');
    expect(forceOn('旧条例', { repealed: '2016-01-01' }, '2015-12-31')).toEqual({ status: 'in_force', basis: 'no start date stated; until repealed 2016-01-01' });
  });
  test('issue or adoption stands in for a missing effective date, and says so; drafts and undated texts are never in force', () => {
    expect(forceOn('某办法', { issued: '2024-03' }, '2024-05-01')).toEqual({ status: 'in_force', basis: 'issued 2024-03 (no effective date stated)' });
    expect(forceOn('某法（修订草案）', regulation, '2020-01-01').status).toBe('draft');
    expect(forceOn('某规划（征求意见稿）', {}, '2020-01-01').status).toBe('draft');
    expect(forceOn('某规划', {}, '2020-01-01').status).toBe('undated');
  });
});

describe('GET /api/policies on the dev2 regulations', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let api: Awaited<ReturnType<typeof serveApi>>;

  beforeAll(async () => {
    dir = await tempDir('kg-policies-');
    const store = new EmbeddedStore(dir.path);
    await store.open();
    const summary = await ingestPaths(REGULATIONS, store);
    expect(summary.failed).toEqual([]);
    api = await serveApi(store);
  });
  afterAll(async () => {
    await api?.close();
    await dir?.remove();
  });

  const inForce = async (day: string) => {
    const res = await api.get(`/api/policies?inForce=${day}`);
    expect(res.status).toBe(200);
    return (res.body.items as { entity: { name: string } }[]).map((p) => normalizeName(p.entity.name)).sort();
  };

  test('each regulation from the day it took effect; the provincial one replaces the regulation it repealed', async () => {
    expect(await inForce('2002-06-30')).toEqual(['浙江省专利保护条例']);
    expect(await inForce('2002-07-01')).toEqual(['上海市专利保护条例', '浙江省专利保护条例']);
    expect(await inForce('2015-12-31')).toEqual(['上海市专利保护条例', '浙江省专利保护条例']);
    expect(await inForce('2016-01-01')).toEqual(['上海市专利保护条例', '浙江省专利条例']);
    expect(await inForce('2024-06-30')).toEqual(['上海市专利保护条例', '浙江省专利条例']);
  });

  test('each date with the sentence it was read from, in its document; the repeal as REPLACES', async () => {
    const { body } = await api.get('/api/policies?inForce=2016-01-01');
    const zhejiang = body.items.find((p: { entity: { name: string } }) => p.entity.name === '浙江省专利条例');
    expect(zhejiang.dates.map((d: { field: string; date: string }) => `${d.field} ${d.date}`)).toEqual([
      'issued 2015-09-25', 'adopted 2015-09-25', 'effective 2016-01-01',
    ]);
    for (const d of zhejiang.dates) {
      const text = (await api.get(`/api/documents/${d.evidence.doc}`)).body.text as string;
      expect(text.slice(d.evidence.start, d.evidence.end)).toBe(d.evidence.sentence);
      expect(d.evidence.sentence).toContain(d.date.slice(0, 4));
    }
    expect(zhejiang.links.map((l: { type: string; direction: string; other: { name: string } }) => [l.type, l.direction, normalizeName(l.other.name)])).toEqual([
      ['REPLACES', 'out', '浙江省专利保护条例'],
    ]);
    expect(body.excluded.ended).toBe(1);
  });

  test('as CSV, and a bad day is a 400 naming the parameter', async () => {
    const csv = await api.get('/api/policies?inForce=2016-01-01&format=csv');
    expect(csv.type).toMatch(/^text\/csv/);
    const lines = (csv.body as string).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('policy_id,policy,kind,status,basis,issued,adopted,effective,amended,repealed,expires');
    expect(lines.slice(1).map((l) => l.split(',')[1]).sort()).toEqual(['上海市专利保护条例', '浙江省专利条例']);
    for (const bad of ['2016-02-30', '2016-1-1', 'yesterday']) {
      const res = await api.get(`/api/policies?inForce=${bad}`);
      expect({ bad, status: res.status, message: res.body.error.message }).toEqual({ bad, status: 400, message: expect.stringContaining('inForce') });
    }
  });
});
