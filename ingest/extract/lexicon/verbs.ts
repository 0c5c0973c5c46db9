// Verb classes: what a verb says its subject does with its object. General
// vocabulary of administrative Chinese; longest forms first where one contains
// another (建立健全 before 建立).

/** Sets up or improves a named arrangement: its object is a Measure when it ends in an arrangement head (建立商标信用档案). */
export const SETUP_VERBS = ['建立健全', '建立和完善', '建立完善', '健全完善', '建立', '健全', '完善', '推行', '实行', '构建', '设立', '形成', '制定', '列入', '纳入'];

/** Carries out an activity: its object is a Measure when it ends in an activity or arrangement head (开展商标预警分析). */
export const CONDUCT_VERBS = [
  '组织开展', '探索开展', '积极开展', '深入开展', '组织实施', '开展', '实施', '进行', '提供', '给予', '予以', '做好', '完成', '承担', '落实', '执行',
];

/** Strengthens or advances: its object is a Measure only when it ends in an arrangement head (加强宣传 is no Measure; 优化审理流程 is). */
export const ADVANCE_VERBS = ['加强', '强化', '深化', '推进', '推动', '优化', '加大', '加快', '提升', '规范', '创新', '探索', '开通', '编制'];

/**
 * Duties a regulation assigns, named after their object when they become a
 * Measure: 处理专利侵权纠纷 → 专利侵权纠纷处理, the verb form kept as alias.
 */
export const DUTY_VERBS = ['处理', '调解', '查处', '受理', '审查', '裁决', '鉴定', '评估', '监督检查'];

/** Makes bodies after it the agents of the next verb (鼓励维权援助机构…提供服务): the pivot of the clause. */
export const PIVOT_VERBS = ['鼓励和支持', '鼓励和引导', '鼓励', '支持', '引导', '指导', '督促', '委托', '组织', '推动', '帮助'];

/** A body that acts with the subject: 会同X, 联合X, 与X共同. X COOPERATES_WITH the subject. */
export const PARTNER_WORDS = ['会同', '联合', '协同', '携手', '与', '同'];

/** The subject works under a lead body: 配合X开展Y makes X an implementer of Y as well. */
export const ASSIST_WORDS = ['配合', '协助'];

/** Issues an instrument: its object Policy was ISSUED by the subject (and by every partner). */
export const ISSUE_VERBS = ['联合印发', '印发实施', '发布实施', '制定出台', '研究制定', '编制出台', '印发', '发布', '出台', '制定', '颁布', '编制', '公布', '签订', '签署'];

/** Sets up or runs a facility: its object Platform is OPERATED by the subject. */
export const OPERATE_VERBS = ['建立健全', '共建', '新设', '新建', '建设', '建成', '建立', '设立', '搭建', '开通', '上线', '运行', '运营', '依托', '开设', '组建', '筹建'];

/** Holds or takes part in an event. */
export const HOLD_VERBS = ['召开', '举办', '举行', '主办', '承办', '开展', '参加', '出席', '组织'];

/** Modal and manner words between a subject and its verb (应当依法…), skipped when reading the verb. */
export const MODAL_LEAD = /^(?:应当|应|可以|可|须|必须|负责|依法依规|依法|依规|依职权|依照[^，。；]{0,20}?规定|按照[^，。；]{0,20}?(?:职责|规定)|根据[^，。；]{0,20}?(?:需要|规定)|积极|主动|共同|统一|及时|切实|大力|认真|进一步|逐步|不断|持续|全面|深入|高质量|着力|加快|还|也|并|同时|分别)+/;
