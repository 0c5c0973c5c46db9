import type { AnalyzedDocument } from '../ingest/analyze/index.ts';
import { analyzedDocument } from './helpers/documents.ts';
import { isTaskTitle, measureRecognizer } from '../ingest/extract/entities/measure.ts';
import { periodOf } from '../ingest/extract/entities/outcome-fact.ts';
import { proseOutcomes } from '../ingest/extract/entities/outcome-prose.ts';
import { tableOutcomes } from '../ingest/extract/entities/outcome-table.ts';
import { extract } from '../ingest/extract/index.ts';

const docOf = analyzedDocument;

const PLAN = [
  '杭州市知识产权保护“十五五”规划',
  '一、发展基础',
  '“十四五”期间，全市发明专利授权量新增12.5万件。',
  '二、主要任务',
  '1.完善知识产权政策体系。加强地方立法，推进《杭州市专利促进条例》修订。到2030年，全市知识产权一审民事案件服判息诉率达92%以上。',
  '2.加强知识产权司法保护。深化审判机制改革。',
  '\t专栏1：商业秘密保护工程',
  '\t“十五五”期间，累计建设商业秘密保护工作站100个以上。',
].join('\n');

describe('measures', () => {
  test('a plan gives its numbered tasks and 专栏 projects, planned, with the heading as mention', () => {
    const doc = docOf(PLAN);
    const measures = measureRecognizer.recognize(doc, []);
    expect(measures.map((m) => [m.name, m.props.kind, m.props.status])).toEqual([
      ['完善知识产权政策体系', 'task', 'planned'],
      ['加强知识产权司法保护', 'task', 'planned'],
      ['商业秘密保护工程', 'project', 'planned'],
    ]);
    const task = measures[0];
    expect(doc.text.slice(task.mentions[0].start, task.mentions[0].end)).toBe('完善知识产权政策体系');
    expect(String(task.props.text)).toContain('推进《杭州市专利促进条例》修订');
  });

  test('task headings are verb phrases; background headings are not', () => {
    expect(isTaskTitle('大力发展专利密集型产业')).toBe(true);
    expect(isTaskTitle('深入实施商标品牌战略')).toBe(true);
    expect(isTaskTitle('发展形势')).toBe(false);
    expect(isTaskTitle('指导思想')).toBe(false);
  });

  test('a report names its actions: counted set-ups, listed practices, quoted mechanisms (corpus sentences)', () => {
    const doc = docOf(
      '深圳市2025年度知识产权十大事件\n一、创新集群跃居全球第一\n' +
        '深圳出台若干举措，新建50家高价值专利培育布局中心，开展32个重点产业专利导航项目。' +
        '构建海外维权立体格局等2项经验做法入选第四批知识产权强国建设典型案例。' +
        '全国首创海关知识产权保护“公益调解前置”新模式。' +
        '构建“快速预审、快速确权、快速维权”三大核心服务和“1+3+N”工作体系。' +
        '双方共同完善音乐作品词曲授权机制、推动词曲内容合规使用。',
    );
    const measures = measureRecognizer.recognize(doc, []);
    const names = measures.map((m) => m.name);
    expect(names).toEqual(
      expect.arrayContaining([
        '新建50家高价值专利培育布局中心',
        '开展32个重点产业专利导航项目',
        '构建海外维权立体格局',
        '海关知识产权保护“公益调解前置”新模式',
        '“1+3+N”工作体系',
        '音乐作品词曲授权机制',
      ]),
    );
    // A mechanism is named by its noun phrase; the text's verb phrase is an alias, so either form finds it.
    expect(measures.find((m) => m.name === '音乐作品词曲授权机制')?.aliases).toEqual(['完善音乐作品词曲授权机制']);
    expect(names).not.toContain('“快速预审、快速确权、快速维权”三大核心服务');
  });

  test('a regulation names the mechanisms its articles set up, without the verb', () => {
    const doc = docOf('江西省专利保护条例\n第五条　省知识产权局会同省公安厅建立专利行政执法与刑事司法衔接机制。\n第六条　省高级人民法院推行专利案件繁简分流制度，完善技术调查官制度。');
    const measures = measureRecognizer.recognize(doc, []);
    expect(measures.map((m) => m.name)).toEqual(['专利行政执法与刑事司法衔接机制', '专利案件繁简分流制度', '技术调查官制度']);
    expect(measures.map((m) => m.aliases[0])).toEqual(['建立专利行政执法与刑事司法衔接机制', '推行专利案件繁简分流制度', '完善技术调查官制度']);
  });

  test('a plan\'s prose mechanisms are not measures (only its tasks are)', () => {
    const doc = docOf('某市知识产权规划\n一、主要任务\n1.加强行政保护。持续优化“三合一”审判模式，完善行政裁决处理机制。');
    expect(measureRecognizer.recognize(doc, []).map((m) => m.name)).toEqual(['加强行政保护']);
  });
});

