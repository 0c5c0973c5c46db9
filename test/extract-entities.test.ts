import { chunk } from '../ingest/chunk.ts';
import { eventRecognizer } from '../ingest/extract/entities/event.ts';
import { institutionRecognizer } from '../ingest/extract/entities/institution.ts';
import { platformRecognizer } from '../ingest/extract/entities/platform.ts';
import { policyKind, policyRecognizer } from '../ingest/extract/entities/policy.ts';
import { regionRecognizer } from '../ingest/extract/entities/region.ts';
import { extract } from '../ingest/extract/index.ts';
import { structure } from '../ingest/structure.ts';
import type { ChunkedDocument, EntityLabel } from '../ingest/types.ts';

function docOf(text: string, title = text.split('\n')[0]): ChunkedDocument {
  const s = structure({ source: { path: 't.txt', name: 't.txt', format: 'txt', sha256: '0'.repeat(64), raw: text }, text, title });
  return { ...s, chunks: chunk(s) };
}

const names = (doc: ChunkedDocument, label: EntityLabel) => extract(doc).entities.filter((e) => e.label === label).map((e) => e.name);

describe('institutions', () => {
  test('head nouns with their full left extent, from the corpus', () => {
    const doc = docOf('深圳市中级人民法院立足审判职能。在中宣部版权管理局和中国版权协会的指导下，腾讯音乐娱乐集团（简称“腾讯音乐”）与中国音乐著作权协会（简称“音著协”）达成合作。');
    const found = institutionRecognizer.recognize(doc, []);
    const byName = new Map(found.map((e) => [e.name, e]));
    expect([...byName.keys()]).toEqual(expect.arrayContaining(['深圳市中级人民法院', '中宣部版权管理局', '中国版权协会', '腾讯音乐娱乐集团', '中国音乐著作权协会']));
    expect(byName.get('腾讯音乐娱乐集团')!.aliases).toContain('腾讯音乐');
    expect(byName.get('中国音乐著作权协会')!.props.kind).toBe('association');
    expect(byName.get('深圳市中级人民法院')!.props.kind).toBe('judicial');
  });

  test('short forms take the home region; X（Y） keeps both names; acronyms become aliases', () => {
    const doc = docOf('杭州市知识产权工作要点\n杭州市公安局部署专项行动。市公安局破获一起商标侵权案。杭州市市场监督管理局（杭州市知识产权局）牵头，世界知识产权组织（WIPO）参与。');
    const found = institutionRecognizer.recognize(doc, []);
    const police = found.find((e) => e.name === '杭州市公安局')!;
    expect(police.aliases).toContain('市公安局');
    expect(police.mentions.map((m) => m.surface)).toEqual(['杭州市公安局', '市公安局']);
    const bureau = found.find((e) => e.name === '杭州市市场监督管理局（杭州市知识产权局）')!;
    expect(bureau.aliases).toEqual(expect.arrayContaining(['杭州市市场监督管理局', '杭州市知识产权局']));
    expect(found.find((e) => e.name === '世界知识产权组织')!.aliases).toContain('WIPO');
  });

  test('an anonymised party and ordinary words ending in a head are not bodies', () => {
    const found = institutionRecognizer.recognize(docOf('某公司就其与某技术公司的纠纷提出请求，优化产业布局，形成总体布局。'), []);
    expect(found.map((e) => e.name)).toEqual([]);
  });
});

describe('platforms', () => {
  test('named service centres and stations, with the 简称 alias', () => {
    const doc = docOf('深圳福田（时尚设计）知识产权快速维权中心（以下简称“快维中心”）通过验收。设立深圳海外知识产权保护德国工作站。');
    const found = platformRecognizer.recognize(doc, []);
    const centre = found.find((e) => e.name === '深圳福田（时尚设计）知识产权快速维权中心')!;
    expect(centre.aliases).toEqual(['快维中心']);
    expect(centre.props.kind).toBe('service centre');
    expect(found.map((e) => e.name)).toContain('深圳海外知识产权保护德国工作站');
  });

  test('a head noun with only generic modifiers names no platform', () => {
    expect(platformRecognizer.recognize(docOf('建设一批重点平台和公共创新平台。'), []).map((e) => e.name)).toEqual([]);
  });
});

describe('policies', () => {
  test('titled instruments keep their 《》 and get a kind and year', () => {
    const doc = docOf('推进《深圳经济特区知识产权保护条例》修订，贯彻《知识产权强国建设纲要（2021—2035年）》，文章来源:《学习时报》。');
    const found = policyRecognizer.recognize(doc, []);
    expect(found.map((e) => e.name)).toEqual(['《深圳经济特区知识产权保护条例》', '《知识产权强国建设纲要（2021—2035年）》']);
    expect(found[1].props).toMatchObject({ kind: 'plan', year: 2021 });
  });

  test('pilots and designations without 《》', () => {
    const found = policyRecognizer.recognize(docOf('成都入选国家知识产权强市建设示范城市，获批全国商业秘密保护创新试点。'), []).map((e) => e.name);
    expect(found).toEqual(expect.arrayContaining(['国家知识产权强市建设示范城市', '全国商业秘密保护创新试点']));
  });

  test('kinds from genre heads', () => {
    expect(['中华人民共和国专利法', '集成电路布图设计保护条例（修订草案）', '十五五规划', '实施方案', '合作备忘录'].map(policyKind)).toEqual(['law', 'regulation', 'plan', 'programme', 'agreement']);
  });
});

describe('regions', () => {
  test('places with level; the fullest form is the name; 我市 is the home city', () => {
    const doc = docOf('深圳市知识产权规划\n我市与香港、粤港澳大湾区合作，深圳企业在德国设站。');
    const found = extract(doc).entities.filter((e) => e.label === 'Region');
    const shenzhen = found.find((e) => e.name === '深圳市')!;
    expect(shenzhen.aliases).toEqual(expect.arrayContaining(['深圳', '我市']));
    expect(Object.fromEntries(found.map((e) => [e.name, e.props.level]))).toMatchObject({ 深圳市: 'city', 粤港澳大湾区: 'zone', 德国: 'country' });
  });

  test('a place only inside a body name is not a region of the text', () => {
    expect(names(docOf('北京大学国际知识产权学院正式成立。'), 'Region')).toEqual([]);
  });
});

describe('events', () => {
  test('dated chronicle sentences with an event verb, named meetings with their date', () => {
    const doc = docOf('# 年度要事\n## 3月\n3月4日，三部门联合发文，在八省市开展试点。\n3月12日，全国知识产权宣传周活动在杭州启动。', '国家知识产权局2025年年报');
    const found = eventRecognizer.recognize(doc, []);
    const week = found.find((e) => e.name === '全国知识产权宣传周')!;
    expect(week.props).toMatchObject({ kind: 'campaign', date: '2025-03-12' });
    expect(found.some((e) => e.props.date === '2025-03-12' && e.name.includes('启动'))).toBe(true);
  });

  test('each item of an event list is an event dated by its body', () => {
    const doc = docOf('广州市2024年度知识产权十大事件\n一、广州市公安局侦破商标侵权大案\n2024年6月，市公安局破获一起案件。');
    const found = eventRecognizer.recognize(doc, []);
    expect(found.find((e) => e.name === '广州市公安局侦破商标侵权大案')!.props).toMatchObject({ date: '2024-06', kind: 'case' });
  });
});
