import type { AnalyzedDocument } from '../ingest/analyze/index.ts';
import { analyzedDocument } from './helpers/documents.ts';
import { extract } from '../ingest/extract/index.ts';
import { validateRelations } from '../ingest/extract/relations/validate.ts';
import type { ExtractedEntity, ExtractedRelation } from '../ingest/types.ts';

const docOf = analyzedDocument;

/** `TYPE head -> tail` for every relation, by entity name. */
function triples(text: string): string[] {
  const doc = docOf(text);
  const { entities, relations } = extract(doc);
  const name = new Map(entities.map((e) => [e.key, e.name]));
  for (const r of relations) expect(doc.text.slice(r.start, r.end)).toBe(r.evidence);
  return relations.map((r) => `${r.type} ${name.get(r.head)} -> ${name.get(r.tail)}`);
}

describe('verb templates and constructions', () => {
  test('ISSUED: a body 出台 a titled instrument (corpus sentence)', () => {
    expect(triples('深圳市中级人民法院立足审判职能，出台《关于加强数字权益司法保护的意见》，并在网上发布配套问答。')).toContain(
      'ISSUED 深圳市中级人民法院 -> 《关于加强数字权益司法保护的意见》',
    );
    expect(triples('浙江省市场监督管理局印发《浙江省专利纠纷处理办法》。')).toContain('ISSUED 浙江省市场监督管理局 -> 《浙江省专利纠纷处理办法》');
  });

  test('GUIDES, COOPERATES_WITH: 在…的指导下, A与B达成合作 (corpus sentence)', () => {
    const found = triples('在中宣部版权管理局和中国版权协会的指导下，腾讯音乐娱乐集团（简称“腾讯音乐”）与中国音乐著作权协会（简称“音著协”）达成音乐著作权战略合作。');
    expect(found).toEqual(
      expect.arrayContaining([
        'GUIDES 中宣部版权管理局 -> 腾讯音乐娱乐集团',
        'GUIDES 中国版权协会 -> 腾讯音乐娱乐集团',
        'COOPERATES_WITH 腾讯音乐娱乐集团 -> 中国音乐著作权协会',
      ]),
    );
  });

  test('IMPLEMENTS by 建立/推行/完善 for the lead, the bodies it acts with (会同X、Y) COOPERATES_WITH it; OPERATES by 依托; nothing for what a body only supports', () => {
    const found = triples('江西省知识产权局会同江西省高级人民法院、江西省公安厅建立知识产权行政执法与刑事司法衔接机制。江西省知识产权局依托江西省知识产权公共服务平台提供检索服务。江西省人民政府支持建设中国（南昌）知识产权保护中心。');
    expect(found).toEqual(
      expect.arrayContaining([
        'IMPLEMENTS 江西省知识产权局 -> 知识产权行政执法与刑事司法衔接机制',
        'COOPERATES_WITH 江西省知识产权局 -> 江西省高级人民法院',
        'COOPERATES_WITH 江西省知识产权局 -> 江西省公安厅',
        'OPERATES 江西省知识产权局 -> 江西省知识产权公共服务平台',
      ]),
    );
    // Conventions v2: a body brought in by 会同 implements only when the text makes it a joint subject.
    expect(found.filter((t) => /^IMPLEMENTS 江西省(?:高级人民法院|公安厅)/.test(t))).toEqual([]);
    expect(found.filter((t) => t.startsWith('OPERATES 江西省人民政府'))).toEqual([]);
  });

  test('COOPERATES_WITH by A联合B and A与B共同…; a signing named by its parties: each PARTICIPATED_IN it', () => {
    const found = triples('年度报告\n福建省知识产权局联合中国人民银行福建省分行推进质押融资。福建省人民政府与国家知识产权局共同推进强省建设。\n3月20日，福建省知识产权局与福建省高级人民法院签署《知识产权协同保护合作备忘录》。');
    expect(found).toEqual(
      expect.arrayContaining([
        'COOPERATES_WITH 福建省知识产权局 -> 中国人民银行福建省分行',
        'COOPERATES_WITH 福建省人民政府 -> 国家知识产权局',
        'COOPERATES_WITH 福建省知识产权局 -> 福建省高级人民法院',
        'PARTICIPATED_IN 福建省知识产权局 -> 福建省知识产权局与福建省高级人民法院签署《知识产权协同保护合作备忘录》',
        'PARTICIPATED_IN 福建省高级人民法院 -> 福建省知识产权局与福建省高级人民法院签署《知识产权协同保护合作备忘录》',
      ]),
    );
  });

  test('a regulation: its adoption note ISSUED it, the laws its articles cite are its REFERENCES, the mechanisms they set up are PART_OF it', () => {
    const found = triples([
      '江西省专利保护条例',
      '（2023年7月28日江西省第十四届人民代表大会常务委员会第三次会议通过）',
      '第一条　为了加强专利保护，根据《中华人民共和国专利法》等法律，结合本省实际，制定本条例。',
      '第二条　江西省知识产权局建立专利侵权纠纷快速处理机制。',
    ].join('\n'));
    expect(found).toEqual(
      expect.arrayContaining([
        'ISSUED 江西省第十四届人民代表大会常务委员会 -> 江西省专利保护条例',
        'REFERENCES 江西省专利保护条例 -> 《中华人民共和国专利法》',
        'PART_OF 专利侵权纠纷快速处理机制 -> 江西省专利保护条例',
        'IMPLEMENTS 江西省知识产权局 -> 专利侵权纠纷快速处理机制',
      ]),
    );
  });

  test('a plan titled by its genre is the plan its tasks belong to; who leads or assists a task IMPLEMENTS it', () => {
    const found = triples([
      '江苏省知识产权强省建设行动方案（2026—2028年）',
      '为贯彻《知识产权强国建设纲要（2021—2035年）》，制定本方案。',
      '一、重点任务',
      '（一）提升创造质量',
      '1.实施专利导航工程。省知识产权局牵头，省科技厅、省工业和信息化厅配合。',
      '2.加强商标品牌建设。省市场监督管理局会同中国人民银行江苏省分行推广品牌融资。',
      '二、保障措施',
      '省知识产权局负责本方案的组织实施。',
    ].join('\n'));
    const plan = '江苏省知识产权强省建设行动方案（2026—2028年）';
    expect(found).toEqual(
      expect.arrayContaining([
        `PART_OF 实施专利导航工程 -> ${plan}`,
        `PART_OF 加强商标品牌建设 -> ${plan}`,
        `REFERENCES ${plan} -> 《知识产权强国建设纲要（2021—2035年）》`,
        'IMPLEMENTS 江苏省知识产权局 -> 实施专利导航工程',
        'IMPLEMENTS 江苏省科技厅 -> 实施专利导航工程',
        'IMPLEMENTS 江苏省工业和信息化厅 -> 实施专利导航工程',
        'IMPLEMENTS 江苏省市场监督管理局 -> 加强商标品牌建设',
        'IMPLEMENTS 中国人民银行江苏省分行 -> 加强商标品牌建设',
        `IMPLEMENTS 江苏省知识产权局 -> ${plan}`,
      ]),
    );
    // A heading that groups tasks, and the closing chapter, are no tasks.
    expect(found.filter((t) => /提升创造质量|保障措施/.test(t))).toEqual([]);
  });

  test('bodies that attend with no object attend the event their sentence is about', () => {
    expect(triples('9月20日，长三角知识产权保护论坛在上海举办，香港特别行政区律政司、澳门特别行政区法务局派员参加。')).toEqual(
      expect.arrayContaining([
        'PARTICIPATED_IN 香港特别行政区律政司 -> 长三角知识产权保护论坛',
        'PARTICIPATED_IN 澳门特别行政区法务局 -> 长三角知识产权保护论坛',
        'LOCATED_IN 长三角知识产权保护论坛 -> 长三角',
      ]),
    );
  });

  test('a report speaks for the body its first sentence names: its subjectless sentences tell what that body did', () => {
    const found = triples([
      '苏州市吴中区2024年知识产权工作总结',
      '2024年，吴中区市场监督管理局围绕打造知识产权强区目标推进各项工作。',
      '依托苏州市吴中区知识产权保护工作站，建立“调解+确认”机制，全年调解知识产权纠纷120件。联合吴中区人民法院在甪直镇设立巡回审判点。',
    ].join('\n'));
    expect(found).toEqual(
      expect.arrayContaining([
        'OPERATES 吴中区市场监督管理局 -> 苏州市吴中区知识产权保护工作站',
        'IMPLEMENTS 吴中区市场监督管理局 -> “调解+确认”机制',
        'COOPERATES_WITH 吴中区市场监督管理局 -> 吴中区人民法院',
        // A count of what was done has no region as its subject (conventions v2).
        'PRODUCED “调解+确认”机制 -> 调解知识产权纠纷 120件（2024）',
      ]),
    );
  });

  test('PRODUCED: a programme or action produces the figure of its clause or of the next clause without a subject, not a list it is counted in', () => {
    const found = triples('年度报告\n河南省市场监督管理局联合河南省公安厅、郑州海关开展“利剑”行动，查处商标侵权案件520件。推出“豫知贷”产品，上半年为800家企业发放知识产权质押贷款30亿元。落地首批数据知识产权信托，全年专利质押登记金额超100亿元。构建维权新格局等2项经验做法入选典型案例。');
    expect(found).toEqual(
      expect.arrayContaining([
        'PRODUCED “利剑”行动 -> 查处商标侵权案件数量 520件',
        'PRODUCED “豫知贷”产品 -> 获得知识产权质押贷款的企业数量 800家（河南省）',
        'COOPERATES_WITH 河南省市场监督管理局 -> 河南省公安厅',
        'COOPERATES_WITH 河南省市场监督管理局 -> 郑州海关',
      ]),
    );
    expect(found.filter((t) => /PRODUCED .*(?:信托|格局)/.test(t))).toEqual([]);
  });

  test('international meetings: an ordinal and the attendees\' office inside the name, the city abroad, a province and its city, a signing placed (the place kept out of its name) and its parties in it', () => {
    const found = triples('年度报告\n9月23日，世界知识产权组织成员国大会第六十七届会议在日内瓦开幕，国家知识产权局派团出席会议。第十六次中国—东盟知识产权局局长会议在云南昆明召开。6月10日，国家知识产权局与欧洲专利局在慕尼黑签署《专利审查合作谅解备忘录》。新加坡知识产权局到访。');
    expect(found).toEqual(
      expect.arrayContaining([
        'LOCATED_IN 世界知识产权组织成员国大会第六十七届会议 -> 日内瓦',
        'PARTICIPATED_IN 国家知识产权局 -> 世界知识产权组织成员国大会第六十七届会议',
        'LOCATED_IN 第十六次中国—东盟知识产权局局长会议 -> 云南',
        'LOCATED_IN 第十六次中国—东盟知识产权局局长会议 -> 昆明',
        'LOCATED_IN 国家知识产权局与欧洲专利局签署《专利审查合作谅解备忘录》 -> 慕尼黑',
        'PARTICIPATED_IN 国家知识产权局 -> 国家知识产权局与欧洲专利局签署《专利审查合作谅解备忘录》',
        'PARTICIPATED_IN 欧洲专利局 -> 国家知识产权局与欧洲专利局签署《专利审查合作谅解备忘录》',
        'LOCATED_IN 新加坡知识产权局 -> 新加坡',
      ]),
    );
    expect(found.filter((t) => /^LOCATED_IN (?:国家知识产权局|欧洲专利局) -> 慕尼黑/.test(t))).toEqual([]);
  });

  test('APPROVED: 经A批复，…X and X获A批准', () => {
    expect(triples('深圳福田（时尚设计）知识产权快速维权中心（以下简称“快维中心”）获国家知识产权局批准建设并顺利通过验收。')).toContain(
      'APPROVED 国家知识产权局 -> 深圳福田（时尚设计）知识产权快速维权中心',
    );
    expect(triples('经国家知识产权局批复，成都知识产权保护中心正式开通专利预审服务。')).toContain('APPROVED 国家知识产权局 -> 成都知识产权保护中心');
  });

  test('OPERATES by 建成; COOPERATES_WITH by 共建; LOCATED_IN by 在…成立', () => {
    expect(triples('广州市市场监督管理局建成广州知识产权公共服务平台。')).toContain('OPERATES 广州市市场监督管理局 -> 广州知识产权公共服务平台');
    // A bare 学院 names no specific body; such texts name it in full in a heading (…在京正式成立).
    expect(triples('清华大学国际知识产权学院在京正式成立\n国家知识产权局和清华大学共建的国际知识产权学院落地北京。')).toEqual(
      expect.arrayContaining(['COOPERATES_WITH 国家知识产权局 -> 清华大学', 'LOCATED_IN 清华大学国际知识产权学院 -> 北京']),
    );
  });

  test('a chronicle\'s heading event: the bodies acting in its body PARTICIPATED_IN it', () => {
    const found = triples('南京市2024年知识产权十大事件\n三、南京出台数据保护新规则\n南京市中级人民法院立足审判职能，出台《数据保护意见》。');
    expect(found).toContain('PARTICIPATED_IN 南京市中级人民法院 -> 南京出台数据保护新规则');
  });
});

