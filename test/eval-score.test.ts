import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportRecord } from '../core/store.ts';
import { formatGraphScore } from '../src/eval/format.ts';
import { loadGold, GoldFormatError, type GoldSet } from '../src/eval/gold.ts';
import { graphFromExport } from '../src/eval/graph.ts';
import { indicatorsMatch, valuesMatch } from '../src/eval/match.ts';
import { scoreGraph, type EvalGraph } from '../src/eval/score.ts';

const DOC = 'a.txt';

function gold(): GoldSet {
  return {
    dir: '',
    docs: [DOC],
    entities: [
      { doc: DOC, type: 'Institution', name: '深圳市市场监督管理局（深圳市知识产权局）', aliases: ['深圳市市场监督管理局'] },
      { doc: DOC, type: 'Institution', name: '国家知识产权局', aliases: [] },
      { doc: DOC, type: 'Policy', name: '《深圳经济特区知识产权保护条例》', aliases: [] },
      { doc: DOC, type: 'Outcome', name: '每万人口高价值发明专利拥有量：≥150件（2030年目标）', aliases: [], indicator: '每万人口高价值发明专利拥有量', value: '≥150', unit: '件', period: '2030', kind: 'target' },
    ],
    relations: [
      { doc: DOC, type: 'ISSUED', head: '国家知识产权局', head_type: 'Institution', tail: '《深圳经济特区知识产权保护条例》', tail_type: 'Policy' },
      { doc: DOC, type: 'TARGETS', head: '《深圳经济特区知识产权保护条例》', head_type: 'Policy', tail: '每万人口高价值发明专利拥有量：≥150件（2030年目标）', tail_type: 'Outcome' },
    ],
    questions: [],
  };
}

const entity = (id: string, label: EvalGraph['entities'][number]['label'], name: string, extra: Partial<EvalGraph['entities'][number]> = {}) => ({
  id, label, name, aliases: [], docs: [DOC], props: {}, ...extra,
});

describe('scoreGraph', () => {
  test('matches names through normalisation and aliases, outcomes by indicator and value', () => {
    const graph: EvalGraph = {
      entities: [
        entity('i1', 'Institution', '深圳市市场监督管理局'),
        entity('i2', 'Institution', 'CNIPA', { aliases: ['国家知识产权局'] }),
        entity('p1', 'Policy', '深圳经济特区知识产权保护条例'),
        entity('o1', 'Outcome', '每万人口高价值发明专利拥有量 150 件 (2030年)', { props: { indicator: '全市每万人口高价值发明专利拥有量', value: 150 } }),
        entity('x', 'Institution', '某公司'),
        entity('elsewhere', 'Institution', '别处的局', { docs: ['other.txt'] }),
      ],
      relations: [
        { type: 'ISSUED', start: 'i2', end: 'p1', doc: DOC },
        { type: 'ISSUED', start: 'i2', end: 'p1', doc: DOC },
        { type: 'TARGETS', start: 'p1', end: 'o1', doc: DOC },
        { type: 'ISSUED', start: 'i1', end: 'p1', doc: DOC },
        { type: 'ISSUED', start: 'elsewhere', end: 'p1', doc: 'other.txt' },
      ],
    };
    const score = scoreGraph(gold(), graph);
    expect(score.entities.byKey.Institution).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(score.entities.byKey.Policy).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(score.entities.byKey.Outcome).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(score.entities.micro.precision).toBeCloseTo(4 / 5);
    expect(score.relations.byKey.ISSUED).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(score.relations.byKey.TARGETS).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(score.spurious.entities.map((i) => i.text)).toEqual(['某公司']);
    expect(score.spurious.relations[0].text).toContain('深圳市市场监督管理局 -[ISSUED]->');
  });

  test('an outcome with the right indicator but another value is a miss and a spurious item', () => {
    const graph: EvalGraph = {
      entities: [entity('o1', 'Outcome', 'x', { props: { indicator: '每万人口高价值发明专利拥有量', value: '119' } })],
      relations: [],
    };
    const score = scoreGraph(gold(), graph);
    expect(score.entities.byKey.Outcome).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(score.entities.byKey.Institution.recall).toBe(0);
    expect(Number.isNaN(score.entities.byKey.Institution.precision)).toBe(true);
  });

  test('the report prints tables and, verbose, the misses', () => {
    const text = formatGraphScore(scoreGraph(gold(), { entities: [], relations: [] }), { verbose: true });
    expect(text).toMatch(/^entity\s+P\s+R\s+F1/m);
    expect(text).toMatch(/^micro\s+—\s+0\.000\s+0\.000\s+0\s+0\s+4$/m);
    expect(text).toContain('missed relations (2):');
  });
});

