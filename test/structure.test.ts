import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chineseNumber, splitSentences, structure } from '../ingest/structure.ts';
import type { CleanDocument, StructuredDocument } from '../ingest/types.ts';

const CORPUS_DIR = join(import.meta.dirname, '..', 'corpus');

function docOf(text: string, name = 'test.txt'): CleanDocument {
  return { source: { path: name, name, format: 'txt', sha256: 'f'.repeat(64), raw: text }, text, title: text.split('\n')[0] };
}

/** A corpus file with its Word bookmark marks removed, as the cleaning stage leaves it. */
function corpusDoc(prefix: string): CleanDocument {
  const file = readdirSync(CORPUS_DIR).find((f) => f.startsWith(prefix))!;
  return docOf(readFileSync(join(CORPUS_DIR, file), 'utf8').replace(/\[bookmark: [^\]]*\]/g, ''), file);
}

function expectExactSpans(doc: StructuredDocument) {
  for (const s of doc.sentences) {
    expect(doc.text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text.trim()).toBe(s.text);
  }
}

describe('sentences', () => {
  const span = (text: string) => splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

  test('split on 。！？； and keep exact trimmed spans', () => {
    expect(span('第一句。第二句！ 第三句？第四；尾巴')).toEqual(['第一句。', '第二句！', '第三句？', '第四；', '尾巴']);
  });

  test('a terminator inside a quote does not end the sentence, a quote closing after one does', () => {
    expect(span('他说：“要加强保护。要优化服务。”随后离开。')).toEqual(['他说：“要加强保护。要优化服务。”', '随后离开。']);
    expect(span('构建“快速预审、快速确权”体系。成效明显。')).toEqual(['构建“快速预审、快速确权”体系。', '成效明显。']);
  });

  test('an unclosed quote does not swallow the paragraph', () => {
    expect(span('他说“开头。然后。')).toEqual(['他说“开头。', '然后。']);
  });
});

test('chinese numerals', () => {
  expect([chineseNumber('四'), chineseNumber('十'), chineseNumber('十二'), chineseNumber('二十四'), chineseNumber('甲')]).toEqual([4, 10, 12, 24, NaN]);
});

describe('headings of a written plan', () => {
  const text = [
    '某省知识产权保护规划',
    '',
    '一、总体要求',
    '（一）指导思想',
    '坚持创新驱动。全面加强保护；',
    '二、重点任务',
    '1.完善政策体系。加强地方立法，推进条例修订。',
    '\t专栏1：行政裁决体系建设工程',
    '',
    '\t健全委托裁决制度。',
    '2、加强司法保护。深化审判改革。',
  ].join('\n');
  const doc = structure(docOf(text));

  test('levels, kinds, markers, titles and parents', () => {
    expect(doc.sections.map((s) => [s.level, s.kind, s.marker, s.title, s.parent])).toEqual([
      [1, 'heading', '一、', '总体要求', null],
      [2, 'heading', '（一）', '指导思想', 0],
      [1, 'heading', '二、', '重点任务', null],
      [2, 'numbered', '1.', '完善政策体系', 2],
      [2, 'column', '专栏1：', '行政裁决体系建设工程', 2],
      [2, 'numbered', '2、', '加强司法保护', 2],
    ]);
  });

  test('a numbered task line is a heading sentence followed by body sentences', () => {
    const task = doc.sentences.filter((s) => s.section === 3).map((s) => [s.text, s.isHeading]);
    expect(task).toEqual([['1.完善政策体系。', true], ['加强地方立法，推进条例修订。', false]]);
  });

  test('bodies end where the next heading of the same or a higher level starts', () => {
    const [general, , tasks] = doc.sections;
    expect(text.slice(general.start, general.bodyEnd)).toBe('一、总体要求\n（一）指导思想\n坚持创新驱动。全面加强保护；');
    expect(tasks.bodyEnd).toBe(text.length);
  });

  test('sentences carry their section path; the title line has none', () => {
    expect(doc.sentences[0]).toMatchObject({ text: '某省知识产权保护规划', section: null, sectionPath: [] });
    const body = doc.sentences.find((s) => s.text === '健全委托裁决制度。')!;
    expect(body.sectionPath).toEqual(['重点任务', '行政裁决体系建设工程']);
    expectExactSpans(doc);
  });
});

