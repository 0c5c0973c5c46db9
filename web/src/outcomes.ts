// Outcomes and targets as a table: indicator, value, unit, period.
import { api } from './api.ts';
import { fill, h, message, startRender } from './dom.ts';
import { entityLink, type Actions } from './widgets.ts';

const KIND_NAMES: Record<string, string> = { actual: '实际', target: '目标', change: '变化' };

export async function showOutcomes(pane: HTMLElement, indicator: string, onFilter: (indicator: string) => void, actions: Actions) {
  const current = startRender(pane);
  const filter = h('input', { type: 'search', id: 'indicator-filter', placeholder: '按指标筛选', value: indicator });
  const form = h('form', { class: 'filter', onsubmit: (event) => {
    event.preventDefault();
    onFilter(filter.value.trim());
  } }, filter, h('button', { type: 'submit' }, '筛选'));
  fill(pane, h('h2', {}, '成果与目标'), form, message('加载中…'));
  try {
    const { items, total } = await api.outcomes(indicator || undefined);
    if (current()) fill(pane, h('h2', {}, `成果与目标（${total}）`), form, items.length ? table(items, actions) : message('没有匹配的成果。'));
  } catch (error) {
    if (current()) fill(pane, h('h2', {}, '成果与目标'), form, message(`无法加载成果：${(error as Error).message}`, 'error'));
  }
}

type Outcome = Awaited<ReturnType<typeof api.outcomes>>['items'][number];

function table(items: Outcome[], actions: Actions) {
  const cell = (value: unknown) => h('td', {}, value === null || value === undefined ? '' : String(value));
  const linked = (outcome: Outcome, types: string[]) =>
    h('td', {}, outcome.relations.filter((r) => types.includes(r.type)).map((r) => entityLink(r.other, actions)));
  return h('table', { id: 'outcomes-table' },
    h('thead', {}, h('tr', {}, ['指标', '数值', '单位', '时期', '类型', '地区', '来源', '实体'].map((title) => h('th', {}, title)))),
    h('tbody', {}, items.map((outcome) => h('tr', {},
      cell(outcome.props.indicator ?? outcome.name),
      cell(outcome.props.value),
      cell(outcome.props.unit),
      cell(outcome.props.period),
      cell(KIND_NAMES[String(outcome.props.kind)] ?? outcome.props.kind),
      linked(outcome, ['MEASURED_IN']),
      linked(outcome, ['PRODUCED', 'TARGETS']),
      h('td', {}, entityLink(outcome, actions))))));
}