describe('outcomes from prose', () => {
  const actual = { forward: false, lead: '', defaultPeriod: '2025' };
  const target = { forward: true, lead: '', defaultPeriod: '十五五' };
  const facts = (text: string, ctx = actual) => proseOutcomes({ text, start: 0 }, ctx).map((f) => [f.indicator, f.value, f.unit, f.kind, f.period]);

  test('indicator-figure pairs, qualifiers kept in the value (corpus sentences)', () => {
    expect(facts('每万人口高价值发明专利拥有量119.7件，达到全国的7.48倍。')).toEqual([
      ['每万人口高价值发明专利拥有量', '119.7', '件', 'actual', '2025'],
      ['全国', '7.48', '倍', 'actual', '2025'],
    ]);
    expect(facts('全年专利和商标质押登记金额超590亿元，累计发行121单。')).toEqual([
      ['专利和商标质押登记金额', '超590', '亿元', 'actual', '2025'],
      ['累计发行', '121', '单', 'actual', '2025'],
    ]);
  });

  test('the body that did what is counted is no part of the indicator', () => {
    expect(facts('江海知识产权法院共受理各类知识产权案件1.2万件。')).toEqual([['受理各类知识产权案件', '1.2', '万件', 'actual', '2025']]);
    expect(facts('江海市知识产权保护中心累计受理预审请求2400件。')).toEqual([['受理预审请求', '2400', '件', 'actual', '2025']]);
    expect(facts('专利代理机构受理量120件。')).toEqual([['专利代理机构受理量', '120', '件', 'actual', '2025']]);
  });

  test('a deed counted after examples of it, and a deed done in places named before it', () => {
    expect(facts('二是开展商标导航服务，完成纺织、食品2个产业商标导航项目。')).toEqual([['完成产业商标导航项目', '2', '个', 'actual', '2025']]);
    expect(facts('上线案件查询、费用缴纳、材料提交等9项网上服务。')).toEqual([['上线网上服务', '9', '项', 'actual', '2025']]);
    expect(facts('帮助企业在日本、韩国等地应对商标异议7起。')).toEqual([['应对商标异议', '7', '起', 'actual', '2025']]);
  });

  test('things counted and then disposed of: 将/对 N个X 纳入/实施/予以…', () => {
    expect(facts('全年将36个地方特色商标纳入重点商标保护名录。')).toEqual([['纳入重点商标保护名录的地方特色商标', '36', '个', 'actual', '2025']]);
    expect(facts('对青梅、杨梅等12个产品实施原产地保护。')).toEqual([['实施原产地保护的产品', '12', '个', 'actual', '2025']]);
    // The modifier before the count belongs to each counted noun; 予以 only carries the deed.
    expect(facts('市政府对创新成效显著的8个单位和25名个人予以表彰。')).toEqual([
      ['表彰创新成效显著的单位', '8', '个', 'actual', '2025'],
      ['表彰创新成效显著的个人', '25', '名', 'actual', '2025'],
    ]);
  });

  test('counted things that went somewhere, and the list before them', () => {
    expect(facts('年内共60家律师事务所、420余名律师入驻维权服务平台。')).toEqual([
      ['入驻维权服务平台的律师事务所数量', '60', '家', 'actual', '2025'],
      ['入驻维权服务平台的律师数量', '420余', '名', 'actual', '2025'],
    ]);
    expect(facts('截至年底，45个企业列入重点监管名单。')).toEqual([['列入重点监管名单的企业数量', '45', '个', 'actual', '2025']]);
  });

  test('rankings, changes and counted results', () => {
    expect(facts('PCT国际专利申请量连续22年居全国首位')).toEqual([['PCT国际专利申请量', '连续22年居全国首位', '', 'actual', '2025']]);
    expect(facts('快维中心投入运行后，将外观设计专利授权周期从4至8个月压缩至最快7个工作日，效能提升80%以上。')).toEqual([
      ['外观设计专利授权周期', '4至8个月 -> 最快7个工作日', '', 'change', '2025'],
      ['效能提升', '80以上', '%', 'change', '2025'],
    ]);
    expect(facts('数字经济保护规则等5项经验做法入选重点城市保护改革优秀案例。')).toEqual([['入选重点城市保护改革优秀案例的经验做法数量', '5', '项', 'actual', '2025']]);
    expect(facts('累计培育29家国家、省、市三级公共服务网点及179家保护工作站。')).toEqual([
      ['累计培育国家、省、市三级公共服务网点数量', '29', '家', 'actual', '2025'],
      ['累计培育保护工作站数量', '179', '家', 'actual', '2025'],
    ]);
  });

  test('changes written with 由, rankings counted in Chinese numerals, crackdowns named before their count', () => {
    expect(facts('专利侵权纠纷办理周期由平均60天缩短至20天。')).toEqual([['专利侵权纠纷办理周期', '平均60天 -> 20天', '', 'change', '2025']]);
    expect(facts('知识产权保护社会满意度连续五年位居全省第一。')).toEqual([['知识产权保护社会满意度', '连续五年位居全省第一', '', 'actual', '2025']]);
    expect(facts('全年破获侵犯知识产权犯罪案件860余起，查获侵权嫌疑货物320批次。')).toEqual([
      ['破获侵犯知识产权犯罪案件数量', '860余', '起', 'actual', '2025'],
      ['查获侵权嫌疑货物数量', '320', '批次', 'actual', '2025'],
    ]);
  });

  test('a rank given to the figure before it; credit granted to firms, counted', () => {
    expect(facts('有效发明专利拥有量达到18.2万件，居全国第七位。')).toEqual([
      ['有效发明专利拥有量', '18.2', '万件', 'actual', '2025'],
      ['有效发明专利拥有量排名', '居全国第七位', '', 'actual', '2025'],
    ]);
    expect(facts('上半年为600家企业发放知识产权质押贷款20亿元。')).toEqual([
      ['获得知识产权质押贷款的企业数量', '600', '家', 'actual', '2025'],
      ['知识产权质押贷款金额', '20', '亿元', 'actual', '2025'],
    ]);
  });

  test('who was served and with how much: two figures of one clause', () => {
    expect(facts('累计为150家科技型中小企业提供知识产权质押融资5.2亿元。')).toEqual([
      ['获得知识产权质押融资的科技型中小企业数量', '150', '家', 'actual', '2025'],
      ['知识产权质押融资金额', '5.2', '亿元', 'actual', '2025'],
    ]);
  });

  test('targets take the period the sentence names, else the plan\'s', () => {
    expect(facts('到2030年，全市技术合同成交额达2000亿元以上，绿色低碳发明专利占比达9.5%以上。', target)).toEqual([
      ['技术合同成交额', '2000以上', '亿元', 'target', '2030'],
      ['绿色低碳发明专利占比', '9.5以上', '%', 'target', '2030'],
    ]);
    expect(facts('完成知识产权纠纷调解案件不少于8000件。', target)).toEqual([['完成知识产权纠纷调解案件', '不少于8000', '件', 'target', '十五五']]);
  });

  test('the figure is kept as the text writes it, unit in place', () => {
    const figures = (text: string, ctx = actual) => proseOutcomes({ text, start: 0 }, ctx).map((f) => f.figure);
    expect(figures('力争在“十五五”期间，全市办理知识产权行政裁决案件达1000件以上。', target)).toEqual(['1000件以上']);
    expect(figures('将外观设计专利授权周期从4至8个月压缩至最快7个工作日，效能提升80%以上。')).toEqual(['最快7个工作日', '80%以上']);
    expect(figures('发明专利的授权周期被压缩至3个月左右，专利质押登记金额超590亿元。')).toEqual(['3个月左右', '超590亿元']);
  });

  test("how long a case took, and what a crackdown took down, counted (not a region's figures)", () => {
    const read = (text: string) => proseOutcomes({ text, start: 0 }, actual).map((f) => [f.indicator, f.value, f.unit, f.figure, f.ofAction]);
    expect(read('最终推动双方从对抗走向合作，案件历经9个月得到圆满解决。')).toEqual([['案件办理周期', '9', '个月', '9个月', true]]);
    expect(read('市公安局跨省同步开展打击，成功摧毁两个组织严密的全链条制假售假犯罪团伙，查获大量假冒产品。')).toEqual([
      ['摧毁全链条制假售假犯罪团伙数量', '2', '个', '两个', true],
    ]);
    expect(read('市公安局成功破获一起某知名品牌手机被假冒注册商标案。')).toEqual([]);
  });

  test('dates and ordinals are not outcomes; a counted deed is one, of what was done', () => {
    expect(facts('第二十五届评选于2025年4月举行。')).toEqual([]);
    expect(facts('新设12个某某服务工作站，以及3个某某平台。').map((f) => f.slice(0, 4))).toEqual([
      ['新设某某服务工作站', '12', '个', 'actual'],
      ['新设某某平台', '3', '个', 'actual'],
    ]);
    expect(periodOf('“十四五”末预期值')).toBe('十四五末');
    expect(periodOf('“十四五”期间……到2030年')).toBe('2030');
  });
});