describe('matching', () => {
  test('values compare on their numbers', () => {
    expect(valuesMatch('≥150', 150)).toBe(true);
    expect(valuesMatch('1000以上', '1000')).toBe(true);
    expect(valuesMatch('4至8个月 -> 最快7个工作日', '4至8个月 -> 7个工作日')).toBe(true);
    expect(valuesMatch('8.52', '8.5')).toBe(false);
    expect(valuesMatch('榜首', '榜首')).toBe(true);
    expect(valuesMatch('榜首', null)).toBe(false);
  });

  test('indicators match by containment or a long shared run', () => {
    expect(indicatorsMatch('累计建设商业秘密保护工作站数量', '累计建设商业秘密保护工作站')).toBe(true);
    expect(indicatorsMatch('中国专利奖获奖项目数', '第二十五届中国专利奖获奖')).toBe(true);
    expect(indicatorsMatch('技术合同成交额', '专利转让许可总数')).toBe(false);
  });
});

describe('loadGold and graphFromExport', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'gold-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('reads the three files and lists the documents', () => {
    writeFileSync(join(dir, 'entities.jsonl'), `${JSON.stringify({ doc: 'b.txt', type: 'Region', name: '深圳市', aliases: ['深圳'] })}\n\n`);
    writeFileSync(join(dir, 'relations.jsonl'), `${JSON.stringify({ doc: 'c.txt', type: 'PART_OF', head: '福田区', head_type: 'Region', tail: '深圳市', tail_type: 'Region' })}\n`);
    writeFileSync(join(dir, 'qa.jsonl'), `${JSON.stringify({ id: 'd-1', doc: 'b.txt', question_zh: '？', kind: 'search', answers: ['x'] })}\n`);
    const set = loadGold(dir);
    expect(set.docs).toEqual(['b.txt', 'c.txt']);
    expect(set.entities[0].aliases).toEqual(['深圳']);
    expect(set.questions[0].answers).toEqual(['x']);
  });

  test('bad input gives a one-line error naming the file', () => {
    expect(() => loadGold(dir)).toThrow(GoldFormatError);
    writeFileSync(join(dir, 'entities.jsonl'), '{"doc": "b.txt", "type": "Thing", "name": "x"}\n');
    writeFileSync(join(dir, 'relations.jsonl'), '');
    expect(() => loadGold(dir)).toThrow(/entities\.jsonl: unknown entity type "Thing"/);
    writeFileSync(join(dir, 'entities.jsonl'), '{not json\n');
    expect(() => loadGold(dir)).toThrow(/entities\.jsonl:1: not a JSON object/);
  });

  test('keeps entity nodes and typed relations of an export, with their documents', async () => {
    const records: ExportRecord[] = [
      { type: 'node', id: 'd', labels: ['Document'], properties: { title: 't' } },
      { type: 'node', id: 'r1', labels: ['Region'], properties: { name: '深圳市', aliases: ['深圳'], docs: ['b.txt'], level: 'city' } },
      { type: 'node', id: 'r2', labels: ['Region'], properties: { name: '福田区', aliases: [], docs: ['b.txt'], level: 'district' } },
      { type: 'relationship', id: 'e1', label: 'PART_OF', start: { id: 'r2' }, end: { id: 'r1' }, properties: { doc: 'b.txt', evidence: 's' } },
      { type: 'relationship', id: 'e2', label: 'MENTIONED_IN', start: { id: 'r2' }, end: { id: 'c' }, properties: {} },
    ];
    const graph = await graphFromExport(records);
    expect(graph.entities).toEqual([
      { id: 'r1', label: 'Region', name: '深圳市', aliases: ['深圳'], docs: ['b.txt'], props: { level: 'city' } },
      { id: 'r2', label: 'Region', name: '福田区', aliases: [], docs: ['b.txt'], props: { level: 'district' } },
    ]);
    expect(graph.relations).toEqual([{ type: 'PART_OF', start: 'r2', end: 'r1', doc: 'b.txt', evidence: 's' }]);
  });
});
