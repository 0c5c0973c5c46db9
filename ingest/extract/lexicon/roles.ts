// Bodies named by their role rather than by a proper name, as regulations and
// national texts name their actors: 县级以上人民政府, 省专利行政部门,
// 负责某某工作的主管部门, 某某机关. General vocabulary of Chinese
// administration only.

/**
 * Levels of government a role is scoped to, longest first. 省 and 市 alone are
 * the document's own province or city (省人民政府 in a provincial regulation);
 * the others stay as written.
 */
export const ROLE_LEVELS = [
  '县级以上地方各级', '县级以上地方', '县级以上各级', '县级以上', '县级及以上', '设区的市级', '设区的市', '地级以上市', '地级及以上市',
  '县（市、区）', '县(市、区)', '市（州）', '市州', '市、县（区）', '区（县）', '区(县)', '县（区）', '乡（镇）', '乡镇', '街道', '省级', '市级', '县级', '区级',
  '地方各级', '地方', '各级', '本级', '国务院', '省', '市', '县', '区',
];

/** Levels that are the document's own province or city. */
export const OWN_LEVELS: Record<string, 'province' | 'city'> = { 省: 'province', 市: 'city' };

/** The government at a level: 县级以上人民政府, 设区的市人民政府. */
export const GOVERNMENT = '人民政府';

/** Fields of administration a department is named by: 专利行政部门, 市场监督管理部门, 发展和改革部门. */
export const ROLE_DOMAINS = [
  '知识产权', '专利', '商标', '版权', '著作权', '地理标志', '市场监督管理', '市场监管', '工商行政管理', '工商', '质量技术监督', '质量监督',
  '发展和改革', '发展改革', '经济和信息化', '经济信息化', '工业和信息化', '工业信息化', '科学技术', '科技', '教育', '公安', '司法行政', '司法',
  '财政', '人力资源和社会保障', '人力资源社会保障', '商务', '税务', '文化和旅游', '文化旅游', '文化', '旅游', '新闻出版', '广播电视', '网信',
  '农业农村', '农业', '林业和草原', '林业', '卫生健康', '卫生', '药品监督管理', '自然资源', '生态环境', '住房和城乡建设', '交通运输', '统计',
  '金融监督管理', '地方金融监督管理', '地方金融', '金融', '外事', '国有资产监督管理', '海关', '出入境检验检疫', '检验检疫', '体育', '民政', '审计', '应急管理',
  '数据', '大数据', '通信', '网络安全和信息化', '政务服务', '国家安全', '中医药', '医疗保障', '退役军人事务', '广播电视和网络视听',
];

/** What a department is called after its field, longest first. */
export const DEPARTMENT_HEADS = ['行政主管部门', '行政管理部门', '主管部门', '行政部门', '管理部门', '部门', '管理机关', '机关'];

/** A department named by what it does: 负责知识产权保护的, 管理专利工作的. */
export const DUTY_CLAUSE = /(?:负责|管理|主管)[\u4e00-\u9fa5]{2,12}?(?:工作)?的/;

/**
 * Bodies whose role is their name, with their kind: 人民法院 and 公安机关 act in
 * every jurisdiction. A level may precede them (各级人民法院).
 */
export const ROLE_BODIES: [string, 'government' | 'judicial' | 'other'][] = [
  ['人民法院', 'judicial'], ['人民检察院', 'judicial'], ['公安机关', 'government'], ['海关', 'government'],
  ['知识产权维权援助机构', 'other'], ['维权援助机构', 'other'], ['仲裁机构', 'other'], ['登记注册机构', 'government'],
  ['人民调解委员会', 'other'], ['街道办事处', 'government'], ['乡镇人民政府', 'government'],
];

/** Roles that name no one body: 有关部门, 相关部门. */
export const VAGUE_ROLES = new Set(['有关部门', '相关部门', '其他有关部门', '其他部门', '各部门', '部门', '主管部门', '行政部门', '管理部门', '机关', '行政机关', '有关机关', '管理机关']);

/** Words that join the levels of one role (省、设区的市和县（市、区）专利行政部门) or the members of a list. */
export const LEVEL_JOINERS = ['、', '和', '及', '以及', '或者', '与'];

/** 有条件的县（市、区）…: a qualifier before a level, not part of the role's name. */
export const LEVEL_QUALIFIER = /^(?:有条件的|所在地的|当地的|本级)/;
