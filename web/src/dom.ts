// A tiny element builder: h('a', { href, class: 'x' }, 'text', child).
type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(key.replace(/^on/, ''), value);
    else if (value === true) element.setAttribute(key, '');
    else element.setAttribute(key, String(value));
  }
  for (const child of children.flat()) if (child) element.append(child);
  return element;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`missing #${id} in index.html`);
  return element as T;
}

/** Replaces an element's content. */
export function fill(element: HTMLElement, ...children: (Child | Child[])[]) {
  element.replaceChildren(...children.flat().filter((c): c is Node | string => Boolean(c)));
}

export const message = (text: string, kind: 'note' | 'error' = 'note') => h('p', { class: kind }, text);

const renders = new WeakMap<HTMLElement, number>();

/** Starts a render of `element`; the check it returns is false once a newer render started, so a slow answer cannot overwrite a newer view. */
export function startRender(element: HTMLElement): () => boolean {
  const token = (renders.get(element) ?? 0) + 1;
  renders.set(element, token);
  return () => renders.get(element) === token;
}
