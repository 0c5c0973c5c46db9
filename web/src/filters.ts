// The graph toolbar: a legend that doubles as the label filter, relation-type filter, and depth.
import { ENTITY_LABELS, RELATION_TYPES } from '../../core/ontology.ts';
import { fill, h } from './dom.ts';
import type { ViewState } from './state.ts';
import { labelColour, labelName, relationName } from './vocab.ts';

export interface FilterChange {
  labels?: ViewState['labels'];
  types?: ViewState['types'];
  depth?: number;
}

/** Toggling one value of a filter where an empty list means "all". */
function toggle<T extends string>(all: readonly T[], selected: readonly T[], value: T): T[] {
  const current = selected.length ? selected : all;
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return next.length === all.length ? [] : all.filter((v) => next.includes(v));
}

export function renderToolbar(toolbar: HTMLElement, state: ViewState, counts: Map<string, number>, change: (c: FilterChange) => void) {
  const shown = <T extends string>(selected: readonly T[], value: T) => selected.length === 0 || selected.includes(value);
  const legend = h('div', { class: 'legend', role: 'group', 'aria-label': '按类型筛选' }, ENTITY_LABELS.map((label) =>
    h('label', { class: 'legend-item', style: `--label-colour:${labelColour(label)}` },
      h('input', { type: 'checkbox', name: 'label', value: label, checked: shown(state.labels, label),
        onchange: () => change({ labels: toggle(ENTITY_LABELS, state.labels, label) }) }),
      h('span', { class: 'swatch' }),
      `${labelName(label)} ${counts.get(label) ?? 0}`)));
  const types = h('details', { class: 'type-filter' },
    h('summary', {}, state.types.length ? `关系类型（${state.types.length}）` : '关系类型（全部）'),
    h('div', { class: 'type-list' }, RELATION_TYPES.map((type) => h('label', {},
      h('input', { type: 'checkbox', name: 'type', value: type, checked: shown(state.types, type),
        onchange: () => change({ types: toggle(RELATION_TYPES, state.types, type) }) }),
      `${relationName(type)} ${type}`))));
  const depth = h('label', { class: 'depth' }, '深度 ',
    h('select', { id: 'depth', disabled: !state.root, onchange: (event) => change({ depth: Number((event.target as HTMLSelectElement).value) }) },
      [1, 2, 3].map((d) => h('option', { value: d, selected: d === state.depth }, String(d)))));
  const open = toolbar.querySelector('details')?.open;
  fill(toolbar, legend, types, depth);
  if (open) types.open = true;
}
