// Head nouns of measures written in prose: a named arrangement a body sets up
// (…机制, …制度, …清单) or an activity it carries out (…服务, …调解, …工作).

/** A named arrangement: a Measure after any verb that sets up, runs or improves it, and named on its own in a report. */
export const ARRANGEMENT_HEADS = [
  '制度', '机制', '体系', '模式', '清单', '名录', '名单', '档案', '流程', '规则和程序', '规则', '程序', '指标体系', '工作法', '工作体系', '工作格局',
];

/** An activity: a Measure when a body carries it out (开展…, 提供…, 给予…). */
export const ACTIVITY_HEADS = [
  '服务', '业务', '工作', '分析', '研究', '调查', '评估', '检索', '鉴定', '培训', '考核', '支持', '奖励', '补助', '资助', '表彰',
  '调解', '裁决', '登记', '核准登记', '认定', '管理', '保护', '合作', '指导', '监督', '指导与监督', '建设', '创建', '审校', '修改', '试点项目',
  '贷款', '保险', '质押', '融资', '预警', '监测', '宣传', '推广', '交流', '互认互保',
  '评议', '对接', '诉讼', '审查', '运营', '工程', '检查', '督查', '预审',
];

/**
 * Arrangements too general to name one (工作机制, 长效机制, 体制机制): they need
 * a modifier of their own to be a Measure.
 */
export const GENERIC_MEASURES = new Set([
  '工作机制', '长效机制', '体制机制', '制度', '机制', '体系', '工作', '服务', '相关工作', '有关工作', '各项工作', '专利工作', '知识产权工作', '管理', '保护',
  '工作体系', '制度体系', '管理制度', '服务体系', '协作机制', '合作机制', '联动机制', '工作格局', '支持', '资金支持', '政策支持',
  '中介服务', '公共服务', '咨询服务', '相关服务', '配套服务', '信息服务', '管理工作', '保护工作', '服务工作',
]);

/** What a measure's name does not open with: articles of reference and vague quantity (有关, 相关, 必要的, 一批); 在 unless it starts a word (在职, 在线). */
export const MEASURE_LEAD = /^(?:对|就|为|向|在(?![职线岗编校读建])|从|等|有关的?|相关的?|必要的|一定的|一批|各类|各项|多种|其他|本行政区域内的?|本(?:条例|办法|规定|细则)规定的|全面|积极|深入|进一步|持续|切实|的)+/;

/** A list ending in 等业务 / 等工作 / 等服务: each member is a measure of its own (开展质押贷款、保险等业务). */
export const LISTED_ACTIVITIES = /^(.+?)等(?:业务|工作|服务|活动|措施)$/;

/** Minimum length of a measure's name in characters: shorter names (补助, 考核) are too bare to stand alone. */
export const MIN_MEASURE_NAME = 4;

/** 专利保护工作, 知识产权管理: a field and a kind of work name no arrangement of their own. */
export const GENERIC_WORK = /^(?:专利|商标|版权|著作权|知识产权|地理标志)(?:保护|管理|服务|宣传|运用)?(?:工作)?$/;

/** Activity heads that only an intention has after 加强/推进 (加强某某保护, 加强某某宣传). */
export const INTENTION_HEADS = new Set(['保护', '宣传']);

/** What never opens a duty's object: a verb of its own (调解达成协议), a negation. */
export const NOT_AN_OBJECT = /^(?:达成|作出|进行|不|未|应当|决定)/;

/** A duty's object is a noun phrase, short, with no clause of its own inside (…期间不计算在…之内). */
export const MAX_DUTY_OBJECT = 24;
export const DUTY_OBJECT_END = /(?:的|等)?(?:行为|情形)?(?:时|中|后|前|的)?$/;

/** A list of kinds under one generic head (政策指导、技术咨询等公共服务) names a kind of service, no measure. */
export const LISTED_KIND = /、[^、]*等|(?:相关|有关|其他|各项)工作$/;

/** A count inside a duty's object (调解纠纷430件) makes it a figure, told by the outcome recognizer. */
export const COUNTED = /\d|[一二三四五六七八九十百千万]+[件起项个家]/;

/** How a report's numbered item opens before the measure it names: 一是高质量推进…, 二是深入开展…. */
const ITEM_MANNER = '高质量|高标准|深入|持续|全面|积极|大力|进一步|扎实|不断|着力|加快|切实|统筹|系统|稳步|有序|全力|协同';
const ITEM_VERBS = '组织开展|深入开展|开展|深化|推进|推动|加强|强化|完善|健全|建立|优化|实施|落实|提升|做好|抓好|加大|提高|夯实|加快|构建|打造|探索|创新|规范|筑牢|拓展|用好|办好';
const ITEM_VERB = `(?:${ITEM_MANNER})?(?:${ITEM_VERBS})`;
export const ITEM_LEAD = new RegExp(`^(?:${ITEM_VERB})+`);

/** Who with and where, before an item's task verbs: 会同某局, 联合某行, 与某大学, 在某园区. */
export const ITEM_SETTING = new RegExp(`^(?:会同|联合|协同|与|在)[^，。；：]{2,24}?(?=${ITEM_VERB})`);

/** What makes an arrangement a kind rather than one: 各项制度, 相关机制, 一系列…, 新型…. */
export const CLASS_PREFIX_OF_MEASURE = /^(?:各项|各类|相关|有关|一系列|一批|多项|新型|长效|常态化|规范化|体制|工作)/;