test('chronicle month headings, plain and markdown', () => {
  const doc = structure(docOf('# 年度要事\n## 1月\n1月7日，会议在北京召开。\n## 2月\n2月10日，工作会议召开。\n3月\n3月4日，联合发文。'));
  expect(doc.sections.map((s) => [s.kind, s.title, s.level])).toEqual([
    ['heading', '年度要事', 1],
    ['month', '1月', 2],
    ['month', '2月', 2],
    ['month', '3月', 2],
  ]);
  expect(doc.sentences.find((s) => s.text.startsWith('3月4日'))!.sectionPath).toEqual(['年度要事', '3月']);
});

test('a long numbered first sentence is a paragraph, not a heading', () => {
  const long = '1.' + '加强知识产权保护工作'.repeat(8) + '。后文。';
  expect(structure(docOf(long)).sections).toEqual([]);
});

describe('tables', () => {
  test('tab-separated rows under a header, with the caption above', () => {
    const text = '表 3 主要指标\n指标\t2024年\t2025年\n发明专利\t100\t120\n商标\t80\t90\n后文一句。';
    const doc = structure(docOf(text));
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]).toMatchObject({ caption: '表 3 主要指标', header: ['指标', '2024年', '2025年'], rows: [['发明专利', '100', '120'], ['商标', '80', '90']] });
    expect(doc.tables[0].rowSpans.map((s) => text.slice(s.start, s.end))).toEqual(['发明专利\t100\t120', '商标\t80\t90']);
    expect(doc.sentences.map((s) => s.text)).toEqual(['表 3 主要指标', '后文一句。']);
  });

  test('markdown pipe tables', () => {
    const doc = structure(docOf('| 地区 | 数量 |\n|---|---|\n| 北京 | 5 |\n| 上海 | 7 |'));
    expect(doc.tables[0]).toMatchObject({ header: ['地区', '数量'], rows: [['北京', '5'], ['上海', '7']] });
    expect(doc.sentences).toEqual([]);
  });

  test('word-export tables: one tab-led cell per line, wrapped cells, rows split by blank lines', () => {
    const doc = structure(corpusDoc('001_'));
    const [first, second] = doc.tables;
    expect(first.caption).toMatch(/^表 1 /);
    expect(first.header).toHaveLength(5);
    expect(first.header[2]).toBe('“十三五”完成情况');
    expect(first.rows).toHaveLength(8);
    expect(first.rows[0]).toEqual(['1', '每万人口高价值发明专利拥有量（件）', '57.33', '108', '119']);
    expect(second.header).toEqual(['指标', '2030年', '属性']);
    expect(second.rows[0]).toEqual(['1.每万人口高价值发明专利拥有量（件）', '≥150', '预期性']);
    // 专栏 boxes are tab-led too but have one cell per group: they stay prose with a column heading.
    expect(doc.sections.filter((s) => s.kind === 'column').length).toBe(11);
    for (const s of doc.sentences) expect(s.start >= first.end || s.end <= first.start).toBe(true);
  });
});

describe('corpus documents', () => {
  test('the plan: 7 top-level parts, 24 numbered tasks under them, exact spans', () => {
    const doc = structure(corpusDoc('001_'));
    expect(doc.sections.filter((s) => s.level === 1).map((s) => s.marker)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、']);
    const tasks = doc.sections.filter((s) => s.kind === 'numbered');
    expect(tasks.map((t) => parseInt(t.marker, 10))).toEqual(Array.from({ length: tasks.length }, (_, i) => i + 1));
    expect(tasks).toHaveLength(24);
    expect(tasks[0].title).toBe('完善知识产权政策体系');
    expectExactSpans(doc);
  });

  test('the ten events: a typo\'d "5、" stays a top-level heading', () => {
    const doc = structure(corpusDoc('000_'));
    const top = doc.sections.filter((s) => s.level === 1);
    expect(top).toHaveLength(10);
    expect(top[4].marker).toBe('5、');
    expect(doc.sentences.find((s) => s.text.startsWith('2025年4月，市公安局'))!.section).toBe(top[4].index);
  });

  test('the annual report: markdown headings and month sections', () => {
    const doc = structure(corpusDoc('003_'));
    expect(doc.sections.filter((s) => s.kind === 'month')).toHaveLength(12);
    const jan = doc.sentences.find((s) => s.text.startsWith('1月7日'))!;
    expect(jan.sectionPath).toEqual(['年度要事', '1月']);
    expect(doc.tables.length).toBeGreaterThan(5);
    expectExactSpans(doc);
  });
});
