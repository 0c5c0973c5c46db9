import type { AnalyzedDocument } from '../ingest/analyze/index.ts';
import { analyzedDocument } from './helpers/documents.ts';
import type { EntityLabel } from '../core/ontology.ts';
import { announcedTopic, eventRecognizer } from '../ingest/extract/entities/event.ts';
import { institutionRecognizer } from '../ingest/extract/entities/institution.ts';
import { platformRecognizer } from '../ingest/extract/entities/platform.ts';
import { policyKind, policyRecognizer } from '../ingest/extract/entities/policy.ts';
import { homeRegion } from '../ingest/analyze/home-region.ts';
import { regionRecognizer } from '../ingest/extract/entities/region.ts';
import { extract } from '../ingest/extract/index.ts';

const docOf = analyzedDocument;

const names = (doc: AnalyzedDocument, label: EntityLabel) => extract(doc).entities.filter((e) => e.label === label).map((e) => e.name);

/** What the whole extractor reads from a text: its entities, their names by label, and relations as `TYPE head -> tail`. */
function read(text: string) {
  const { entities, relations } = extract(docOf(text));
  const name = new Map(entities.map((e) => [e.key, e.name]));
  return {
    entities,
    names: (label: EntityLabel) => entities.filter((e) => e.label === label).map((e) => e.name),
    triples: relations.map((r) => `${r.type} ${name.get(r.head)} -> ${name.get(r.tail)}`),
  };
}

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

  test('a bare 市局 is the city bureau its paragraph last named, else the one it stood for before', () => {
    const text = [
      '江海：知识产权护航制造业',
      '江海市市场监督管理局副局长告诉记者，市局去年依托江海市知识产权保护中心开展专利快速预审。',
      '市局会同江海市公安局建立案件线索移送机制。江海市公安局开展专项行动。',
      '运用方面，市局联合江海农商银行推出质押融资产品。',
      '河港市市场监督管理局则建立了专利导航机制。市局还与河港大学签署合作协议。',
    ].join('\n');
    const { entities, triples } = read(text);
    const bureau = entities.find((e) => e.name === '江海市市场监督管理局')!;
    expect(bureau.mentions.filter((m) => m.surface === '市局')).toHaveLength(3);
    expect(triples).toEqual(
      expect.arrayContaining([
        'IMPLEMENTS 江海市市场监督管理局 -> 案件线索移送机制',
        'COOPERATES_WITH 江海市市场监督管理局 -> 江海市公安局',
        'COOPERATES_WITH 江海市市场监督管理局 -> 江海农商银行',
        'COOPERATES_WITH 河港市市场监督管理局 -> 河港大学',
      ]),
    );
    expect(triples).not.toContain('COOPERATES_WITH 江海市公安局 -> 江海农商银行');
    // No city bureau named before it: a bare 市局 stands for nothing; 市场 in a provincial bureau's name is no city.
    expect(read('工作动态\n市局召开会议，部署专项行动。').names('Institution')).toEqual([]);
    const provincial = read('工作动态\n江海省市场监督管理局召开会议。市局要求各区落实。').entities.find((e) => e.name === '江海省市场监督管理局')!;
    expect(provincial.mentions.map((m) => m.surface)).toEqual(['江海省市场监督管理局']);
    // Never bound before: the last city bureau named before it, not the first.
    const later = read('工作动态\n江海市公安局开展专项行动。\n江海市市场监督管理局开展专利导航。\n市局还建立纠纷调解机制。');
    expect(later.entities.find((e) => e.name === '江海市市场监督管理局')!.mentions.map((m) => m.surface)).toContain('市局');
  });

  test('another country’s national office is its own body, located in that country, even inside a signing’s name', () => {
    const { entities, triples } = read('合作新闻\n5月8日，江海省市场监督管理局与越南国家知识产权局在南宁签署《边境商标保护合作备忘录》。国家知识产权局表示支持。');
    const bodies = entities.filter((e) => e.label === 'Institution');
    expect(bodies.find((e) => e.name === '越南国家知识产权局')!.aliases).toEqual([]);
    expect(bodies.find((e) => e.name === '国家知识产权局')!.mentions.map((m) => m.start)).toHaveLength(1);
    expect(triples).toContain('LOCATED_IN 越南国家知识产权局 -> 越南');
    expect(entities.find((e) => e.label === 'Event')!.name).toBe('江海省市场监督管理局与越南国家知识产权局签署《边境商标保护合作备忘录》');
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

  test('a body that builds a platform is the subject, not part of its name', () => {
    const doc = docOf('杭州市知识产权局建设杭州知识产权保护中心。广州市市场监督管理局建成广州知识产权公共服务平台。');
    expect(names(doc, 'Platform')).toEqual(['杭州知识产权保护中心', '广州知识产权公共服务平台']);
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
  test('a district jieba reads as a name is a place; a township after a place; a district by its name without 区', () => {
    const doc = docOf('苏州市吴中区2024年知识产权工作总结\n吴中区市场监督管理局联合吴中区人民法院在甪直镇、良渚街道设立审判点。第三届吴中知识产权大会召开。');
    const regions = extract(doc).entities.filter((e) => e.label === 'Region');
    expect(regions.map((e) => e.name)).toEqual(expect.arrayContaining(['吴中区', '良渚街道']));
    expect(regions.find((e) => e.name === '吴中区')?.aliases).toContain('吴中');
    expect(names(doc, 'Institution')).toEqual(expect.arrayContaining(['吴中区市场监督管理局', '吴中区人民法院']));
  });

  test('a bare 市场监督管理局 is not the city\'s 场监督管理局', () => {
    expect(names(docOf('杭州市知识产权工作要点\n市场监督管理局牵头。市公安局配合。'), 'Institution')).toEqual(expect.arrayContaining(['杭州市公安局']));
    expect(names(docOf('杭州市知识产权工作要点\n市场监督管理局牵头。'), 'Institution').filter((n) => n.includes('场监督') && !n.includes('市场'))).toEqual([]);
  });

  test('the home region: the title\'s place first, the most named city or province otherwise, the country for a national document', () => {
    expect(homeRegion(docOf('2024年浙江省知识产权发展与保护状况\n杭州市、宁波市、杭州市、温州市、杭州市分别开展试点。'))?.canonical).toBe('浙江省');
    expect(homeRegion(docOf('知识产权工作简报\n杭州市、宁波市、杭州市分别开展试点。'))?.canonical).toBe('杭州市');
    const national = docOf('国家知识产权局2024年度报告\n北京市、北京市、上海市和北京市分别开展试点。全年发明专利授权量100万件。');
    expect(homeRegion(national)).toMatchObject({ canonical: '中国', level: 'country' });
    expect(extract(national).entities.find((e) => e.label === 'Outcome')?.props.subject).toBe('中国');
  });

  test('districts and county-level cities the segmenter knows; a bare development zone is the home city\'s', () => {
    const doc = docOf('杭州市知识产权工作报告\n杭州市余杭区、宁波市鄞州区开展试点，义乌市入选名单。国家知识产权局专利局杭州代办处在高新区揭牌。大都市圈协同发展。');
    const regions = extract(doc).entities.filter((e) => e.label === 'Region');
    const byName = new Map(regions.map((e) => [e.name, e]));
    expect([...byName.keys()]).toEqual(expect.arrayContaining(['余杭区', '鄞州区', '义乌市', '杭州高新区']));
    expect(byName.get('余杭区')?.props.level).toBe('district');
    expect(byName.get('杭州高新区')?.aliases).toContain('高新区');
    expect([...byName.keys()].filter((n) => /都市/.test(n))).toEqual([]);
  });

  test("a place's own customs office, court or police is located there; a university named after a city is not", () => {
    const doc = docOf('年度报告\n青岛海关查获侵权货物。北京大学举办论坛。延边州开展培训。');
    const regions = names(doc, 'Region');
    expect(regions).toEqual(expect.arrayContaining(['青岛', '延边州']));
    expect(regions).not.toContain('北京');
    expect(regions).not.toContain('州');
  });

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
  test('a press conference held without a name of its own is named by what it announced', () => {
    expect(announcedTopic('会同某某部召开新闻发布会', '，通报2031年度十大商标案件。')).toBe('2031年度十大商标案件新闻发布会');
    expect(announcedTopic('某某办公室举行新闻发布会', '，介绍2031年专利工作进展情况。')).toBe('2031年专利工作新闻发布会');
    expect(announcedTopic('某某局召开座谈会', '，通报2031年度十大商标案件。')).toBeNull();
    expect(announcedTopic('某某局召开新闻发布会', '。')).toBeNull();
    const doc = docOf('某某局2031年大事记\n一月\n1月9日，会同甲部、乙院召开新闻发布会，通报2030年度十大版权案件。');
    expect(names(doc, 'Event')).toEqual(['2030年度十大版权案件新闻发布会']);
  });

  test('a headline event keeps its period, is dated by the sentence that tells of it, and a bare 新闻发布会 in the body is it', () => {
    const doc = docOf('河北省2025年上半年知识产权工作新闻发布会召开\n7月20日，河北省人民政府新闻办公室举行新闻发布会，介绍2025年上半年工作。');
    const events = extract(doc).entities.filter((e) => e.label === 'Event');
    expect(events.map((e) => [e.name, e.props.date, e.props.kind])).toEqual([['河北省2025年上半年知识产权工作新闻发布会', '2025-07-20', 'meeting']]);
    expect(events[0].mentions.map((m) => m.surface)).toEqual(['河北省2025年上半年知识产权工作新闻发布会', '新闻发布会']);
  });

  test('a bare year against a meeting name is part of it; a dated clause that tells of a named event adds no second one; 出席会议 names nothing', () => {
    const doc = docOf('年度报告\n11月8日，2024江苏知识产权保护大会在南京举行，国家知识产权局有关负责同志出席会议。');
    expect(names(doc, 'Event')).toEqual(['2024江苏知识产权保护大会']);
  });

  test('a case reported with its party anonymised; a signing named by its parties, dated or not', () => {
    const doc = docOf('年度报告\n南京市中级人民法院审理的某科技公司商业秘密侵权纠纷案入选典型案例。南京市人民政府与国家知识产权局签署战略合作协议，双方将深化合作。');
    const events = extract(doc).entities.filter((e) => e.label === 'Event');
    expect(events.map((e) => [e.name, e.props.kind])).toEqual(
      expect.arrayContaining([
        ['某科技公司商业秘密侵权纠纷案', 'case'],
        ['南京市人民政府与国家知识产权局签署战略合作协议', 'signing'],
      ]),
    );
  });

  test('a meeting between parties is an occasion, dated or not, with every party in its name and where it was held', () => {
    const talks = read('合作新闻\n论坛期间，江海省知识产权局与新西兰知识产权局、智利工业产权局分别举行双边会谈。');
    expect(talks.names('Event')).toEqual(['江海省知识产权局与新西兰知识产权局、智利工业产权局分别举行双边会谈']);
    expect(talks.triples).toEqual(
      expect.arrayContaining(['江海省知识产权局', '新西兰知识产权局', '智利工业产权局'].map((b) => `PARTICIPATED_IN ${b} -> 江海省知识产权局与新西兰知识产权局、智利工业产权局分别举行双边会谈`)),
    );
    const visit = read('江海省知识产权局2031年大事记\n5月\n5月9日，在北京会见来访的新西兰知识产权局局长一行，双方就审查合作交换意见。');
    expect(visit.names('Event')).toEqual(['会见新西兰知识产权局局长']);
    expect(visit.triples).toEqual(
      expect.arrayContaining([
        'PARTICIPATED_IN 江海省知识产权局 -> 会见新西兰知识产权局局长',
        'PARTICIPATED_IN 新西兰知识产权局 -> 会见新西兰知识产权局局长',
        'LOCATED_IN 会见新西兰知识产权局局长 -> 北京',
      ]),
    );
    expect(visit.entities.find((e) => e.label === 'Event')!.props.date).toBe('2031-05-09');
    // Meeting someone somewhere does not put the host there; a mechanism of meetings is no meeting.
    const host = read('合作新闻\n江海省知识产权局在北京会见新西兰知识产权局局长，双方举行工作磋商。两局建立年度会晤机制。');
    expect(host.triples).not.toContain('LOCATED_IN 江海省知识产权局 -> 北京');
    expect(host.names('Event')).toEqual(['江海省知识产权局会见新西兰知识产权局局长']);
  });

  test('a case a court heard is named by the court, the instance and the case, and produced the damages it awarded', () => {
    const { names, triples } = read(
      '要闻\n5月9日，杭州市中级人民法院对一起涉智能门锁的发明专利侵权纠纷案作出一审判决，判令被告停止侵权并赔偿原告经济损失及合理开支共计860万元。宁波市中级人民法院全年审结知识产权案件900件，其审理的一起外观设计专利侵权案判赔120万元。',
    );
    expect(names('Event')).toEqual(expect.arrayContaining(['杭州市中级人民法院一审判决智能门锁发明专利侵权纠纷案', '宁波市中级人民法院审理外观设计专利侵权案']));
    expect(names('Outcome')).toContain('赔偿原告经济损失及合理开支 860万元（杭州市）');
    // 涉案, 涉嫌 and 备案 are words of their own, not 涉 + the case or a case.
    const words = read('要闻\n杭州市中级人民法院对一起涉案金额达300万元的商标侵权案作出一审判决。宁波市中级人民法院审理一起涉及商标备案的纠纷。').names('Event');
    expect(words).toEqual(['杭州市中级人民法院一审判决涉案金额达300万元商标侵权案']);
    expect(triples).toEqual(
      expect.arrayContaining([
        'PARTICIPATED_IN 杭州市中级人民法院 -> 杭州市中级人民法院一审判决智能门锁发明专利侵权纠纷案',
        'PRODUCED 杭州市中级人民法院一审判决智能门锁发明专利侵权纠纷案 -> 赔偿原告经济损失及合理开支 860万元（杭州市）',
        'PARTICIPATED_IN 宁波市中级人民法院 -> 宁波市中级人民法院审理外观设计专利侵权案',
      ]),
    );
  });

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

describe('name boundaries and specificity', () => {
  test('designations of a kind (试点省, 示范企业, 示范园区) are pilots by their full name; 党组成员 ends a body name', () => {
    const doc = docOf('年度报告\n加快建设国家知识产权强省建设试点省。新增国家知识产权示范企业8家，园区获评江苏省知识产权示范园区。江苏省市场监督管理局党组成员、副局长介绍情况。');
    expect(names(doc, 'Policy')).toEqual(expect.arrayContaining(['国家知识产权强省建设试点省', '国家知识产权示范企业', '江苏省知识产权示范园区']));
    expect(names(doc, 'Policy')).not.toContain('国家知识产权强省建设试点');
    expect(names(doc, 'Institution')).toContain('江苏省市场监督管理局');
    expect(names(doc, 'Institution')).not.toContain('江苏省市场监督管理局党组');
  });

  test("a document whose title ends in an instrument's genre is that instrument; a headline is not", () => {
    expect(names(docOf('湖南省知识产权保护三年行动方案（2025—2027年）\n一、总体目标'), 'Policy')).toContain('湖南省知识产权保护三年行动方案（2025—2027年）');
    expect(names(docOf('长沙打造中部知识产权保护高地\n近日，长沙市召开会议。'), 'Policy')).not.toContain('长沙打造中部知识产权保护高地');
  });

  test('departments named 司 are bodies (not 公司 twice); a body with a second name in brackets keeps its kind', () => {
    const doc = docOf('年度报告\n国家知识产权局知识产权保护司与香港特别行政区律政司座谈。苏州市市场监督管理局（苏州市知识产权局）牵头。深圳某科技公司参与。');
    const found = institutionRecognizer.recognize(doc, []);
    expect(found.map((e) => e.name)).toEqual(expect.arrayContaining(['国家知识产权局知识产权保护司', '香港特别行政区律政司']));
    expect(found.find((e) => e.name.startsWith('苏州市市场监督管理局（'))?.props.kind).toBe('government');
  });

  test('an adverb, a demonstrative or a reporting verb ends a name; a complete name before a clause verb is its subject', () => {
    const doc = docOf('年度报告\n南京海关依法开展知识产权海关保护。这是华东地区首家专利审查协作中心。苏州知识产权交易中心上线“苏知融”服务平台。南京市市场监督管理局依托中国（南京）知识产权保护中心设立知识产权纠纷快速处理窗口。');
    expect(names(doc, 'Institution')).toContain('南京海关');
    expect(names(doc, 'Platform')).toEqual(expect.arrayContaining(['苏州知识产权交易中心', '“苏知融”服务平台', '中国（南京）知识产权保护中心', '知识产权纠纷快速处理窗口']));
    // Bodies and facilities end where the clause begins (知识产权海关保护 is what the customs does, a Measure, not a body).
    const bodies = extract(doc).entities.filter((e) => e.label === 'Institution' || e.label === 'Platform').map((e) => e.name);
    expect(bodies.filter((n) => /依法|这是|上线|设立|知识产权海关/.test(n))).toEqual([]);
  });

  test('a department after a national body continues its name; a body that names its own place starts another', () => {
    const doc = docOf('年度报告\n国家知识产权局专利局南京专利审查协作中心在江北新区揭牌。江苏省人民政府国家知识产权局共同推进合作。');
    expect(names(doc, 'Platform')).toContain('国家知识产权局专利局南京专利审查协作中心');
    expect(names(doc, 'Institution')).toEqual(expect.arrayContaining(['江苏省人民政府', '国家知识产权局']));
    expect(names(doc, 'Institution')).not.toContain('专利局');
  });

  test('组织 as a verb names no organisation; a bank branch is a body', () => {
    const doc = docOf('年度报告\n江苏省公安厅组织开展“净网2024”专项行动。江苏省知识产权局联合中国人民银行江苏省分行推进质押融资。');
    const found = names(doc, 'Institution');
    expect(found).toEqual(expect.arrayContaining(['江苏省公安厅', '中国人民银行江苏省分行']));
    expect(found.filter((n) => n.endsWith('组织'))).toEqual([]);
  });

  test('a place bracketed after 中国 locates the body; a bracket inside a programme name does not', () => {
    const doc = docOf('年度报告\n中国（常州）知识产权保护中心受理预审。某大学国家知识产权培训（江苏）基地开班。');
    const regions = names(doc, 'Region');
    expect(regions).toContain('常州');
    expect(regions).not.toContain('江苏');
  });

  test('a title of office or a visit verb ends a body name; the name starts after it', () => {
    const doc = docOf('年度报告\n王立新副部长应邀赴德国专利商标局访问。赵明主席出席东盟知识产权局局长会议。各地认真落实国家版权局部署。');
    const found = names(doc, 'Institution');
    expect(found).toEqual(expect.arrayContaining(['德国专利商标局', '东盟知识产权局', '国家版权局']));
    expect(found.filter((n) => /副部长|主席|应邀|出席|落实/.test(n))).toEqual([]);
  });

  test('a country before a national body is a variant of that body', () => {
    const doc = docOf('年度报告\n国家版权局发布通知。中华人民共和国国家版权局与中国国家版权局同为一个机构。');
    const body = extract(doc).entities.find((e) => e.label === 'Institution' && e.name === '国家版权局');
    expect(body?.aliases).toEqual(expect.arrayContaining(['中华人民共和国国家版权局', '中国国家版权局']));
    expect(names(doc, 'Institution')).not.toContain('中国国家版权局');
  });

  test('two complete bodies in a row, or joined by 与/和, are two names', () => {
    const doc = docOf('年度报告\n湖南省市场监督管理局湖南省财政厅联合发文。签署四川省人民政府国家知识产权局合作协议。成都市人民政府走进国家版权局交流。');
    const found = names(doc, 'Institution');
    expect(found).toEqual(expect.arrayContaining(['湖南省市场监督管理局', '湖南省财政厅', '四川省人民政府', '成都市人民政府', '国家版权局']));
    expect(found.filter((n) => /局湖南|政府国家|政府走进/.test(n))).toEqual([]);
  });

  test('a subject and its clause verb do not open a name; an issuing verb opens a policy name (corpus)', () => {
    const doc = docOf('深圳出台知识产权赋能产业高质量发展若干举措，持续完善创造机制。深圳建设中国特色社会主义先行示范区。');
    expect(names(doc, 'Policy')).toEqual(expect.arrayContaining(['知识产权赋能产业高质量发展若干举措', '中国特色社会主义先行示范区']));
    expect(names(doc, 'Policy').some((n) => n.startsWith('深圳'))).toBe(false);
  });

  test('programmes and pilots named in prose; generic document genres and slogans are not (own sentences)', () => {
    const doc = docOf('深入实施种子产业振兴行动。巩固拓展全国地理标志保护创新试点工作成效。完善知识产权行政执法指引，贡献杭州方案。');
    const found = names(doc, 'Policy');
    expect(found).toEqual(expect.arrayContaining(['种子产业振兴行动', '全国地理标志保护创新试点']));
    expect(found).not.toContain('知识产权行政执法指引');
    expect(found.some((n) => n.includes('方案'))).toBe(false);
  });

  test('a short form after the full name is its alias, and a class (国家级…) is no name', () => {
    const doc = docOf('成都先后入选国家知识产权金融生态综合试点。知识产权金融生态综合试点成效明显。推进国家级知识产权运营平台建设。');
    const pilot = extract(doc).entities.find((e) => e.name === '国家知识产权金融生态综合试点')!;
    expect(pilot.aliases).toContain('知识产权金融生态综合试点');
    expect(names(doc, 'Policy')).toHaveLength(1);
    expect(names(doc, 'Platform')).toEqual([]);
  });

  test('places shared by one head become one station each; a quoted name after a head names the agent (corpus)', () => {
    const doc = docOf('高效运行深圳海外知识产权保护德国、新加坡、巴西工作站。升级迭代知识产权AI智能体“深知保”，提供咨询。深化标准必要专利数据库建设。');
    const found = names(doc, 'Platform');
    expect(found).toEqual(expect.arrayContaining(['深圳海外知识产权保护德国工作站', '深圳海外知识产权保护新加坡工作站', '深圳海外知识产权保护巴西工作站', '深知保', '标准必要专利数据库']));
    expect(names(doc, 'Region')).toEqual(expect.arrayContaining(['德国', '新加坡', '巴西']));
  });

  test('generic platform phrases and 中心城市 are not platforms (own sentences)', () => {
    const doc = docOf('打造知识产权文化传播平台。全市海外知识产权保护工作站达5家以上。成都作为成渝地区中心城市。');
    expect(names(doc, 'Platform')).toEqual([]);
  });

  test('kinds of body are not bodies; a verb ending in 办 is no office; a known body inside a longer name stays inside', () => {
    const doc = docOf('发挥行业组织、国际组织和知识产权调解组织作用，加强商业秘密案件查办。在中宣部版权管理局指导下开展工作。');
    expect(names(doc, 'Institution')).toEqual(['中宣部版权管理局']);
  });

  test('a place inside a facility name is a region, inside a university name or a policy title it is not', () => {
    const doc = docOf('推动福田区知识产权快速维权中心建设。北京大学举办活动。推进《广州市知识产权保护条例》修订。');
    const regions = names(doc, 'Region');
    expect(regions).toContain('福田区');
    expect(regions).not.toContain('北京');
    expect(regions.some((r) => r.startsWith('广州'))).toBe(false);
  });

  test('a quoted chain of places is one area and its members are not regions of their own (corpus)', () => {
    const doc = docOf('“深圳-香港-广州”创新集群首次跃居全球第一。');
    expect(names(doc, 'Region')).toEqual(['“深圳-香港-广州”创新集群']);
  });
});

describe('event names', () => {
  test('ordinals, years, party congresses, short fair names; meetings that are bodies are not events', () => {
    const doc = docOf('第二十五届中国专利奖深圳获奖81项。全面贯彻党的二十大精神。强化文博会交易功能，办好高交会。发挥市知识产权联席会议作用，推动重大知识产权国际性会议落地。', '深圳市知识产权规划');
    const found = names(doc, 'Event');
    expect(found).toEqual(expect.arrayContaining(['第二十五届中国专利奖', '党的二十大', '文博会', '高交会']));
    expect(found.some((n) => n.includes('联席会议') || n.includes('国际性'))).toBe(false);
    const ranking = names(docOf('在2024年全球创新指数（GII）世界百强创新集群排名中位列第二。'), 'Event');
    expect(ranking).toContain('2024年全球创新指数（GII）世界百强创新集群排名');
  });

  test('in a list of events the dated sentences of an item date it and are no further events', () => {
    const doc = docOf('广州市2024年度知识产权十大事件\n一、广州市公安局侦破商标侵权大案\n2024年6月，市公安局通过深挖扩线破获一起案件。');
    expect(names(doc, 'Event')).toEqual(['广州市公安局侦破商标侵权大案']);
  });
});
