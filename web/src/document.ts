// A document's text with one passage highlighted and scrolled into view.
import { api } from './api.ts';
import { fill, h, message, startRender } from './dom.ts';
import type { Span } from './widgets.ts';

export async function showDocument(pane: HTMLElement, id: string, span: Span | null) {
  const current = startRender(pane);
  fill(pane, message('加载原文…'));
  try {
    const doc = await api.document(id);
    if (!current()) return;
    const text = doc.text;
    const body = span
      ? [text.slice(0, span.start), h('mark', { id: 'passage' }, text.slice(span.start, span.end)), text.slice(span.end)]
      : [text];
    fill(pane, h('article', { class: 'document' }, h('h2', {}, doc.title), h('div', { class: 'document-text' }, ...body)));
    pane.querySelector('#passage')?.scrollIntoView({ block: 'center' });
  } catch (error) {
    if (current()) fill(pane, message(`无法加载文档：${(error as Error).message}`, 'error'));
  }
}