describe('structure and names', () => {
  const PLAN = [
    '苏州市知识产权保护“十五五”规划',
    '表 1 主要指标',
    '\t指标',
    '\t2030年',
    '\t属性',
    '',
    '\t1.每万人口高价值发明专利拥有量（件）',
    '\t≥50',
    '\t预期性',
    '',
    '一、主要任务',
    '1.完善知识产权政策体系。苏州市推进《苏州市专利促进条例》修订。到2030年，全市专利转让许可总数达5万次以上。',
    '\t专栏1：商业秘密保护工程',
    '\t加强苏州知识产权保护中心建设。',
  ].join('\n');

  test('tasks and 专栏 are PART_OF the plan; targets belong to their task or to the plan (tables); policies named in a task are REFERENCES', () => {
    const found = triples(PLAN);
    const plan = '苏州市知识产权保护“十五五”规划';
    expect(found).toEqual(
      expect.arrayContaining([
        `PART_OF 完善知识产权政策体系 -> ${plan}`,
        `PART_OF 商业秘密保护工程 -> ${plan}`,
        'REFERENCES 完善知识产权政策体系 -> 《苏州市专利促进条例》',
        `TARGETS 完善知识产权政策体系 -> 专利转让许可总数 5万次以上（苏州市，2030，目标）`,
        `TARGETS ${plan} -> 每万人口高价值发明专利拥有量 ≥50件（苏州市，2030，目标）`,
        'MEASURED_IN 专利转让许可总数 5万次以上（苏州市，2030，目标） -> 苏州市',
      ]),
    );
  });

  test('a place in a name gives LOCATED_IN, a country rather than the home city; a body\'s name prefix gives PART_OF', () => {
    const found = triples('深圳市知识产权规划\n一、主要任务\n1.加强保护。深圳市在德国设点，高效运行深圳海外知识产权保护德国工作站。加强国家知识产权局商标业务深圳受理窗口建设。');
    expect(found).toEqual(
      expect.arrayContaining(['LOCATED_IN 深圳海外知识产权保护德国工作站 -> 德国', 'PART_OF 国家知识产权局商标业务深圳受理窗口 -> 国家知识产权局']),
    );
    expect(found).not.toContain('LOCATED_IN 深圳海外知识产权保护德国工作站 -> 深圳市');
  });

  test('a reported figure after a platform in the sentence is what it PRODUCED', () => {
    const found = triples('深圳市2025年度知识产权十大事件\n六、快维中心获批\n深圳知识产权保护中心投入运行后，将外观设计专利授权周期从4至8个月压缩至最快7个工作日。');
    expect(found.some((t) => t.startsWith('PRODUCED 深圳知识产权保护中心 -> 外观设计专利授权周期'))).toBe(true);
  });
});

