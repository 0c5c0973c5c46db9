// The analysis page: the instrument mix by region and by year as charts (a
// click on a segment lists its measures with their evidence), a timeline of a
// chosen entity, and the policies in force on a chosen day. CSV links next to
// every table, for Excel, R or Stata.
import { api, apiUrl, type CodedMeasure, type InstrumentTable, type PolicyList, type Timeline } from './api.ts';
import { CATEGORY_NAMES, TOOL_NAMES, mixChart, toolLegend, type Cell } from './charts.ts';
import { fill, h, message, startRender } from './dom.ts';
import { entityLink, evidenceQuote, type Actions } from './widgets.ts';

export interface AnalysisState {
  timeline: string;
  inForce: string;
}

const KIND_NAMES: Record<string, string> = {
  issued: '发布', adopted: '通过', effective: '施行', amended: '修改', repealed: '废止', expires: '失效', event: '事件', outcome: '成果',
};

/** Display names of documents, for the links under each quoted sentence. */
let titles: Promise<Map<string, string>> | null = null;
const documentTitles = () => (titles ??= api.documents().then((docs) => new Map(docs.map((d) => [d.id, d.title || d.id]))).catch(() => new Map()));

/** The group of measures whose documents do not say where, when or by whom. */
const groupName = (key: string, name: string) => (key === 'unknown' ? '未说明' : name);

const csvLink = (path: string, params: Record<string, string>) =>
  h('a', { class: 'csv-link', href: apiUrl(path, { ...params, format: 'csv' }), download: '' }, 'CSV');

export async function showAnalysis(pane: HTMLElement, state: AnalysisState, change: (patch: Partial<AnalysisState>) => void, actions: Actions) {
  const current = startRender(pane);
  pane.dataset.state = 'loading';
  const picked = h('section', { id: 'cell-measures' });
  const timeline = h('section', { id: 'timeline' });
  const inForce = h('section', { id: 'in-force' });
  const mix = (id: string, title: string, groupBy: 'region' | 'year') =>
    h('section', { id, class: 'mix' }, h('h3', {}, title, ' ', csvLink('/api/analytics/instruments', { groupBy })), message('加载中…'));
  const byRegion = mix('mix-region', '按地区', 'region');
  const byYear = mix('mix-year', '按年份', 'year');
  fill(pane, h('section', { id: 'analysis' },
    h('h2', {}, '政策工具分析'),
    h('p', { class: 'note' }, '每项措施按供给型、环境型、需求型政策工具编码（Rothwell–Zegveld）；点击色块查看对应措施及其原文。'),
    toolLegend(), byRegion, byYear, picked, timeline, inForce));

  const names = await documentTitles();
  const pick = (group: string, cell: Cell) => showMeasures(picked, group, cell, names, actions);
  const draw = async (section: HTMLElement, groupBy: 'region' | 'year') => {
    try {
      const table = await api.instruments(groupBy);
      if (!current()) return;
      const named = { ...table, groups: table.groups.map((g) => ({ ...g, name: groupName(g.key, g.name) })) };
      section.replaceChildren(section.firstChild!, named.groups.length ? mixChart(named, (g, c) => pick(g.name, c)) : message('还没有措施。'), summary(table));
    } catch (error) {
      if (current()) section.replaceChildren(section.firstChild!, message(`无法加载：${(error as Error).message}`, 'error'));
    }
  };
  await Promise.all([
    draw(byRegion, 'region'), draw(byYear, 'year'),
    showTimeline(timeline, state.timeline, change, names, actions, current), showInForce(inForce, state.inForce, change, actions, current),
  ]);
  if (current()) pane.dataset.state = 'ready';
}

const summary = (table: InstrumentTable) => h('p', { class: 'note' },
  `共 ${table.measures} 项措施${table.uncoded ? `，其中 ${table.uncoded} 项未能编码` : ''}。`);

