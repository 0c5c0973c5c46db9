// The document-analysis stage: genre, header, jurisdiction, year, articles, numbered items, chronicle parts.
import { classifyGenre } from '../ingest/analyze/index.ts';
import { analyzedDocument } from './helpers/documents.ts';

describe('genre', () => {
  test.each([
    ['某市知识产权保护和运用“十五五”规划', 'plan'],
    ['关于印发某省知识产权强省建设行动方案的通知', 'plan'],
    ['某省专利条例', 'regulation'],
    ['某市知识产权纠纷调解办法（试行）', 'regulation'],
    ['某市2025年度知识产权十大事件', 'chronicle'],
    ['某区2024年知识产权工作总结', 'report'],
    ['2024年某省知识产权发展与保护状况', 'report'],
    ['某省2025年上半年知识产权工作新闻发布会召开', 'press-release'],
    ['关于开展知识产权宣传周活动的通知', 'notice'],
    ['某市打造知识产权保护高地', 'news'],
  ])('%s is a %s', (title, genre) => {
    expect(classifyGenre(title, '', 0, 0)).toBe(genre);
  });

  test('the header decides when the title line does not: 年 | 度 | 报 | 告 under an acronym', () => {
    expect(classifyGenre('ABC', 'ABC\n某某局\n2025\n年 | 度 | 报 | 告\n', 0, 0)).toBe('report');
  });

  test('articles make a regulation whatever the title; months make a chronicle when nothing else does', () => {
    expect(classifyGenre('某市知识产权工作', '', 5, 0)).toBe('regulation');
    expect(classifyGenre('某局工作动态', '', 0, 6)).toBe('chronicle');
  });
});

describe('profile', () => {
  const regulation = [
    '某省专利条例',
    '',
    '2020年5月1日 某省第十三届人民代表大会常务委员会第二次会议通过',
    '',
    '第一章　总则',
    '',
    '第一条 为了保护专利权，制定本条例。',
    '',
    '第二条 县级以上人民政府应当加强专利工作。',
    '',
    '第二章　保护',
    '',
    '第十一条 专利行政部门负责处理专利侵权纠纷。',
    '第一百零二条 本条例自2021年1月1日起施行。',
  ].join('\n');

  test('a regulation: header through its adoption note, articles to the next article or chapter, no speaker', () => {
    const doc = analyzedDocument(regulation);
    const { profile } = doc;
    expect(profile.genre).toBe('regulation');
    expect(doc.text.slice(profile.header.start, profile.header.end)).toContain('会议通过');
    expect(doc.text.slice(profile.header.start, profile.header.end)).not.toContain('总则');
    expect(profile.articles.map((a) => a.number)).toEqual([1, 2, 11, 102]);
    expect(doc.text.slice(profile.articles[1].bodyStart, profile.articles[1].end)).toBe('县级以上人民政府应当加强专利工作。');
    expect(profile.speaker).toBeNull();
    expect(profile.year).toBe('2020');
  });

  test('a report: speaker looked for in the header, numbered items, the jurisdiction from the title', () => {
    const doc = analyzedDocument('某某局\n2024年浙江省知识产权工作总结\n一、保护\n一是组织开展专项执法行动。二是完善纠纷调解机制，新建调解组织5家。\n');
    const { profile } = doc;
    expect(profile.genre).toBe('report');
    expect(profile.speaker).toEqual(profile.header);
    expect(profile.jurisdiction?.canonical).toBe('浙江省');
    expect(profile.items.map((i) => [i.ordinal, doc.text.slice(i.start, i.end)])).toEqual([
      [1, '组织开展专项执法行动。'],
      [2, '完善纠纷调解机制，新建调解组织5家。'],
    ]);
  });

  test('a chronicle part: the month sections', () => {
    const doc = analyzedDocument('某局年度要事\n## 1月\n1月5日，某会议召开。\n## 2月\n2月3日，某论坛举办。\n## 3月\n3月8日，某活动启动。\n');
    expect(doc.profile.genre).toBe('chronicle');
    expect(doc.profile.chronicles).toHaveLength(3);
  });
});
