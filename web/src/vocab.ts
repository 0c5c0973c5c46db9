// Display names and colours for the ontology's labels and relation types.
import type { EntityLabel, RelationType } from './api.ts';

export const LABEL_COLOURS: Record<EntityLabel, string> = {
  Institution: '#4e79a7',
  Policy: '#f28e2b',
  Measure: '#59a14f',
  Platform: '#e15759',
  Region: '#76b7b2',
  Event: '#b8860b',
  Outcome: '#b07aa1',
};

export const LABEL_NAMES: Record<EntityLabel, string> = {
  Institution: '机构',
  Policy: '政策',
  Measure: '措施',
  Platform: '平台',
  Region: '地区',
  Event: '事件',
  Outcome: '成果',
};

export const RELATION_NAMES: Record<RelationType, string> = {
  ISSUED: '发布',
  IMPLEMENTS: '实施',
  PART_OF: '隶属',
  OPERATES: '建设运营',
  LOCATED_IN: '位于',
  PARTICIPATED_IN: '参与',
  COOPERATES_WITH: '合作',
  APPROVED: '批准',
  GUIDES: '指导',
  REFERENCES: '依据',
  PRODUCED: '产出',
  TARGETS: '目标',
  MEASURED_IN: '统计范围',
  AMENDS: '修改',
  REPLACES: '取代',
};

/** Fallbacks keep the page usable if the API grows a label or type the page does not know yet. */
export const labelColour = (label: string) => LABEL_COLOURS[label as EntityLabel] ?? '#888';
export const labelName = (label: string) => LABEL_NAMES[label as EntityLabel] ?? label;
export const relationName = (type: string) => RELATION_NAMES[type as RelationType] ?? type;
