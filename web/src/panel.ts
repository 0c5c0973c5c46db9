// The side panel: one entity's properties, aliases, documents and relations with their evidence.
import { api, type EntityDetail, type RelationView } from './api.ts';
import { fill, h, message, startRender } from './dom.ts';
import { relationName } from './vocab.ts';
import { documentLink, entityLink, evidenceQuote, labelBadge, type Actions } from './widgets.ts';

/** Larger relation groups start folded, so a hub's panel stays readable. */
const GROUP_OPEN_LIMIT = 20;

export async function showEntityPanel(panel: HTMLElement, id: string, actions: Actions) {
  const current = startRender(panel);
  fill(panel, message('加载中…'));
  try {
    const detail = await api.entity(id);
    if (current()) fill(panel, ...renderDetail(detail, actions));
  } catch (error) {
    if (current()) fill(panel, message(`无法加载实体：${(error as Error).message}`, 'error'));
  }
}

function renderDetail({ entity, relations, documents }: EntityDetail, actions: Actions) {
  const titles = new Map(documents.map((d) => [d.id, d.title]));
  const props = Object.entries(entity.props).filter(([, value]) => value !== null && value !== '');
  const groups = Object.entries(relations).filter(([, list]) => list?.length) as [string, RelationView[]][];
  return [
    h('header', { class: 'panel-head' },
      h('h2', {}, entity.name),
      labelBadge(entity.label)),
    h('div', { class: 'panel-actions' },
      h('button', { type: 'button', id: 'expand', onclick: () => actions.expand(entity.id) }, '展开邻居'),
      entity.label === 'Policy' && h('button', { type: 'button', id: 'trace', onclick: () => actions.trace(entity.id) }, '政策追踪')),
    entity.aliases.length > 0 && h('section', { class: 'aliases' },
      h('h3', {}, '别名'),
      h('ul', { class: 'inline' }, entity.aliases.map((alias) => h('li', {}, alias)))),
    props.length > 0 && h('section', { class: 'props' },
      h('h3', {}, '属性'),
      h('dl', {}, props.flatMap(([key, value]) => [h('dt', {}, key), h('dd', {}, Array.isArray(value) ? value.join('、') : String(value))]))),
    h('section', { class: 'relations' },
      h('h3', {}, `关系（${groups.reduce((n, [, list]) => n + list.length, 0)}）`),
      groups.length === 0 && message('没有关系。'),
      groups.map(([type, list]) => h('details', { class: 'relation-group', open: list.length <= GROUP_OPEN_LIMIT, 'data-type': type },
        h('summary', {}, `${relationName(type)} ${type}（${list.length}）`),
        h('ul', {}, list.map((relation) => h('li', { class: 'relation' },
          h('div', { class: 'relation-line' },
            h('span', { class: 'direction', title: relation.direction === 'out' ? '本实体 → 对方' : '对方 → 本实体' }, relation.direction === 'out' ? '→' : '←'),
            entityLink(relation.other, actions)),
          evidenceQuote(relation.evidence, titles.get(relation.evidence.doc) ?? relation.evidence.doc, actions))))))),
    h('section', { class: 'documents' },
      h('h3', {}, `来源文档（${entity.docCount}）`),
      h('ul', {}, documents.map((doc) => h('li', {}, documentLink(doc.id, doc.title, actions)))),
      documents.length < entity.docCount && message(`另有 ${entity.docCount - documents.length} 篇未列出。`)),
  ];
}