describe('who carries out measures (IMPLEMENTS)', () => {
  test('双方共同 + an action: both parties the sentence names (corpus sentence)', () => {
    const found = triples(
      '通过整合音著协在版权管理与维权服务方面的专业优势和腾讯音乐的技术能力，双方共同完善音乐作品词曲授权机制、推动词曲内容合规使用。'.replace('音著协', '中国音乐著作权协会').replace('腾讯音乐', '腾讯音乐娱乐集团'),
    );
    expect(found).toEqual(
      expect.arrayContaining(['IMPLEMENTS 中国音乐著作权协会 -> 音乐作品词曲授权机制', 'IMPLEMENTS 腾讯音乐娱乐集团 -> 音乐作品词曲授权机制']),
    );
  });

  test('the body a sentence opens with carries out the action a later clause names, unless another body comes between', () => {
    expect(triples('深圳市2025年度知识产权十大事件\n深圳市中级人民法院立足审判职能，紧扣“调查研究-案例示范-规则供给-机制革新”的体系化工作机制，出台《数据保护意见》。')).toContain(
      'IMPLEMENTS 深圳市中级人民法院 -> “调查研究-案例示范-规则供给-机制革新”的体系化工作机制',
    );
    const report = '杭州市2025年知识产权工作总结\n';
    expect(triples(`${report}杭州市中级人民法院聚焦数字经济，建立健全“三审合一”工作机制。`)).toContain('IMPLEMENTS 杭州市中级人民法院 -> 健全“三审合一”工作机制');
    const other = triples(`${report}杭州市中级人民法院聚焦数字经济，指导杭州市律师协会建立健全“三审合一”工作机制。`);
    expect(other.filter((t) => t.startsWith('IMPLEMENTS 杭州市中级人民法院'))).toEqual([]);
  });

  test("in a plan, the body that oversees the plan's implementation IMPLEMENTS it, not another plan named the same way", () => {
    const plan = ['苏州市知识产权保护“十五五”规划', '一、保障措施', '苏州市市场监督管理局会同有关部门设置关键指标跟踪体系，对规划落实情况开展监督检查工作。'].join('\n');
    expect(triples(plan)).toContain('IMPLEMENTS 苏州市市场监督管理局 -> 苏州市知识产权保护“十五五”规划');
    const earlier = ['苏州市知识产权保护“十五五”规划', '一、发展基础', '苏州市市场监督管理局总结苏州市“十四五”知识产权规划实施情况。'].join('\n');
    expect(triples(earlier).filter((t) => t.startsWith('IMPLEMENTS'))).toEqual([]);
  });
});

