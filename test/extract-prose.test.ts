// What regulations, reports and news say in prose: measures, facilities and occasions by
// construction, and who does what read clause by clause (conventions v2). Sentences made up.
import { clauseFrames } from '../ingest/extract/clauses.ts';
import { proseEventRecognizer } from '../ingest/extract/entities/event-prose.ts';
import { occurrences } from '../ingest/extract/relations/context.ts';
import { extract } from '../ingest/extract/index.ts';
import { analyzedDocument } from './helpers/documents.ts';

const REGULATION = '青海省专利条例';
const REPORT = '青海省知识产权局2025年度工作报告';

function read(text: string, title: string) {
  const doc = analyzedDocument(`${title}\n${text}`, title);
  const { entities, relations } = extract(doc);
  const name = new Map(entities.map((e) => [e.key, e.name]));
  return {
    doc,
    entities,
    names: (label: string) => entities.filter((e) => e.label === label).map((e) => e.name),
    triples: relations.map((r) => `${r.type} ${name.get(r.head)} -> ${name.get(r.tail)}`),
  };
}

describe('measures in prose', () => {
  test('an arrangement a body sets up is named by its noun phrase, the verb phrase kept as alias', () => {
    const { entities, triples } = read('第六条 县级以上人民政府应当建立健全专利纠纷快速处理机制。', REGULATION);
    const m = entities.find((e) => e.name === '专利纠纷快速处理机制')!;
    expect(m.aliases).toContain('建立健全专利纠纷快速处理机制');
    expect(triples).toEqual(expect.arrayContaining(['IMPLEMENTS 县级以上人民政府 -> 专利纠纷快速处理机制', 'PART_OF 专利纠纷快速处理机制 -> 青海省专利条例']));
  });

  test('a duty a regulation assigns is named after its object; a figure is no duty', () => {
    const { names } = read('第九条 省专利行政部门负责调解专利纠纷，处理专利侵权纠纷。全年调解纠纷430件。', REGULATION);
    expect(names('Measure')).toEqual(expect.arrayContaining(['专利纠纷调解', '专利侵权纠纷处理']));
    expect(names('Measure').some((n) => /\d/.test(n))).toBe(false);
  });

  test('inspections, checks and pre-examinations a body carries out are measures', () => {
    const { names } = read('江海市知识产权局开展商标代理机构年度检查，对全市商标代理机构开展专项督查，开展专利预审、快速确权等工作。', REPORT);
    expect(names('Measure')).toEqual(expect.arrayContaining(['商标代理机构年度检查', '专项督查', '专利预审']));
  });

  test('reviews, hand-offs, suits, examinations, operation and programmes a body carries out are measures', () => {
    const { names, triples } = read('第十条 省专利行政部门应当开展重大项目专利评议，推进专利纠纷诉调对接，实施中小企业专利培育工程。', REGULATION);
    expect(names('Measure')).toEqual(expect.arrayContaining(['重大项目专利评议', '专利纠纷诉调对接', '中小企业专利培育工程']));
    expect(triples).toContain('IMPLEMENTS 青海省专利行政部门 -> 重大项目专利评议');
  });

  test('a duty whose object opens with a word in 在 (在职, 在线) keeps it', () => {
    const { names } = read('第八条 用人单位应当重视培养技术人才，强化在职人员技术标准培训。', REGULATION);
    expect(names('Measure')).toContain('在职人员技术标准培训');
    expect(names('Measure')).not.toContain('职人员技术标准培训');
  });

  test('activities listed before 等业务 are one measure each; 加强宣传 is an intention, no measure', () => {
    const { names } = read('第十二条 鼓励金融机构开展专利权质押贷款、专利保险等业务。县级以上人民政府应当加强专利知识宣传。', REGULATION);
    expect(names('Measure')).toEqual(expect.arrayContaining(['专利权质押贷款', '专利保险']));
    expect(names('Measure')).not.toContain('专利知识宣传');
  });

  test('a passive clause names what the bodies after 由 carry out', () => {
    const { triples } = read('第四十条 本条例规定的行政处罚、行政强制措施由省专利行政部门实施。', REGULATION);
    expect(triples).toEqual(expect.arrayContaining(['IMPLEMENTS 青海省专利行政部门 -> 行政处罚', 'IMPLEMENTS 青海省专利行政部门 -> 行政强制措施']));
    expect(triples.filter((t) => t.startsWith('IMPLEMENTS') && t.endsWith('青海省专利条例'))).toEqual([]);
  });

  test('a report’s numbered items name its tasks, which its speaker implements and whose figures they produced', () => {
    const { triples } = read('一是深化海外纠纷应对工作。新设12个海外维权服务站，为企业提供咨询服务300余次。', REPORT);
    expect(triples).toEqual(
      expect.arrayContaining([
        'IMPLEMENTS 青海省知识产权局 -> 海外纠纷应对工作',
        'OPERATES 青海省知识产权局 -> 海外维权服务站',
        'PRODUCED 海外纠纷应对工作 -> 为企业提供咨询服务 300余次（2025）',
      ]),
    );
  });

  test('an arrangement named wherever a report tells it, not inside a policy’s title', () => {
    const { names } = read('加大商标纠纷快速处置机制运用力度。印发《某某快速处置机制实施办法》。', REPORT);
    expect(names('Measure')).toContain('商标纠纷快速处置机制');
    expect(names('Measure')).not.toContain('某某快速处置机制');
  });
});