describe('outcomes from tables', () => {
  test('one outcome per indicator and period column; unit from the indicator', () => {
    const table = {
      index: 0, start: 0, end: 10, caption: '表 1 “十四五”时期主要指标完成情况', section: null,
      header: ['序号', '指标项', '“十三五”完成情况', '“十四五”末预期值', '“十四五”完成情况'],
      rows: [['1', '每万人口高价值发明专利拥有量（件）', '57.33', '108', '119'], ['2', '海外发明专利授权量新增量（件）', '/', '50000', '75338']],
      rowSpans: [{ start: 0, end: 5 }, { start: 5, end: 10 }],
    };
    const facts = tableOutcomes(table, '0123456789').map((f) => [f.indicator, f.value, f.unit, f.period, f.kind]);
    expect(facts).toEqual([
      ['每万人口高价值发明专利拥有量', '57.33', '件', '十三五', 'actual'],
      ['每万人口高价值发明专利拥有量', '108', '件', '十四五末', 'target'],
      ['每万人口高价值发明专利拥有量', '119', '件', '十四五', 'actual'],
      ['海外发明专利授权量新增量', '50000', '件', '十四五末', 'target'],
      ['海外发明专利授权量新增量', '75338', '件', '十四五', 'actual'],
    ]);
  });

  test('a year column is a target when the row says 预期性', () => {
    const table = {
      index: 0, start: 0, end: 4, caption: '表 2 主要指标', section: null,
      header: ['指标', '2030年', '属性'],
      rows: [['1.专利密集型产业增加值占GDP比重（%）', '≥33', '预期性'], ['2.版权产业增加值占GDP比重（%）', '待预测', '预期性']],
      rowSpans: [{ start: 0, end: 2 }, { start: 2, end: 4 }],
    };
    expect(tableOutcomes(table, '0123').map((f) => [f.indicator, f.value, f.unit, f.period, f.kind])).toEqual([['专利密集型产业增加值占GDP比重', '≥33', '%', '2030', 'target']]);
  });

  test('of several year columns the earliest is the base: actual, while the later ones are targets', () => {
    const table = {
      index: 0, start: 0, end: 2, caption: '表1 主要指标', section: null,
      header: ['指标', '2020年', '2025年', '属性'],
      rows: [['每万人口高价值发明专利拥有量（件）', '3.1', '6.0', '预期性']],
      rowSpans: [{ start: 0, end: 2 }],
    };
    expect(tableOutcomes(table, '01').map((f) => [f.value, f.period, f.kind])).toEqual([['3.1', '2020', 'actual'], ['6.0', '2025', 'target']]);
  });

  test('a target the table gives and a task repeats in other words is one outcome, which both the plan and the task target', () => {
    const text = [
      '湖南省知识产权保护和运用“十四五”规划',
      '表1　主要指标',
      '指标\t2020年\t2025年\t属性',
      '知识产权质押融资登记金额（亿元）\t40\t100\t预期性',
      '二、重点任务',
      '1.推进知识产权金融服务。到2025年，全省专利商标质押融资登记金额达到100亿元。',
    ].join('\n');
    const { entities, relations } = extract(docOf(text));
    const targets = entities.filter((e) => e.label === 'Outcome' && e.props.kind === 'target');
    expect(targets.map((e) => [e.props.indicator, e.props.value, e.mentions.length])).toEqual([['知识产权质押融资登记金额', '100', 2]]);
    const owners = relations.filter((r) => r.type === 'TARGETS' && r.tail === targets[0].key).map((r) => entities.find((e) => e.key === r.head)?.name);
    expect(owners.sort()).toEqual(['推进知识产权金融服务', '湖南省知识产权保护和运用“十四五”规划']);
  });

  test('the recognizer names outcomes by indicator, value, subject and period, and keeps target and actual apart', () => {
    const outcomes = extract(docOf(PLAN)).entities.filter((e) => e.label === 'Outcome');
    expect(outcomes.map((o) => o.name)).toEqual(
      expect.arrayContaining([
        '发明专利授权量新增 12.5万件（杭州市，十四五）',
        '知识产权一审民事案件服判息诉率 92%以上（杭州市，2030，目标）',
        '累计建设商业秘密保护工作站 100个以上（杭州市，十五五，目标）',
      ]),
    );
  });
});