describe('selection, placement and results', () => {
  test('a practice selected into a list (…等N项经验做法入选P) is PART_OF it (corpus sentence)', () => {
    const found = triples('深圳市2025年度知识产权十大事件\n二、经验获推广\n构建海外维权立体格局等2项经验做法入选第四批知识产权强国建设典型案例，存量专利盘活等3项经验做法入选国家知识产权局专利转化运用优秀案例。');
    expect(found).toEqual(
      expect.arrayContaining([
        'PART_OF 构建海外维权立体格局 -> 第四批知识产权强国建设典型案例',
        'PART_OF 存量专利盘活 -> 国家知识产权局专利转化运用优秀案例',
      ]),
    );
    expect(found).not.toContain('PART_OF 构建海外维权立体格局 -> 国家知识产权局专利转化运用优秀案例');
  });

  test('在 + place (a city by its one character too) + 成立/召开 gives LOCATED_IN, in headings as well', () => {
    const found = triples('深圳市2025年度知识产权十大事件\n九、北京大学国际知识产权学院在深正式成立\n深圳市与北京大学加强合作。');
    expect(found).toEqual(
      expect.arrayContaining(['LOCATED_IN 北京大学国际知识产权学院 -> 深圳市', 'LOCATED_IN 北京大学国际知识产权学院在深正式成立 -> 深圳市']),
    );
    expect(triples('深圳市知识产权年报\n7月18日，粤港澳知识产权研讨会在深圳举行。')).toContain('LOCATED_IN 粤港澳知识产权研讨会 -> 深圳市');
  });

  test('X、Y等…活动落地深圳: every listed thing settles there (corpus sentence)', () => {
    const found = triples('深圳市知识产权规划\n推动国际许可贸易工作者协会（LESI）国际大会、世界知识产权组织（WIPO）暑期学校等重大知识产权国际性会议、研讨活动落地深圳。');
    expect(found).toEqual(
      expect.arrayContaining(['LOCATED_IN 国际许可贸易工作者协会（LESI）国际大会 -> 深圳市', 'LOCATED_IN 世界知识产权组织（WIPO）暑期学校 -> 深圳市']),
    );
  });

  test("a figure in a case's chronicle item is what the case PRODUCED, and is no region's figure", () => {
    const found = triples('深圳市2025年度知识产权十大事件\n七、深圳成功办理首宗标准必要专利行政裁决案\n深圳市市场监督管理局组织双方签订调解协议，案件历经9个月得到圆满解决。');
    expect(found).toContain('PRODUCED 深圳成功办理首宗标准必要专利行政裁决案 -> 案件办理周期 9个月（2025）');
    expect(found.filter((t) => t.startsWith('MEASURED_IN'))).toEqual([]);
  });
});