describe('clause frames', () => {
  const frames = (text: string, title = REPORT) => {
    const doc = analyzedDocument(`${title}\n${text}`, title);
    const bodies = occurrences(extract(doc).entities.filter((e) => e.label === 'Institution')).map((o) => ({ key: o.entity.name, start: o.start, end: o.end }));
    return clauseFrames(doc, bodies)
      .filter((f) => f.verb)
      .map((f) => ({ agents: f.agents.map((a) => a.key), partners: f.partners.map((p) => p.key), verb: f.verb, pivot: f.pivot }));
  };

  test('partners after 会同, the verb after a co-verb (评选发布)', () => {
    expect(frames('会同国家版权局评选发布一批典型案例。')).toEqual([{ agents: [], partners: ['国家版权局'], verb: '发布', pivot: undefined }]);
  });

  test('a subject carried to the next clause and across ；, and handed to the bodies after a pivot', () => {
    const out = frames('第三条 省知识产权局应当加强统筹；制定和实施专利发展规划，鼓励知识产权维权援助机构提供维权服务。', REGULATION);
    expect(out.map((f) => [f.agents, f.verb])).toEqual([
      [['青海省知识产权局'], '加强'],
      [['青海省知识产权局'], '制定'],
      [['知识产权维权援助机构'], '提供'],
    ]);
  });
});

