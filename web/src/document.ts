// A document's text with one passage highlighted and scrolled into view.
import { api } from './api.ts';
import { fill, h, message } from './dom.ts';
import type { Span } from './widgets.ts';

export async function showDocument(pane: HTMLElement, id: string, span: Span | null) {
  fill(pane, message('加载原文…'));
  try {
    const doc = await api.document(id);
    const text = doc.text;
    const body = span
      ? [text.slice(0, span.start), h('mark', { id: 'passage' }, text.slice(span.start, span.end)), text.slice(span.end)]
      : [text];
    fill(pane, h('article', { class: 'document' }, h('h2', {}, doc.title), h('div', { class: 'document-text' }, ...body)));
    pane.querySelector('#passage')?.scrollIntoView({ block: 'center' });
  } catch (error) {
    fill(pane, message(`无法加载文档：${(error as Error).message}`, 'error'));
  }
}