function showMeasures(section: HTMLElement, group: string, cell: Cell, names: Map<string, string>, actions: Actions) {
  fill(section,
    h('h3', {}, `${group} · ${CATEGORY_NAMES[cell.category]} · ${TOOL_NAMES[cell.tool]}（${cell.count}）`),
    h('ul', { class: 'results' }, cell.measures.map((m: CodedMeasure) => h('li', { class: 'coded-measure' },
      entityLink({ id: m.id, label: 'Measure', name: m.name }, actions),
      h('span', { class: 'via' }, ` 依据：${m.cue ?? '—'}${m.confidence !== null ? `，置信度 ${m.confidence}` : ''}`),
      m.evidence && evidenceQuote(m.evidence, names.get(m.evidence.doc) ?? m.evidence.doc, actions)))));
  section.scrollIntoView({ block: 'nearest' });
}

function entityForm(id: string, value: string, placeholder: string, type: string, submit: (value: string) => void) {
  const input = h('input', { type, id, value, placeholder });
  return h('form', { class: 'filter', onsubmit: (event) => {
    event.preventDefault();
    submit(input.value.trim());
  } }, input, h('button', { type: 'submit' }, '查看'));
}

async function showTimeline(section: HTMLElement, entity: string, change: (p: Partial<AnalysisState>) => void, names: Map<string, string>, actions: Actions, current: () => boolean) {
  const form = entityForm('timeline-entity', entity, '地区、机构或政策的名称', 'search', (value) => change({ timeline: value }));
  const head = h('h3', {}, '时间线 ', entity ? csvLink('/api/timeline', { entity, limit: '5000' }) : '');
  if (!entity) return fill(section, head, form, message('输入一个实体，按时间查看与其相关的政策、事件和成果。'));
  fill(section, head, form, message('加载中…'));
  try {
    const line = await api.timeline(entity);
    if (current()) fill(section, head, form, timelineList(line, names, actions));
  } catch (error) {
    if (current()) fill(section, head, form, message(`无法加载时间线：${(error as Error).message}`, 'error'));
  }
}

function timelineList(line: Timeline, names: Map<string, string>, actions: Actions) {
  if (!line.items.length) return message(`${line.entity.name} 没有注明日期的政策、事件或成果。`);
  return h('div', {},
    h('p', { class: 'note' }, `${line.entity.name}：${line.total} 条${line.total > line.items.length ? `，显示前 ${line.items.length} 条` : ''}`),
    h('ol', { class: 'timeline' }, line.items.map((item) => h('li', { class: 'timeline-item', 'data-kind': item.kind },
      h('time', {}, item.date),
      h('span', { class: 'kind' }, KIND_NAMES[item.kind] ?? item.kind),
      entityLink(item.entity, actions),
      item.through && h('span', { class: 'via' }, ` 经 ${item.through.name}`),
      item.evidence && evidenceQuote(item.evidence, names.get(item.evidence.doc) ?? item.evidence.doc, actions)))));
}

async function showInForce(section: HTMLElement, day: string, change: (p: Partial<AnalysisState>) => void, actions: Actions, current: () => boolean) {
  const form = entityForm('in-force-day', day, 'YYYY-MM-DD', 'date', (value) => change({ inForce: value }));
  const head = h('h3', {}, '某日有效的政策 ', day ? csvLink('/api/policies', { inForce: day }) : '');
  if (!day) return fill(section, head, form, message('选择一个日期，查看当天有效的政策（依文本所载的通过、施行、废止日期）。'));
  fill(section, head, form, message('加载中…'));
  try {
    const list = await api.policies(day);
    if (current()) fill(section, head, form, policyList(list, actions));
  } catch (error) {
    if (current()) fill(section, head, form, message(`无法加载：${(error as Error).message}`, 'error'));
  }
}

function policyList(list: PolicyList, actions: Actions) {
  const left = Object.entries(list.excluded).map(([status, n]) => `${status} ${n}`).join('，');
  return h('div', {},
    h('p', { class: 'note' }, `${list.inForce} 有效：${list.total} 项${left ? `（未计入：${left}）` : ''}`),
    list.items.length ? h('ul', { class: 'results', id: 'in-force-list' }, list.items.map((p) => h('li', {},
      entityLink(p.entity, actions),
      h('div', { class: 'via' }, p.basis),
      p.links.length > 0 && h('div', { class: 'via' }, p.links.map((l) => `${l.type === 'AMENDS' ? '修改' : '取代'}${l.direction === 'out' ? '' : '（被）'} ${l.other.name}`).join('；'))))) : message('当天没有有效的政策。'));
}