describe('relations read from frames', () => {
  test('joint issuers each issue; partners cooperate but do not implement', () => {
    const { triples } = read('会同司法部印发《关于加强某某纠纷仲裁工作的意见》，建立仲裁衔接机制。', REPORT);
    expect(triples).toEqual(
      expect.arrayContaining(['ISSUED 青海省知识产权局 -> 《关于加强某某纠纷仲裁工作的意见》', 'ISSUED 司法部 -> 《关于加强某某纠纷仲裁工作的意见》', 'COOPERATES_WITH 青海省知识产权局 -> 司法部']),
    );
    expect(triples).not.toContain('IMPLEMENTS 司法部 -> 仲裁衔接机制');
  });

  test('bodies that assist the clause before work with its subject; 委托 and 指导 state cooperation and guidance', () => {
    const { triples } = read('第二十条 专利行政部门查处假冒专利案件，公安、市场监督管理等部门应当予以协助。人民法院可以委托专利行政部门进行调解。', REGULATION);
    expect(triples).toEqual(
      expect.arrayContaining(['COOPERATES_WITH 专利行政部门 -> 公安部门', 'COOPERATES_WITH 专利行政部门 -> 市场监督管理部门', 'COOPERATES_WITH 人民法院 -> 专利行政部门']),
    );
    expect(read('全年指导地方知识产权管理部门办理行政裁决案件。', REPORT).triples).toContain('GUIDES 青海省知识产权局 -> 地方知识产权管理部门');
  });

  test('bodies that sign an agreement somewhere each issue it, whatever verbs its title holds', () => {
    const { triples } = read('5月8日，青海省知识产权局与新西兰知识产权局在日内瓦签署《关于加强专利审查协作的谅解备忘录》。', '青海省知识产权局深化国际合作');
    expect(triples).toEqual(
      expect.arrayContaining(['ISSUED 青海省知识产权局 -> 《关于加强专利审查协作的谅解备忘录》', 'ISSUED 新西兰知识产权局 -> 《关于加强专利审查协作的谅解备忘录》']),
    );
  });

  test('双方将… goes on with the parties the clause before named', () => {
    const { triples } = read('青海省知识产权局与新西兰知识产权局签署合作备忘录，双方将建立商标侵权案件协查机制。', '青海省知识产权局深化国际合作');
    expect(triples).toEqual(
      expect.arrayContaining(['IMPLEMENTS 青海省知识产权局 -> 商标侵权案件协查机制', 'IMPLEMENTS 新西兰知识产权局 -> 商标侵权案件协查机制']),
    );
  });

  test('a news report speaks for the body the reporter got the news from; its subjectless clauses are that body’s', () => {
    // Only a body named right after 从 and right before 获悉; a body that is the first sentence's subject comes first.
    const fromEvent = read('本报讯 记者从青海大学举办的知识产权论坛上获悉，去年全省专利授权量稳步增长。设立知识产权快速维权中心。', '青海：知识产权护航高原产业');
    expect(fromEvent.triples.filter((t) => t.startsWith('OPERATES'))).toEqual([]);
    const subjectFirst = read('青海省市场监督管理局近日召开推进会。会上，记者从青海省公安厅获悉，案件数下降。设立知识产权快速维权中心。', '青海：知识产权护航高原产业');
    expect(subjectFirst.triples).toContain('OPERATES 青海省市场监督管理局 -> 知识产权快速维权中心');
    const text = '本报讯 记者从青海省知识产权局获悉，去年全省专利授权量稳步增长。在西宁设立知识产权快速维权中心，建立纠纷快速调解机制。';
    const { triples } = read(text, '青海：知识产权护航高原产业');
    expect(triples).toEqual(
      expect.arrayContaining(['OPERATES 青海省知识产权局 -> 知识产权快速维权中心', 'IMPLEMENTS 青海省知识产权局 -> 纠纷快速调解机制']),
    );
  });

  test('a body whose name runs into 面向 is still named, and the verb after a 面向/针对 phrase is the clause’s', () => {
    const { triples, names } = read('宁波市市场监督管理局面向纺织产业开展专利快速预审。针对中小企业开展专利导航服务。全省知识产权保护局面向好。', REPORT);
    expect(names('Institution').filter((n) => n.endsWith('保护局'))).toEqual([]);
    expect(triples).toEqual(
      expect.arrayContaining(['IMPLEMENTS 宁波市市场监督管理局 -> 专利快速预审', 'IMPLEMENTS 青海省知识产权局 -> 专利导航服务']),
    );
  });

  test('what is issued under a basis refers to it', () => {
    const { triples } = read('按照全国督查考核工作计划，会同国家版权局印发《2026年版权保护考核方案》。', REPORT);
    expect(triples).toContain('REFERENCES 《2026年版权保护考核方案》 -> 全国督查考核工作计划');
  });
});

describe('events stated by construction', () => {
  test('a regulation’s promulgation, entry into force and the repeal of what it replaces', () => {
    const doc = analyzedDocument(
      ['青海省专利条例', '', '2020年5月1日 青海省第十三届人民代表大会常务委员会公告第8号公布', '', '第一章　总则', '', '第一条 为了保护专利权，制定本条例。', '第二条 本条例自2021年1月1日起施行。《某某省专利保护办法》同时废止。'].join('\n'),
      '青海省专利条例',
    );
    const events = proseEventRecognizer.recognize(doc, []);
    expect(events.map((e) => [e.name, e.props.date])).toEqual([
      ['青海省专利条例施行', '2021-01-01'],
      ['青海省专利条例公布', '2020-05-01'],
      ['某某省专利保护办法废止', null],
    ]);
  });

  test('a study visit is named by what was studied and takes place where the body went', () => {
    const { names, triples } = read('赴甘肃、宁夏调研传统工艺商标保护工作。', REPORT);
    expect(names('Event')).toContain('传统工艺商标保护工作调研');
    expect(triples).toEqual(expect.arrayContaining(['LOCATED_IN 传统工艺商标保护工作调研 -> 甘肃', 'LOCATED_IN 传统工艺商标保护工作调研 -> 宁夏']));
  });

  test('a commendation and a visit abroad in a report, with who took part', () => {
    const { names, triples } = read('会同公安部对成绩突出的20个集体和30名个人予以通报表扬。赴法国开展地理标志保护合作交流。', REPORT);
    expect(names('Event')).toEqual(expect.arrayContaining(['成绩突出集体和个人通报表扬', '地理标志保护合作交流']));
    expect(triples).toEqual(expect.arrayContaining(['PARTICIPATED_IN 公安部 -> 成绩突出集体和个人通报表扬', 'LOCATED_IN 地理标志保护合作交流 -> 法国']));
  });
});

