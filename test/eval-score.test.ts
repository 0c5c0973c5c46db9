import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportRecord } from '../core/store.ts';
import { formatGraphScore } from '../src/eval/format.ts';
import { loadGold, GoldFormatError, type GoldSet } from '../src/eval/gold.ts';
import { graphFromExport } from '../src/eval/graph.ts';
import { entityMatches, norm } from '../src/eval/match.ts';
import { scoreGraph, type EvalEntity, type EvalGraph } from '../src/eval/score.ts';

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
    scope: {},
  };
}

const entity = (id: string, label: EvalEntity['label'], name: string, extra: Partial<EvalEntity> = {}): EvalEntity => ({
  id, label, name, aliases: [], docs: [DOC], props: {}, ...extra,
});
const graphOf = (entities: EvalEntity[], relations: EvalGraph['relations'] = [], rest: Partial<EvalGraph> = {}): EvalGraph => ({
  entities, relations, chunks: [], mentions: [], ...rest,
});

describe('scoreGraph', () => {
  test('matches names through normalisation and aliases, outcomes by indicator and value; a relation stated twice counts twice', () => {
    const graph = graphOf(
      [
        entity('i1', 'Institution', '深圳市市场监督管理局'),
        entity('i2', 'Institution', 'CNIPA', { aliases: ['国家知识产权局'] }),
        entity('p1', 'Policy', '深圳经济特区知识产权保护条例'),
        entity('o1', 'Outcome', '每万人口高价值发明专利拥有量 150 件 (2030年)', { props: { indicator: '全市每万人口高价值发明专利拥有量', value: 150 } }),
        entity('x', 'Institution', '某公司'),
        entity('elsewhere', 'Institution', '别处的局', { docs: ['other.txt'] }),
      ],
      [
        { type: 'ISSUED', start: 'i2', end: 'p1', docs: [DOC] },
        { type: 'ISSUED', start: 'i2', end: 'p1', docs: [DOC] },
        { type: 'TARGETS', start: 'p1', end: 'o1', docs: [DOC] },
        { type: 'ISSUED', start: 'i1', end: 'p1', docs: [DOC] },
        { type: 'ISSUED', start: 'elsewhere', end: 'p1', docs: ['other.txt'] },
      ],
    );
    const score = scoreGraph(gold(), graph);
    expect(score.entities.byKey.Institution).toMatchObject({ gold: 2, matched: 2, pred: 3, correct: 2 });
    expect(score.entities.byKey.Policy).toMatchObject({ gold: 1, matched: 1, pred: 1, correct: 1 });
    expect(score.entities.byKey.Outcome).toMatchObject({ gold: 1, matched: 1, pred: 1, correct: 1 });
    expect(score.entities.micro.precision).toBeCloseTo(4 / 5);
    expect(score.relations.byKey.ISSUED).toMatchObject({ gold: 1, matched: 1, pred: 3, correct: 2 });
    expect(score.relations.byKey.ISSUED.precision).toBeCloseTo(2 / 3);
    expect(score.relations.byKey.TARGETS).toMatchObject({ gold: 1, matched: 1, pred: 1, correct: 1 });
    expect(score.spurious.entities.map((i) => i.text)).toEqual(['某公司']);
    expect(score.spurious.relations.map((i) => i.text)).toEqual(['深圳市市场监督管理局 -[ISSUED]-> 深圳经济特区知识产权保护条例']);
  });

  test('an outcome with the right indicator but another value is a miss and a spurious item; nothing predicted scores 0', () => {
    const graph = graphOf([entity('o1', 'Outcome', 'x', { props: { indicator: '每万人口高价值发明专利拥有量', value: '119' } })]);
    const score = scoreGraph(gold(), graph);
    expect(score.entities.byKey.Outcome).toMatchObject({ gold: 1, matched: 0, pred: 1, correct: 0 });
    expect(score.entities.byKey.Institution).toMatchObject({ gold: 2, pred: 0, precision: 0, recall: 0, f1: 0 });
  });

  test('matching is many-to-many: one prediction may match two gold items; micro precision sets matched gold items against wrong predictions', () => {
    const set: GoldSet = {
      ...gold(),
      entities: [
        { doc: DOC, type: 'Measure', name: '完善某某评议制度', aliases: [] },
        { doc: DOC, type: 'Measure', name: '某某评议制度', aliases: [] },
      ],
      relations: [],
    };
    // The first prediction is the one gold name and contains the other.
    const score = scoreGraph(set, graphOf([entity('m1', 'Measure', '完善某某评议制度'), entity('m2', 'Measure', '无关事项')]));
    expect(score.entities.byKey.Measure).toMatchObject({ gold: 2, matched: 2, pred: 2, correct: 1, precision: 0.5, recall: 1 });
    expect(score.entities.micro.precision).toBeCloseTo(2 / (2 + 1));
  });

  test('COOPERATES_WITH matches in either direction, other types only head to tail', () => {
    const set: GoldSet = {
      ...gold(),
      entities: [
        { doc: DOC, type: 'Institution', name: '甲市某某局', aliases: [] },
        { doc: DOC, type: 'Institution', name: '乙市某某局', aliases: [] },
      ],
      relations: [
        { doc: DOC, type: 'COOPERATES_WITH', head: '甲市某某局', head_type: 'Institution', tail: '乙市某某局', tail_type: 'Institution' },
        { doc: DOC, type: 'PART_OF', head: '甲市某某局', head_type: 'Institution', tail: '乙市某某局', tail_type: 'Institution' },
      ],
    };
    const entities = [entity('a', 'Institution', '甲市某某局'), entity('b', 'Institution', '乙市某某局')];
    const score = scoreGraph(
      set,
      graphOf(entities, [
        { type: 'COOPERATES_WITH', start: 'b', end: 'a', docs: [DOC] },
        { type: 'PART_OF', start: 'b', end: 'a', docs: [DOC] },
      ]),
    );
    expect(score.relations.byKey.COOPERATES_WITH).toMatchObject({ matched: 1, correct: 1 });
    expect(score.relations.byKey.PART_OF).toMatchObject({ matched: 0, correct: 0 });
    expect(score.misses.relations.map((i) => i.text)).toEqual(['甲市某某局 -[PART_OF]-> 乙市某某局']);
  });

  test('relation types the gold lacks are listed but counted in no figure', () => {
    const score = scoreGraph(gold(), graphOf([entity('p1', 'Policy', '深圳经济特区知识产权保护条例')], [{ type: 'REFERENCES', start: 'p1', end: 'p1', docs: [DOC] }]));
    expect(score.relations.unscored).toEqual({ REFERENCES: 1 });
    expect(score.relations.byKey.REFERENCES).toBeUndefined();
    expect(score.relations.micro).toMatchObject({ pred: 0, gold: 2 });
  });

  describe('a document annotated only in part (scope.json)', () => {
    // Lines 2-3 of a four-line document are annotated.
    const lines = ['第一行讲述某某甲局的工作安排', '第二行讲述某某乙局印发某某办法', '第三行讲述某某办法的主要内容', '第四行讲述某某丙局的年度计划'];
    const set = (): GoldSet => ({
      dir: '',
      docs: [DOC],
      entities: [
        { doc: DOC, type: 'Institution', name: '某某乙局', aliases: [] },
        { doc: DOC, type: 'Policy', name: '某某办法', aliases: [] },
      ],
      relations: [{ doc: DOC, type: 'ISSUED', head: '某某乙局', head_type: 'Institution', tail: '某某办法', tail_type: 'Policy' }],
      questions: [],
      scope: { [DOC]: { file: '/gold/a.txt', from: 2, to: 3, lines: lines.slice(1, 3) } },
    });
    const chunks = [
      { id: 'c1', doc: DOC, text: lines[0] },
      { id: 'c2', doc: DOC, text: `${lines[1]}\n${lines[2]}` },
      { id: 'c3', doc: DOC, text: `## ${lines[3]}` },
      { id: 'c4', doc: DOC, text: `${lines[2]}\n${lines[3]}\n${lines[0]}` },
      { id: 'c5', doc: DOC, text: `${lines[3]}\n${lines[2]}` },
    ];
    const entities = [
      entity('outside', 'Institution', '某某甲局'),
      entity('inside', 'Institution', '某某乙局'),
      entity('policy', 'Policy', '某某办法'),
      entity('late', 'Institution', '某某丙局'),
      entity('half', 'Institution', '某某丁局'),
    ];
    const mentions = [
      { entity: 'outside', chunk: 'c1', doc: DOC },
      { entity: 'inside', chunk: 'c2', doc: DOC },
      { entity: 'policy', chunk: 'c2', doc: DOC },
      { entity: 'late', chunk: 'c3', doc: DOC },
      { entity: 'late', chunk: 'c4', doc: DOC }, // one line of three inside
      { entity: 'half', chunk: 'c5', doc: DOC }, // one line of two inside: enough
    ];

    test('an entity counts only when mentioned in a chunk whose lines are at least half inside the annotated lines', () => {
      const score = scoreGraph(set(), graphOf(entities, [], { chunks, mentions }));
      expect(score.entities.byKey.Institution).toMatchObject({ gold: 1, matched: 1, pred: 2, correct: 1 });
      expect(score.spurious.entities.map((i) => i.text)).toEqual(['某某丁局']);
      expect(score.scope).toEqual({ [DOC]: { from: 2, to: 3 } });
    });

    test('a relation counts only when the first 24 characters of its evidence lie in the annotated lines', () => {
      const relation = (evidence: string) => ({ type: 'ISSUED' as const, start: 'late', end: 'policy', docs: [DOC], evidence });
      const score = scoreGraph(set(), graphOf(entities, [relation(lines[3]), relation(`${lines[1]}${lines[2]}，后文不在文档中`)], { chunks, mentions }));
      expect(score.relations.byKey.ISSUED).toMatchObject({ gold: 1, pred: 1, matched: 0, correct: 0 });
      expect(score.spurious.relations.map((i) => i.text)).toEqual(['某某丙局 -[ISSUED]-> 某某办法']);
    });

    test('without the scope the whole document counts', () => {
      const score = scoreGraph({ ...set(), scope: {} }, graphOf(entities, [], { chunks, mentions }));
      expect(score.entities.byKey.Institution).toMatchObject({ pred: 4, correct: 1 });
    });
  });

  test('the report prints tables and, verbose, per-document tables and the misses', () => {
    const text = formatGraphScore(scoreGraph(gold(), graphOf([])), { verbose: true });
    expect(text).toMatch(/^entity\s+P\s+R\s+F1\s+gold\s+matched\s+pred\s+correct$/m);
    expect(text).toMatch(/^micro\s+0\.000\s+0\.000\s+0\.000\s+4\s+0\s+0\s+0$/m);
    expect(text).toMatch(/^entity Institution\s+0\.000\s+0\.000\s+0\.000\s+2\s+0\s+0\s+0$/m);
    expect(text).toContain('missed relations (2):');
  });
});

