// Small pieces shared by the views: entity and document links, label badges, evidence quotes.
import type { EntityRef, Evidence } from './api.ts';
import { h } from './dom.ts';
import { labelColour, labelName } from './vocab.ts';

export interface Span {
  start: number;
  end: number;
}

/** What a view can ask the page to do; every action becomes a URL change. */
export interface Actions {
  select(id: string): void;
  expand(id: string): void;
  openDocument(doc: string, span?: Span): void;
  trace(policyId: string): void;
}

/** A real link (shareable, opens in a new tab) that navigates in place on a plain click. */
function actionLink(href: string, act: () => void, className: string, ...children: (Node | string)[]) {
  return h('a', { class: className, href, onclick: (event) => {
    const mouse = event as MouseEvent;
    if (mouse.ctrlKey || mouse.metaKey || mouse.shiftKey || mouse.button !== 0) return;
    event.preventDefault();
    act();
  } }, ...children);
}

export const labelBadge = (label: string) =>
  h('span', { class: 'badge', style: `--label-colour:${labelColour(label)}`, title: label }, labelName(label));

export function entityLink(entity: EntityRef, actions: Actions) {
  const link = actionLink(`?entity=${encodeURIComponent(entity.id)}`, () => actions.select(entity.id), 'entity-link', labelBadge(entity.label), ' ', h('span', { class: 'name' }, entity.name));
  link.dataset.entity = entity.id;
  return link;
}

export function documentLink(doc: string, text: string, actions: Actions, span?: Span) {
  const where = span ? `&start=${span.start}&end=${span.end}` : '';
  return actionLink(`?pane=doc&doc=${encodeURIComponent(doc)}${where}`, () => actions.openDocument(doc, span), 'document-link', text);
}

/** The sentence a fact was read from, with a link to the passage in its document. */
export const evidenceQuote = (evidence: Evidence, documentTitle: string, actions: Actions) =>
  h('blockquote', { class: 'evidence' },
    h('span', { class: 'sentence' }, evidence.sentence),
    documentLink(evidence.doc, `原文：${documentTitle}`, actions, { start: evidence.start, end: evidence.end }));
