import { RELATION_TYPES } from '../../core/ontology.ts';
import { normalizeName } from '../../core/names.ts';
import { documentsOf, type EntityNode, type ExpandStep, type GraphStore } from '../../core/store.ts';
import { entityRef, otherEnd, relationView, type EntityRef, type Evidence, type RelationView } from './views.ts';

/** Relations followed from one entity by the linked views. */
const LINK_FANOUT = 500;

/** An entity reached from the subject, with what links them. */
export interface LinkedItem {
  entity: EntityNode;
  /** The relations that lead to it: from the subject, or from `through`. */
  via: RelationView[];
  /** The entity it was reached through, when not linked to the subject itself. */
  through: EntityRef | null;
  /** Passages that name it beside the subject, or under the subject's heading. */
  passages: Evidence[];
}

export interface EventsAnswer {
  entity: EntityNode;
  /** For an event: the bodies that took part in it or guided it. */
  participants: LinkedItem[];
  /** Events linked to the subject by a relation; for an event, the events named in its passages. */
  events: LinkedItem[];
}

export interface PlacesAnswer {
  entity: EntityRef;
  places: LinkedItem[];
  /** For a region: the bodies, platforms, events and regions located in it. */
  contents: LinkedItem[];
}

const byId = (a: { entity: EntityNode }, b: { entity: EntityNode }) => (a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0);

/** Far ends of one step from `from`, each with the relations that reach it. */
async function reach(store: GraphStore, from: EntityNode[], step: ExpandStep): Promise<LinkedItem[]> {
  if (!from.length) return [];
  const { nodes, edges } = await store.expand(from.map((f) => f.id), { ...step, perNode: LINK_FANOUT });
  const nodeById = new Map([...nodes, ...from].map((n) => [n.id, n]));
  const sources = new Set(from.map((f) => f.id));
  const items = new Map<string, LinkedItem>();
  for (const edge of edges) {
    const near = sources.has(edge.start) ? edge.start : edge.end;
    const far = nodeById.get(otherEnd(edge, near))!;
    if (sources.has(far.id)) continue;
    const item = items.get(far.id) ?? { entity: far, via: [], through: null, passages: [] };
    item.via.push(relationView(edge, far.id, nodeById.get(near)!));
    items.set(far.id, item);
  }
  return [...items.values()].sort(byId);
}

/** Passages about an entity: chunks that mention it, or that sit under a heading with its name (a chronicle's item). */
async function passagesAbout(store: GraphStore, entity: EntityNode) {
  const name = normalizeName(entity.name);
  const hits = await store.keywordSearch(entity.name, 20);
  const chunks = await store.getChunks(hits.map((h) => h.chunkId));
  return chunks
    .filter((c) => c.entities.includes(entity.id) || c.sectionPath.some((title) => normalizeName(title) === name))
    .sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start));
}

/** Events of an entity: events linked to it by any relation; for an event also its participants and the events its passages name. */
export async function eventsOf(store: GraphStore, subject: EntityNode): Promise<EventsAnswer> {
  const events = await reach(store, [subject], { types: [...RELATION_TYPES], direction: 'both', labels: ['Event'] });
  if (subject.label !== 'Event') return { entity: subject, participants: [], events };
  const participants = await reach(store, [subject], { types: ['PARTICIPATED_IN', 'GUIDES'], direction: 'in', labels: ['Institution'] });
  const named = new Map(events.map((e) => [e.entity.id, e]));
  const passages = await passagesAbout(store, subject);
  // The entities of all the passages in one read, not one read each.
  const unknown = [...new Set(passages.flatMap((c) => c.entities))].filter((id) => id !== subject.id && !named.has(id));
  const read = new Map((await store.getEntities(unknown)).map((e) => [e.id, e]));
  for (const chunk of passages) {
    for (const id of chunk.entities) {
      if (id === subject.id) continue;
      const entity = named.get(id)?.entity ?? read.get(id);
      if (entity?.label !== 'Event') continue;
      const item = named.get(id) ?? { entity, via: [], through: null, passages: [] };
      item.passages.push({ sentence: chunk.text, doc: chunk.doc, start: chunk.start, end: chunk.end });
      named.set(id, item);
    }
  }
  return { entity: subject, participants, events: [...named.values()].sort(byId) };
}

