// Head nouns that end names, by what the name denotes. Longest heads are tried first.

export const INSTITUTION_HEADS = [
  '人民法院', '法院', '法庭', '人民检察院', '检察院', '海关', '公安局', '委员会', '联席会议', '管理局', '知识产权局', '局', '总署',
  '署', '部', '厅', '委', '办公室', '办', '政府', '协会', '学会', '研究会', '促进会', '商会', '学院', '大学', '研究院', '研究所',
  '研究生院', '党校', '集团', '公司', '银行', '分行', '支行', '司', '联盟', '联合体', '联共体', '专班', '组织', '仲裁中心', '调解中心', '仲裁委员会', '党组',
  '审判庭', '支队', '大队', '分局', '派出所', '管委会',
];

export const PLATFORM_HEADS = [
  '平台', '中心', '工作站', '服务站', '服务点', '问询点', '投诉点', '联络点', '网点', '专家库', '窗口', '基地', '数据库', '培育库', '系统', '智能体', '通道', '交易所', '网',
];

/** Policy genre heads and the ontology kind each implies. */
export const POLICY_HEADS: [string, string][] = [
  ['法', 'law'], ['条例', 'regulation'], ['规定', 'regulation'], ['细则', 'regulation'], ['办法', 'regulation'], ['规程', 'regulation'], ['规则', 'regulation'],
  ['规划', 'plan'], ['纲要', 'plan'], ['计划', 'plan'], ['战略', 'plan'],
  ['意见', 'opinion'], ['举措', 'opinion'], ['措施', 'opinion'], ['通知', 'opinion'], ['决定', 'opinion'],
  ['方案', 'programme'], ['行动', 'programme'], ['工程', 'programme'], ['典型案例', 'programme'], ['优秀案例', 'programme'], ['系列产品', 'programme'], ['产品', 'programme'], ['项目', 'programme'],
  ['试点', 'pilot'], ['试点省', 'pilot'], ['试点市', 'pilot'], ['试点县', 'pilot'], ['试点城市', 'pilot'], ['示范省', 'pilot'], ['示范市', 'pilot'], ['示范企业', 'pilot'], ['优势企业', 'pilot'], ['示范园区', 'pilot'], ['示范单位', 'pilot'], ['示范城市', 'pilot'], ['示范区', 'pilot'], ['示范县', 'pilot'], ['保护高地', 'pilot'], ['先行示范区', 'pilot'], ['试验区', 'pilot'], ['出口基地', 'pilot'],
  ['标准', 'standard'], ['指南', 'standard'], ['指引', 'standard'], ['规范', 'standard'],
  ['协议', 'agreement'], ['备忘录', 'agreement'], ['协定', 'agreement'], ['公约', 'agreement'], ['联合声明', 'agreement'],
];

export const EVENT_HEADS = [
  '会议', '大会', '论坛', '分论坛', '峰会', '博览会', '交易会', '展览会', '大赛', '宣传周', '活动周', '暑期学校', '年会',
  '研讨会', '发布会', '座谈会', '全球奖', '专利奖', '表扬', '排名', '竞赛', '运动会', '世博会', '交流活动', '纪念活动', '开放日活动', '培训班', '同堂培训',
  '推介会', '对接会', '洽谈会', '见面会', '推进会', '交流会', '启动仪式', '签约仪式', '揭牌仪式',
];

/** Event verbs that make a dated sentence an event. */
export const EVENT_VERBS = ['召开', '举办', '举行', '签署', '发布', '成立', '启动', '开通', '破获', '侦破', '获批', '入选', '印发', '揭牌', '开幕', '闭幕', '签约', '颁布', '施行', '审议', '通过'];

/** Words that begin a clause, never a name: the left edge of a name stops before them. */
export const NAME_STOPWORDS = new Set([
  '委托', '支持', '推动', '依托', '加强', '推进', '设立', '成立', '开展', '完善', '打造', '构建', '鼓励', '引导', '会同', '联合',
  '协调', '培育', '引进', '举办', '首创', '某', '充分发挥', '积极参与', '召开', '参加', '深化', '发挥', '优化', '提升', '探索', '建立', '健全', '落实', '实施',
  '发布', '出台', '签署', '达成', '获得', '入选', '开通', '面向', '通过', '经', '由', '在', '与', '和', '及', '以及', '同', '向', '对',
  '为', '将', '把', '被', '让', '共建', '建成', '搭建', '运行', '用好', '办好', '争取', '申报', '获批', '批准', '获', '首家', '首个',
  '一批', '一个', '各类', '各级', '有关', '相关', '其他', '全市', '全省', '全国首个', '我市', '本市', '该', '其', '并', '等', '中',
  '持续', '积极', '大力', '全面', '进一步', '加快', '高标准', '率先', '成功', '正式', '主动', '吸引', '用', '做强',
  '牵头', '负责', '承担', '协助', '参与', '保障', '助力', '赋能', '聚焦', '围绕', '依据', '根据', '按照', '贯彻', '筹建', '新建',
  '充分利用', '利用', '提供', '打造', '承办', '主办', '承办好', '举办好', '公布', '获评', '评为', '荣获', '成为', '打造成', '聚力', '升级', '迭代', '高效', '首次', '超越', '印发', '制定', '颁布', '修订',
  // reporting and visit verbs: 某某出席…大会, 赴…考察
  '见证', '出席', '走进', '赴', '签订', '会商', '评选', '所属', '下属', '直属', '会见', '访问', '考察', '调研', '视察', '应邀', '代表', '陪同', '拜会', '会谈', '认真落实', '总结', '部署', '暨',
  // manner adverbs jieba tags as nouns, and words of reporting: 依法开展…, 这是…首家…, 上线…平台
  '依法', '依照', '依规', '应当', '共同', '分别', '统一', '这是', '这', '此', '上线', '推行', '组织开展', '组织实施', '入驻', '进驻', '派驻', '进入', '落户', '落地', '设在', '举行', '开幕', '闭幕',
]);