describe('validateRelations', () => {
  const entity = (key: string, label: ExtractedEntity['label']): ExtractedEntity => ({ key, label, name: key, aliases: [], props: {}, mentions: [], source: 'test', confidence: 1 });
  const rel = (type: ExtractedRelation['type'], head: string, tail: string, confidence = 0.5): ExtractedRelation => ({ type, head, tail, evidence: 's', start: 0, end: 1, confidence, rule: 't' });
  const entities = [entity('i', 'Institution'), entity('p', 'Policy'), entity('r', 'Region'), entity('m', 'Measure')];

  test('keeps allowed pairs once (the most confident) and counts drops per reason', () => {
    const { kept, dropped } = validateRelations(
      [rel('ISSUED', 'i', 'p', 0.5), rel('ISSUED', 'i', 'p', 0.9), rel('ISSUED', 'r', 'p'), rel('PART_OF', 'm', 'p'), rel('PART_OF', 'm', 'i'), rel('GUIDES', 'i', 'i'), rel('LOCATED_IN', 'x', 'r')],
      entities,
    );
    expect(kept.map((r) => [r.type, r.head, r.tail, r.confidence])).toEqual([['ISSUED', 'i', 'p', 0.9], ['PART_OF', 'm', 'p', 0.5]]);
    expect(dropped).toEqual({ duplicate: 1, 'ISSUED Region->Policy': 1, 'PART_OF Measure->Institution': 1, 'self-loop': 1, 'unknown endpoint': 1 });
  });
});
