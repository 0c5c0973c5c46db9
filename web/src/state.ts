import { ENTITY_LABELS, RELATION_TYPES, type EntityLabel, type RelationType } from '../../core/ontology.ts';
// The whole view lives in the query string, so any view can be shared or bookmarked.

/** What the left pane shows. */
export type Pane = 'search' | 'trace' | 'outcomes' | 'doc' | 'analysis';
const PANES: readonly Pane[] = ['search', 'trace', 'outcomes', 'doc', 'analysis'];

export interface ViewState {
  pane: Pane;
  q: string;
  /** The entity whose neighbourhood is drawn; null draws the overview. */
  root: string | null;
  /** The selected entity, shown in the side panel. */
  entity: string | null;
  depth: number;
  /** Entities whose neighbours were added to the graph on demand. */
  expanded: string[];
  /** Label and relation-type filters; empty means all. */
  labels: EntityLabel[];
  types: RelationType[];
  policy: string | null;
  indicator: string;
  doc: string | null;
  span: { start: number; end: number } | null;
  /** The analysis page's timeline entity and in-force day. */
  timeline: string;
  inForce: string;
}

const csv = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);
const oneOf = <T extends string>(allowed: readonly T[], values: string[]) =>
  values.filter((v): v is T => (allowed as readonly string[]).includes(v));

export function parseState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const pane = p.get('pane') as Pane | null;
  const depth = Number(p.get('depth'));
  const start = Number(p.get('start'));
  const end = Number(p.get('end'));
  return {
    pane: pane && PANES.includes(pane) ? pane : 'search',
    q: p.get('q') ?? '',
    root: p.get('graph') === 'all' ? null : p.get('root') ?? p.get('entity'),
    entity: p.get('entity'),
    depth: depth >= 1 && depth <= 3 ? depth : 1,
    expanded: csv(p.get('expanded')),
    labels: oneOf(ENTITY_LABELS, csv(p.get('labels'))),
    types: oneOf(RELATION_TYPES, csv(p.get('types'))),
    policy: p.get('policy'),
    indicator: p.get('indicator') ?? '',
    doc: p.get('doc'),
    span: p.has('start') && Number.isInteger(start) && Number.isInteger(end) && end >= start ? { start, end } : null,
    timeline: p.get('timeline') ?? '',
    inForce: /^\d{4}-\d{2}-\d{2}$/.test(p.get('inForce') ?? '') ? p.get('inForce')! : '',
  };
}

export function formatState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.pane !== 'search') p.set('pane', state.pane);
  if (state.q) p.set('q', state.q);
  // The graph is centred on the selected entity unless the URL says otherwise.
  if (!state.root && state.entity) p.set('graph', 'all');
  else if (state.root && state.root !== state.entity) p.set('root', state.root);
  if (state.entity) p.set('entity', state.entity);
  if (state.depth !== 1) p.set('depth', String(state.depth));
  if (state.expanded.length) p.set('expanded', state.expanded.join(','));
  if (state.labels.length) p.set('labels', state.labels.join(','));
  if (state.types.length) p.set('types', state.types.join(','));
  if (state.policy) p.set('policy', state.policy);
  if (state.indicator) p.set('indicator', state.indicator);
  if (state.doc) p.set('doc', state.doc);
  if (state.span) {
    p.set('start', String(state.span.start));
    p.set('end', String(state.span.end));
  }
  if (state.timeline) p.set('timeline', state.timeline);
  if (state.inForce) p.set('inForce', state.inForce);
  const query = p.toString();
  return query ? `?${query}` : location.pathname;
}

/** Keeps the current state in the URL; `navigate` adds a history entry, back/forward re-render. */
export class Router {
  private listeners: ((state: ViewState, previous: ViewState | null) => void)[] = [];
  private current: ViewState | null = null;

  constructor() {
    window.addEventListener('popstate', () => this.emit(parseState(location.search)));
  }

  get state(): ViewState {
    return this.current ?? parseState(location.search);
  }

  onChange(listener: (state: ViewState, previous: ViewState | null) => void) {
    this.listeners.push(listener);
  }

  start() {
    this.emit(parseState(location.search));
  }

  navigate(patch: Partial<ViewState>) {
    const next = { ...this.state, ...patch };
    history.pushState(null, '', formatState(next));
    this.emit(next);
  }

  private emit(state: ViewState) {
    const previous = this.current;
    this.current = state;
    for (const listener of this.listeners) listener(state, previous);
  }
}