/** Titles of office: a title ends any name before it (某某局长出席…), so no body name runs across one. */
export const TITLE_WORDS = new Set([
  '总书记', '书记', '副书记', '主席', '副主席', '总理', '副总理', '部长', '副部长', '局长', '副局长', '厅长', '副厅长', '院长', '副院长',
  '主任', '副主任', '委员长', '秘书长', '副秘书长', '总干事', '副总干事', '署长', '主席团', '市长', '副市长', '省长', '副省长', '司长', '副司长', '处长', '组长', '副组长',
]);

/** Verbs that open a clause after its subject: 江海建设…示范区 names 某某综合改革示范区, not 江海建设…. */
export const CLAUSE_VERBS = new Set([
  '建设', '打造', '打造成', '充分利用', '利用', '提供', '打造', '承办', '主办', '承办好', '举办好', '公布', '获评', '成为', '推出', '聚力', '建成', '举办', '充分利用', '利用', '提供', '打造', '承办', '主办', '设立', '牵头', '依托', '开通',
  '启动', '荣获', '获得', '入选', '获批', '发布', '出台', '印发', '共建', '联合', '指导', '支持', '推动', '开展', '实施',
]);

/** Genre heads too common in ordinary prose (高标准, 重点项目) to name an instrument unless quoted or titled. */
export const QUOTED_ONLY_POLICY_HEADS = new Set(['标准', '规范', '项目', '工程', '系列产品', '产品', '决定', '通知', '法']);

/** Heads that are also verbs: the bare verb before another verb (组织开展, 组织实施) names nothing. */
export const VERB_HEADS = new Set(['组织']);

/** Heads that also end names of kinds of body (调解组织, 创新联合体): such names need a place or a long proper modifier. */
export const WEAK_INSTITUTION_HEADS = ['组织', '联合体', '联共体', '联盟', '学院', '研究院', '研究所'];

/** Head-only or generic phrases that name no specific body. */
export const GENERIC_NAMES = new Set([
  '企业', '高校', '金融机构', '各区', '部门', '有关部门', '政府', '人民政府', '市政府', '区政府', '公司', '集团', '协会', '大学', '学院', '中心', '平台',
  '系统', '窗口', '基地', '数据库', '组织', '委员会', '办公室', '科研院所', '知识产权法庭', '知识产权审判庭', '巡回审判法庭', '巡回法庭',
  '行业协会', '商业银行', '银行', '国家有关规定', '有关规定', '相关规定', '国家规定', '保险公司', '律师事务所', '社会组织', '服务机构', '交易所', '服务中心', '工作站', '服务站', '法院', '检察院',
]);

/**
 * Words jieba makes of a name's last character and the word after it: 某管理局面向企业 is cut
 * 管理/局面/向. Each is split back into the head and the word it opens when the next text
 * goes on as `then` says (面 + 向 is 面向).
 */
export const GLUED_HEADS: { word: string; head: string; after: RegExp; then: RegExp }[] = [
  // Only after the words a bureau's name ends in before 局: 保护局面向好 is a situation, not a bureau.
  { word: '局面', head: '局', after: /(?:管理|监督管理|知识产权|公安|版权|专利|商标|统计|税务|海关)$/, then: /^[向对临]$/ },
];

/** Ordinary words that end in a head character but name nothing. */
export const HEAD_LOOKALIKES = new Set([
  '格局', '布局', '结局', '开局', '大局', '全局', '当局', '内部', '外部', '全部', '局部', '头部', '底部', '干部', '总部', '各部', '举办', '创办',
  '充分利用', '利用', '提供', '打造', '承办', '主办', '协办', '督办', '代办', '申办', '签署', '部署', '大厅', '展厅', '上司', '官司', '互联网', '物联网', '电网', '因特网', '上网',
  '城市中心', '体系', '东部', '西部', '南部', '北部', '中部', '中西部', '东中部', '东北部', '西北部', '西南部', '东南部', '中东部', '生态系统', '方法', '做法', '说法', '立法', '执法', '司法', '依法', '合法', '违法', '非法', '守法',
  '用法', '算法', '想法', '看法', '手法', '写法',
]);
