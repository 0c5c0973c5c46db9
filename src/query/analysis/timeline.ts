import { LIFECYCLE_EVIDENCE, LIFECYCLE_FIELDS, type LifecycleField } from '../../../core/lifecycle.ts';
import { RELATION_TYPES } from '../../../core/ontology.ts';
import type { EntityNode, GraphStore, RelationEdge } from '../../../core/store.ts';
import { entityRef, otherEnd, relationView, type EntityRef, type Evidence, type RelationView } from '../views.ts';
import { SentenceLocator } from './sentences.ts';

export type TimelineKind = LifecycleField | 'event' | 'outcome';

export interface TimelineItem {
  /** ISO date as precise as the text states it (2025, 2025-04, 2025-04-23); the start of a period. */
  date: string;
  kind: TimelineKind;
  entity: EntityRef;
  /** What happened, in the text's words: the outcome's figure and period, the event's date as written. */
  detail: string | null;
  /** The relation that links it to the entity asked about (null for the entity itself). */
  via: RelationView | null;
  /** The entity it was reached through, two steps away (a body located in the region that issued a policy). */
  through: EntityRef | null;
  evidence: Evidence | null;
}

export interface Timeline {
  entity: EntityRef;
  total: number;
  items: TimelineItem[];
}

/** 第N个五年规划 (十四五…): the third began in 1966, each lasts five years. */
const PLAN_NUMBERS: Record<string, number> = { 十一: 11, 十二: 12, 十三: 13, 十四: 14, 十五: 15, 十六: 16 };

/** The year a period starts, as an ISO year: 2025 -> 2025, 2021-2025 -> 2021, 十四五 -> 2021, 十四五末 -> 2025. */
export function periodStart(period: string): string | null {
  const plan = /(十[一二三四五六])五(末)?/.exec(period);
  if (plan) {
    const start = 1966 + 5 * (PLAN_NUMBERS[plan[1]] - 3);
    return String(plan[2] ? start + 4 : start);
  }
  return /(?:19|20)\d{2}/.exec(period)?.[0] ?? null;
}

const KIND_ORDER: TimelineKind[] = [...LIFECYCLE_FIELDS, 'event', 'outcome'];

/** From a region or a body, one step further: what the bodies there (or it) issued and took part in. */
const SECOND_STEP = {
  Region: { from: ['Institution'], types: ['ISSUED', 'PARTICIPATED_IN'] },
  Institution: { from: ['Institution'], types: ['ISSUED', 'PARTICIPATED_IN'] },
  Policy: { from: ['Measure'], types: ['PRODUCED', 'TARGETS'] },
} as const;

interface Reached {
  entity: EntityNode;
  via: RelationEdge | null;
  /** The edge's end nearer the root, when it is not the root itself. */
  through: EntityNode | null;
}

/** The entity, its neighbours, and for a region, body or policy the step beyond (see SECOND_STEP). */
async function reach(store: GraphStore, root: EntityNode): Promise<Reached[]> {
  const reached = new Map<string, Reached>([[root.id, { entity: root, via: null, through: null }]]);
  const first = await store.expand([root.id], { types: [...RELATION_TYPES], direction: 'both' });
  const firstNodes = new Map(first.nodes.map((n) => [n.id, n]));
  for (const edge of first.edges) {
    const far = otherEnd(edge, root.id);
    if (!reached.has(far)) reached.set(far, { entity: firstNodes.get(far)!, via: edge, through: null });
  }
  const step = SECOND_STEP[root.label as keyof typeof SECOND_STEP];
  if (step) {
    const from = first.nodes.filter((n) => n.id !== root.id && (step.from as readonly string[]).includes(n.label));
    const second = await store.expand(from.map((n) => n.id), { types: [...step.types], direction: 'out' });
    const nodes = new Map(second.nodes.map((n) => [n.id, n]));
    for (const edge of second.edges) {
      if (!reached.has(edge.end)) reached.set(edge.end, { entity: nodes.get(edge.end)!, via: edge, through: nodes.get(edge.start)! });
    }
  }
  return [...reached.values()];
}

/** The dated items an entity stands for: a policy's life-cycle dates, an event's date, an outcome's period. */
async function itemsOf(locator: SentenceLocator, r: Reached, rootId: string): Promise<TimelineItem[]> {
  const { entity } = r;
  const base = {
    entity: entityRef(entity),
    via: r.via ? relationView(r.via, r.through?.id ?? rootId, entity) : null,
    through: r.through ? entityRef(r.through) : null,
  };
  const own = () => locator.own(entity);
  switch (entity.label) {
    case 'Policy': {
      const lines = Array.isArray(entity.props[LIFECYCLE_EVIDENCE]) ? (entity.props[LIFECYCLE_EVIDENCE] as string[]) : [];
      const items: TimelineItem[] = [];
      for (const field of LIFECYCLE_FIELDS) {
        const date = entity.props[field];
        if (typeof date !== 'string') continue;
        const line = lines.find((l) => l.startsWith(`${field} `));
        const evidence = line ? await locator.locate(entity, line.slice(line.indexOf(': ') + 2)) : null;
        items.push({ ...base, date, kind: field, detail: null, evidence });
      }
      return items;
    }
    case 'Event':
      return typeof entity.props.date === 'string' && entity.props.date
        ? [{ ...base, date: entity.props.date, kind: 'event', detail: null, evidence: await own() }]
        : [];
    case 'Outcome': {
      const period = typeof entity.props.period === 'string' ? entity.props.period : null;
      const date = period && periodStart(period);
      if (!date) return [];
      const figure = [entity.props.indicator, entity.props.figure].filter((x) => typeof x === 'string' && x).join(' ');
      return [{ ...base, date, kind: 'outcome', detail: `${figure || entity.name}（${period}${entity.props.kind === 'target' ? '，目标' : ''}）`, evidence: await own() }];
    }
    default:
      return [];
  }
}

/**
 * The dated policies, events and outcomes around an entity, oldest first: its
 * own dates, those of what it is related to, and for a region or a body what
 * the bodies there issued and took part in. Each item says how it is linked
 * and where the text states it.
 */
export async function timeline(store: GraphStore, root: EntityNode, page: { limit: number; offset: number }): Promise<Timeline> {
  const locator = new SentenceLocator(store);
  const reached = await reach(store, root);
  const items = (await Promise.all(reached.map((r) => itemsOf(locator, r, root.id)))).flat();
  items.sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (a.entity.name < b.entity.name ? -1 : a.entity.name > b.entity.name ? 1 : 0) ||
      (a.entity.id < b.entity.id ? -1 : 1),
  );
  return { entity: entityRef(root), total: items.length, items: items.slice(page.offset, page.offset + page.limit) };
}
