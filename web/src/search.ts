// Search results: matching entities by name or alias, and passages from hybrid search.
import { api, type Entity, type SearchPassage } from './api.ts';
import { relationName } from './vocab.ts';
import { fill, h, message, startRender } from './dom.ts';
import { documentLink, entityLink, type Actions } from './widgets.ts';

export async function showSearch(pane: HTMLElement, q: string, actions: Actions) {
  const current = startRender(pane);
  if (!q) {
    fill(pane, message('输入实体名称或问题，例如「快速维权中心」或「海外维权援助有哪些做法？」'));
    return;
  }
  fill(pane, message('搜索中…'));
  const [entities, passages] = await Promise.allSettled([api.searchEntities(q), api.searchPassages(q)]);
  if (!current()) return;
  fill(pane,
    h('section', { id: 'entity-results' },
      h('h2', {}, '实体'),
      entities.status === 'fulfilled' ? entityList(entities.value.items, actions) : failure(entities.reason)),
    h('section', { id: 'passage-results' },
      h('h2', {}, '段落'),
      passages.status === 'fulfilled' ? passageList(passages.value.passages, actions) : failure(passages.reason)));
}

const failure = (reason: unknown) => message(`搜索失败：${(reason as Error).message}`, 'error');

function entityList(items: Entity[], actions: Actions) {
  if (!items.length) return message('没有匹配的实体。');
  return h('ul', { class: 'results' }, items.map((entity) => h('li', { class: 'entity-result' },
    entityLink(entity, actions),
    entity.aliases.length > 0 && h('div', { class: 'aliases' }, `别名：${entity.aliases.join('、')}`))));
}

function passageList(passages: SearchPassage[], actions: Actions) {
  if (!passages.length) return message('没有匹配的段落。');
  return h('ol', { class: 'results' }, passages.map((passage) => {
    const relations = passage.relations.filter((r) => r.inPassage);
    return h('li', { class: 'passage' },
      h('p', { class: 'passage-text' }, passage.text),
      h('div', { class: 'passage-meta' },
        documentLink(passage.doc, passage.docTitle, actions, { start: passage.start, end: passage.end }),
        h('span', { class: 'score' }, passage.score.toFixed(3))),
      passage.entities.length > 0 && h('div', { class: 'chips' }, passage.entities.map((entity) => entityLink(entity, actions))),
      relations.length > 0 && h('ul', { class: 'passage-relations' }, relations.map((r) => h('li', {},
        entityLink(r.start, actions), h('span', { class: 'via' }, ` —${relationName(r.type)}→ `), entityLink(r.end, actions)))));
  }));
}