describe('facilities set up', () => {
  test('counted: each place listed before 等 has one, and the kind is one facility too', () => {
    const { names, triples } = read('新建某某等3家国家级知识产权保护中心。', REPORT);
    expect(names('Platform')).toEqual(expect.arrayContaining(['知识产权保护中心', '某某国家级知识产权保护中心']));
    expect(triples).toContain('OPERATES 青海省知识产权局 -> 知识产权保护中心');
  });

  test('the whole object of a set-up verb when it names a facility, and not a class of them', () => {
    expect(read('第三十条 省专利行政部门应当建立全省统一的专利检索服务平台。', REGULATION).names('Platform')).toContain('全省统一的专利检索服务平台');
    expect(read('建设国家级知识产权运营平台。', REPORT).names('Platform')).toEqual([]);
  });

  test('set up after a place (在某园区设立…): the facility and who runs it; service points and expert pools are facilities', () => {
    const { names, triples } = read('2025年，青海省知识产权局扎实推进各项工作。一是在某某科技园设立商标纠纷投诉点。二是建成某某知识产权信息服务网点。', REPORT);
    expect(names('Platform')).toEqual(expect.arrayContaining(['商标纠纷投诉点', '某某知识产权信息服务网点']));
    expect(triples).toEqual(expect.arrayContaining(['OPERATES 青海省知识产权局 -> 商标纠纷投诉点', 'OPERATES 青海省知识产权局 -> 某某知识产权信息服务网点']));
    expect(read('组建某某产业知识产权专家库。', REPORT).names('Platform')).toContain('某某产业知识产权专家库');
  });
});

describe('figures an occasion produced', () => {
  test('a meeting produced what its sentence says came about there, not what was reported at it', () => {
    const { triples } = read(
      '5月20日，2031青海枸杞产业知识产权保护大会在西宁召开，会上签约区域品牌授权使用项目9个。6月8日，2031青海专利工作会议在西宁召开，全省专利授权量达到3000件。',
      REPORT,
    );
    const produced = triples.filter((t) => t.startsWith('PRODUCED'));
    expect(produced).toEqual([expect.stringMatching(/^PRODUCED 2031青海枸杞产业知识产权保护大会 -> 会上签约区域品牌授权使用项目 9个/)]);
  });
});

describe('facilities built together or in an area', () => {
  test('a facility two bodies build together, or set up in a development zone, is named without the verb or the zone; one others are urged to build is a kind', () => {
    const { names, triples } = read(
      '青海省知识产权局联合青海大学共建高原特色产业高价值专利培育中心。在西宁经济技术开发区设立知识产权服务工作站。双方将互设海外知识产权维权联络点。鼓励各类市场主体共建版权交易数字化平台。',
      REPORT,
    );
    expect(names('Platform')).toEqual(expect.arrayContaining(['高原特色产业高价值专利培育中心', '知识产权服务工作站', '海外知识产权维权联络点']));
    expect(names('Platform')).not.toContain('版权交易数字化平台');
    // Built with support (支持下) is built by the body itself.
    expect(read('青海省知识产权局在省财政资金支持下建成知识产权运营服务平台。', REPORT).names('Platform')).toContain('知识产权运营服务平台');
    expect(names('Platform').some((n) => n.includes('开发区'))).toBe(false);
    expect(triples).toContain('OPERATES 青海省知识产权局 -> 知识产权服务工作站');
    const jointly = read('青海省知识产权局与青海大学签署合作协议，双方共建高校专利转化服务站。', REPORT).triples;
    expect(jointly).toEqual(expect.arrayContaining(['OPERATES 青海省知识产权局 -> 高校专利转化服务站', 'OPERATES 青海大学 -> 高校专利转化服务站']));
  });
});

describe('a report\'s numbered items', () => {
  test('the task after whom it is done with (会同…) or where; an item with no task verb names no task', () => {
    const { names, triples } = read('2025年，青海省知识产权局扎实推进各项工作。一是会同省公安厅开展商标侵权专项整治，查办案件30件。二是依托某某保护中心，建立纠纷快速调处机制。三是在某某园区设立商标纠纷投诉点。', REPORT);
    expect(names('Measure')).toEqual(expect.arrayContaining(['商标侵权专项整治', '纠纷快速调处机制']));
    expect(names('Measure').filter((n) => /^(?:会同|依托|在)/.test(n))).toEqual([]);
    expect(triples).toEqual(expect.arrayContaining(['IMPLEMENTS 青海省知识产权局 -> 商标侵权专项整治', 'COOPERATES_WITH 青海省知识产权局 -> 青海省公安厅']));
  });
});