/** Too broad to say where something is. */
const TOO_BROAD = new Set(['中国', '全国', '国家', '中华人民共和国']);

/** Entities of the subject's documents that its own text (a task's or 专栏's body, an action's clause) names. */
async function namedInText(store: GraphStore, subject: EntityNode): Promise<EntityNode[]> {
  const text = typeof subject.props.text === 'string' ? normalizeName(subject.props.text) : '';
  if (!text) return [];
  const found = new Map<string, EntityNode>();
  for (const doc of await documentsOf(store, subject)) {
    for (const e of await store.documentEntities(doc)) {
      if (e.id === subject.id || e.label === 'Outcome' || e.label === 'Measure') continue;
      const surfaces = [e.name, ...e.aliases].map(normalizeName).filter((s) => s.length >= 2 && !TOO_BROAD.has(s));
      if (surfaces.some((s) => text.includes(s))) found.set(e.id, e);
    }
  }
  return [...found.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

const LOCATED: ExpandStep = { types: ['LOCATED_IN'], direction: 'out', labels: ['Region'] };

/**
 * Where an entity is, and for a region what is in it. Where: its own LOCATED_IN (MEASURED_IN for an outcome, the
 * enclosing region for a region). Else where the things it is made of or
 * carried out by are: its parts, platforms and implementers, and for a
 * measure or policy the places and located bodies, platforms and events its
 * text names (a programme's overseas stations).
 */
export async function placesOf(store: GraphStore, subject: EntityNode): Promise<PlacesAnswer> {
  const own: ExpandStep =
    subject.label === 'Outcome'
      ? { types: ['MEASURED_IN'], direction: 'out', labels: ['Region'] }
      : subject.label === 'Region'
        ? { types: ['PART_OF'], direction: 'out', labels: ['Region'] }
        : LOCATED;
  const direct = await reach(store, [subject], own);
  const contents =
    subject.label === 'Region' ? await reach(store, [subject], { types: ['LOCATED_IN', 'PART_OF'], direction: 'in', labels: ['Institution', 'Platform', 'Event', 'Region'] }) : [];
  if (direct.length) return { entity: entityRef(subject), places: direct, contents };

  const related = await reach(store, [subject], { types: ['PART_OF', 'OPERATES', 'IMPLEMENTS'], direction: 'both' });
  const named = await namedInText(store, subject);
  const places = new Map<string, LinkedItem>();
  for (const region of named.filter((e) => e.label === 'Region')) places.set(region.id, { entity: region, via: [], through: null, passages: [] });
  const carriers = [...related.map((r) => r.entity), ...named.filter((e) => e.label !== 'Region')];
  // Where every carrier is, in one read; the first carrier (in order) that reaches a place is the one named.
  const located = carriers.length ? await store.expand([...new Set(carriers.map((c) => c.id))], { ...LOCATED, perNode: LINK_FANOUT }) : { nodes: [], edges: [] };
  const regions = new Map(located.nodes.map((n) => [n.id, n]));
  for (const carrier of carriers) {
    const reached = new Map<string, LinkedItem>();
    for (const edge of located.edges.filter((e) => e.start === carrier.id)) {
      const place = reached.get(edge.end) ?? { entity: regions.get(edge.end)!, via: [], through: entityRef(carrier), passages: [] };
      place.via.push(relationView(edge, edge.end, carrier));
      reached.set(edge.end, place);
    }
    for (const place of [...reached.values()].sort(byId)) if (!places.has(place.entity.id)) places.set(place.entity.id, place);
  }
  return { entity: entityRef(subject), places: [...places.values()].sort(byId), contents };
}
