// The policy-instrument coding scheme (Rothwell and Zegveld's supply /
// environment / demand framework as Chinese policy-text studies adapt it; the
// project's copy is ../shared/gold/INSTRUMENTS.md). General vocabulary only:
// what each tool does and the words that signal it, never coded examples.

export const INSTRUMENT_CATEGORIES = ['supply', 'environment', 'demand'] as const;
export type InstrumentCategory = (typeof INSTRUMENT_CATEGORIES)[number];

export const INSTRUMENT_TOOLS = [
  'talent', 'funding', 'infrastructure', 'public_service', 'information',
  'planning', 'regulation', 'finance_tax', 'protection', 'strategic',
  'procurement', 'outsourcing', 'trade', 'overseas', 'application',
] as const;
export type InstrumentTool = (typeof INSTRUMENT_TOOLS)[number];

export interface ToolDefinition {
  category: InstrumentCategory;
  /** What a measure of this tool does, in the words the embedding model compares a measure's name with. */
  description: string;
  /** The scheme's own cue words, then the general policy vocabulary of the same tool. */
  cues: string[];
}

export const TOOLS: Record<InstrumentTool, ToolDefinition> = {
  talent: {
    category: 'supply',
    description: '培养、引进、培训人才，建设人才队伍',
    cues: ['人才', '培训', '培养', '队伍', '人员', '专家', '教育', '实训'],
  },
  funding: {
    category: 'supply',
    description: '以财政资金直接资助、奖励、补贴',
    cues: ['资金', '资助', '奖励', '补贴', '专项经费', '补助', '经费', '财政', '奖补'],
  },
  infrastructure: {
    category: 'supply',
    description: '建设运营平台、中心、数据库、工作站等基础设施',
    cues: ['平台', '中心', '数据库', '工作站', '建设', '基地', '设施', '网点'],
  },
  public_service: {
    category: 'supply',
    description: '向企业和公众提供咨询、检索、援助等公共服务',
    cues: ['服务', '咨询', '检索', '援助', '窗口', '公共服务', '便民', '代办'],
  },
  information: {
    category: 'supply',
    description: '发布信息、统计数据、监测预警',
    cues: ['信息', '预警', '发布', '监测', '统计', '导航', '数据', '分析'],
  },
  planning: {
    category: 'environment',
    description: '制定规划、目标、战略，统筹协调',
    cues: ['规划', '目标', '战略', '统筹', '联席会议', '计划', '纲要', '部署', '体制', '协调'],
  },
  regulation: {
    category: 'environment',
    description: '制定法规、办法、标准，加强监管和信用管理',
    cues: ['条例', '办法', '标准', '监管', '信用', '审查', '制度', '规则', '规范', '法规', '立法', '监督', '失信', '诚信', '备案', '登记'],
  },
  finance_tax: {
    category: 'environment',
    description: '质押融资、保险、证券化、税收优惠等金融财税手段',
    cues: ['质押', '融资', '保险', '证券化', '税收', '金融', '贷款', '担保', '信托', '投资', '减免'],
  },
  protection: {
    category: 'environment',
    description: '行政执法、司法保护、裁决、调解、查处侵权、维权',
    cues: ['执法', '保护', '裁决', '调解', '查处', '维权', '侵权', '纠纷', '打击', '假冒', '司法', '仲裁', '处罚', '诉讼', '强制措施'],
  },
  strategic: {
    category: 'environment',
    description: '开展试点示范、考核评价、改革和协作机制',
    cues: ['试点', '示范', '考核', '评价', '协作机制', '改革', '评估', '激励', '合作', '协同', '创建', '培育'],
  },
  procurement: {
    category: 'demand',
    description: '政府采购、优先采购本国产品',
    cues: ['政府采购', '优先采购', '采购'],
  },
  outsourcing: {
    category: 'demand',
    description: '政府购买服务、委托第三方',
    cues: ['购买服务', '委托', '外包'],
  },
  trade: {
    category: 'demand',
    description: '海关、进出口贸易管制',
    cues: ['海关', '进出口', '贸易', '出口', '进口', '边境'],
  },
  overseas: {
    category: 'demand',
    description: '海外布局、国际市场、涉外维权、国际合作',
    cues: ['海外', '涉外', '国际', '出海', '境外', '走出去', '外国', '一带一路'],
  },
  application: {
    category: 'demand',
    description: '促进知识产权转化运用、许可交易、推广应用',
    cues: ['转化', '运用', '推广应用', '许可', '交易', '运营', '产业化', '应用', '推广'],
  },
};

export const categoryOf = (tool: InstrumentTool): InstrumentCategory => TOOLS[tool].category;

export const isInstrumentTool = (value: unknown): value is InstrumentTool =>
  typeof value === 'string' && (INSTRUMENT_TOOLS as readonly string[]).includes(value);