describe('entityMatches (the rules of score.mjs)', () => {
  const found = (name: string, props: EvalEntity['props'] = {}, aliases: string[] = []) => ({ name, aliases, props });
  const goldOf = (name: string, extra: Partial<GoldSet['entities'][number]> = {}) => ({ name, aliases: [], ...extra });

  test('names compare after NFKC, quote, title-mark and space removal, with brackets and dashes unified', () => {
    expect(norm('《某某条例（2020—2025年）》')).toBe('某某条例(2020-2025年)');
    expect(norm(' ＡＢＣ 局 ')).toBe('abc局');
    expect(entityMatches(found('某某中心'), goldOf('“某某 中心”'), 'Platform')).toBe(true);
    expect(entityMatches(found('ABC', {}, ['某某中心']), goldOf('某某中心'), 'Platform')).toBe(true);
    expect(entityMatches(found('某某中心分中心'), goldOf('某某中心'), 'Platform')).toBe(false);
  });

  test('a Measure matches by containment (both names of 4 or more) or bigram Jaccard of at least 0.6', () => {
    expect(entityMatches(found('建立健全某某协作机制'), goldOf('某某协作机制'), 'Measure')).toBe(true);
    expect(entityMatches(found('某某协作机制'), goldOf('建立健全某某协作机制'), 'Measure')).toBe(true);
    expect(entityMatches(found('某某机制'), goldOf('某某'), 'Measure')).toBe(false);
    expect(entityMatches(found('完善某某评议制度建设'), goldOf('完善某某评议工作制度'), 'Measure')).toBe(false);
    expect(entityMatches(found('完善某某评议制度'), goldOf('完善某某评议的制度'), 'Measure')).toBe(true);
  });

  test('an Event also matches when it covers three quarters of a long gold name, up to 2.5 times its length', () => {
    const goldEvent = goldOf('第五届某某论坛开幕式'); // 10 characters
    expect(entityMatches(found('第五届某某论坛开幕式在某地举行'), goldEvent, 'Event')).toBe(true);
    const covering = '某某论坛开幕式暨第五届某某系列活动启动仪式'; // every gold bigram, 21 characters, Jaccard 0.47
    expect(entityMatches(found(covering), goldEvent, 'Event')).toBe(true);
    expect(entityMatches(found(covering), goldEvent, 'Measure')).toBe(false);
    expect(entityMatches(found(`${covering}以及其他相关的配套活动`), goldEvent, 'Event')).toBe(false);
  });

  test('an Outcome matches on its value number and a related indicator', () => {
    const goldOutcome = goldOf('某某数量：1200件', { value: '1,200件', indicator: '某某登记数量' });
    expect(entityMatches(found('x', { value: 1200, indicator: '全市某某登记数量' }), goldOutcome, 'Outcome')).toBe(true);
    expect(entityMatches(found('x', { value: '约1200', indicator: '某某登记' }), goldOutcome, 'Outcome')).toBe(true);
    expect(entityMatches(found('x', { value: 1201, indicator: '某某登记数量' }), goldOutcome, 'Outcome')).toBe(false);
    expect(entityMatches(found('x', { value: 1200, indicator: '另一项指标' }), goldOutcome, 'Outcome')).toBe(false);
    // The value in the name when the node has none; a gold value without a number matches on wording.
    expect(entityMatches(found('某某登记数量1200件'), goldOutcome, 'Outcome')).toBe(true);
    expect(entityMatches(found('x', { value: '全省第一', indicator: '某某排名' }), goldOf('某某排名第一', { value: '第一', indicator: '某某排名' }), 'Outcome')).toBe(true);
    expect(entityMatches(found('x', { value: '第二', indicator: '某某排名' }), goldOf('某某排名第一', { value: '第一', indicator: '某某排名' }), 'Outcome')).toBe(false);
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

  test('reads scope.json: the annotated lines of a document', () => {
    writeFileSync(join(dir, 'entities.jsonl'), `${JSON.stringify({ doc: 'b.txt', type: 'Region', name: '某市', aliases: [] })}\n`);
    writeFileSync(join(dir, 'relations.jsonl'), '');
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'b.txt'), '一\n二\n三\n四\n');
    writeFileSync(join(dir, 'scope.json'), JSON.stringify({ 'b.txt': { file: 'docs/b.txt', from: 2, to: 3 } }));
    expect(loadGold(dir).scope).toEqual({ 'b.txt': { file: join(dir, 'docs', 'b.txt'), from: 2, to: 3, lines: ['二', '三'] } });
  });

  test('a malformed scope.json gives a one-line error saying what is wrong', () => {
    writeFileSync(join(dir, 'entities.jsonl'), `${JSON.stringify({ doc: 'b.txt', type: 'Region', name: '某市', aliases: [] })}\n`);
    writeFileSync(join(dir, 'relations.jsonl'), '');
    writeFileSync(join(dir, 'b.txt'), '一\n二\n三');
    const scope = (value: unknown) => {
      writeFileSync(join(dir, 'scope.json'), typeof value === 'string' ? value : JSON.stringify(value));
      return () => loadGold(dir);
    };
    expect(scope('{"b.txt": ')).toThrow(/scope\.json: not valid JSON .*expected \{"<doc>"/);
    expect(scope([1, 2])).toThrow(/scope\.json: expected \{"<doc>": \{"file"/);
    expect(scope({ 'x.txt': { file: 'b.txt', from: 1, to: 2 } })).toThrow(/"x\.txt" is not a document of the gold \(b\.txt\)/);
    expect(scope({ 'b.txt': { from: 1, to: 2 } })).toThrow(/"b\.txt": "file" must name the document's text/);
    expect(scope({ 'b.txt': { file: 'b.txt', from: 3, to: 2 } })).toThrow(/"from" and "to" must be line numbers .* got 3 and 2/);
    expect(scope({ 'b.txt': { file: 'b.txt', from: '1', to: 2 } })).toThrow(GoldFormatError);
    expect(scope({ 'b.txt': { file: 'missing.txt', from: 1, to: 2 } })).toThrow(/missing\.txt not found/);
    expect(scope({ 'b.txt': { file: 'b.txt', from: 2, to: 9 } })).toThrow(/lines 2-9 run past the end of b\.txt \(3 lines\)/);
    expect(scope({ 'b.txt': { file: 'b.txt', from: 2, to: 3 } })().scope['b.txt'].lines).toEqual(['二', '三']);
  });

  test('keeps entity nodes, typed relations, chunks and mentions of an export, with their documents as file names', async () => {
    const records: ExportRecord[] = [
      { type: 'node', id: 'd', labels: ['Document'], properties: { title: 't' } },
      { type: 'node', id: 'r1', labels: ['Region'], properties: { name: '某市', aliases: ['某'], docs: ['b.txt'], level: 'city' } },
      { type: 'node', id: 'r2', labels: ['Region'], properties: { name: '某区', aliases: [], docs: ['some/dir/b.txt'], level: 'district' } },
      { type: 'node', id: 'c', labels: ['Chunk'], properties: { doc: 'b.txt', text: '某区属于某市', index: 0 } },
      { type: 'relationship', id: 'e1', label: 'PART_OF', start: { id: 'r2' }, end: { id: 'r1' }, properties: { doc: 'b.txt', evidence: 's' } },
      { type: 'relationship', id: 'e2', label: 'MENTIONED_IN', start: { id: 'r2' }, end: { id: 'c' }, properties: { doc: 'b.txt' } },
      { type: 'relationship', id: 'e3', label: 'HAS_CHUNK', start: { id: 'd' }, end: { id: 'c' }, properties: { doc: 'b.txt' } },
    ];
    const graph = await graphFromExport(records);
    expect(graph).toEqual({
      entities: [
        { id: 'r1', label: 'Region', name: '某市', aliases: ['某'], docs: ['b.txt'], props: { level: 'city' } },
        { id: 'r2', label: 'Region', name: '某区', aliases: [], docs: ['b.txt'], props: { level: 'district' } },
      ],
      relations: [{ type: 'PART_OF', start: 'r2', end: 'r1', docs: ['b.txt'], evidence: 's' }],
      chunks: [{ id: 'c', doc: 'b.txt', text: '某区属于某市' }],
      mentions: [{ entity: 'r2', chunk: 'c', doc: 'b.txt' }],
    });
  });
});
