// The policy trace: policy -> measures and programmes -> implementers and platforms -> outcomes, as a tree.
import { api, type TraceNode } from './api.ts';
import { fill, h, message, startRender } from './dom.ts';
import { relationName } from './vocab.ts';
import { entityLink, type Actions } from './widgets.ts';

export async function showTrace(pane: HTMLElement, policyId: string, actions: Actions) {
  const current = startRender(pane);
  fill(pane, message('加载政策追踪…'));
  try {
    const root = await api.trace(policyId);
    if (current()) fill(pane, h('section', { id: 'trace' },
      h('h2', {}, '政策追踪'),
      h('ul', { class: 'tree' }, traceItem(root, actions))));
  } catch (error) {
    if (current()) fill(pane, message(`无法加载政策追踪：${(error as Error).message}`, 'error'));
  }
}

function traceItem(node: TraceNode, actions: Actions): HTMLElement {
  return h('li', { class: 'trace-node', 'data-label': node.entity.label },
    node.via && h('span', { class: 'via', title: node.via.evidence?.sentence ?? '' }, `${node.via.direction === 'in' ? '←' : '→'} ${relationName(node.via.type)}`),
    entityLink(node.entity, actions),
    node.entity.label === 'Outcome' && h('span', { class: 'figure' }, figure(node.entity.props)),
    node.children.length > 0 && h('ul', {}, node.children.map((child) => traceItem(child, actions))));
}

/** An outcome's value as a reader would write it: 119.7件（2025）. */
function figure(props: TraceNode['entity']['props']) {
  const value = [props.value, props.unit].filter((v) => v !== null && v !== undefined).join('');
  return props.period ? ` ${value}（${props.period}）` : ` ${value}`;
}
