import { forceOn, LIFECYCLE_EVIDENCE, LIFECYCLE_FIELDS, type ForceStatus, type LifecycleField } from '../../../core/lifecycle.ts';
import type { EntityNode, GraphStore } from '../../../core/store.ts';
import { entityRef, relationView, type EntityRef, type Evidence, type RelationView } from '../views.ts';
import { SentenceLocator } from './sentences.ts';

export interface DatedFact {
  field: LifecycleField;
  date: string;
  evidence: Evidence | null;
}

export interface PolicyLifecycle {
  entity: EntityRef;
  kind: string | null;
  dates: DatedFact[];
  /** On the day asked (or today when none was): in force, not yet, ended, a draft, or undated. */
  status: ForceStatus;
  basis: string;
  /** AMENDS and REPLACES, either way. */
  links: RelationView[];
}

export interface PolicyList {
  /** The day asked; the answer then holds only the policies in force on it. */
  inForce: string | null;
  total: number;
  /** Policies left out of an inForce answer, by why: not yet in force, ended, drafts, no date stated. */
  excluded: Partial<Record<ForceStatus, number>>;
  items: PolicyLifecycle[];
}

/** "effective 2016-01-01: 本条例自…起施行。" -> the sentence. */
const sentenceOf = (line: string) => line.slice(line.indexOf(': ') + 2);

async function lifecycleOf(store: GraphStore, locator: SentenceLocator, policy: EntityNode, day: string): Promise<PolicyLifecycle> {
  const lines = Array.isArray(policy.props[LIFECYCLE_EVIDENCE]) ? (policy.props[LIFECYCLE_EVIDENCE] as string[]) : [];
  const dates: DatedFact[] = [];
  for (const field of LIFECYCLE_FIELDS) {
    const date = policy.props[field];
    if (typeof date !== 'string') continue;
    const line = lines.find((l) => l.startsWith(`${field} `));
    dates.push({ field, date, evidence: line ? await locator.locate(policy, sentenceOf(line)) : null });
  }
  const { nodes, edges } = await store.expand([policy.id], { types: ['AMENDS', 'REPLACES'], direction: 'both', labels: ['Policy'] });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links = edges.map((e) => relationView(e, policy.id, byId.get(e.start === policy.id ? e.end : e.start)!));
  return {
    entity: entityRef(policy),
    kind: typeof policy.props.kind === 'string' ? policy.props.kind : null,
    dates,
    ...forceOn(policy.name, policy.props, day),
    links,
  };
}

const dateProp = (p: EntityNode, field: LifecycleField) => (typeof p.props[field] === 'string' ? (p.props[field] as string) : null);
const startOf = (p: EntityNode) => dateProp(p, 'effective') ?? dateProp(p, 'adopted') ?? dateProp(p, 'issued') ?? '';

/**
 * Policies with their life cycle. With `inForce`, only those in force on that
 * day, latest start first, and how many were left out and why; without it,
 * every policy whose texts date it, with its status today.
 */
export async function policyList(store: GraphStore, query: { inForce?: string; limit: number; offset: number }, today: string): Promise<PolicyList> {
  const day = query.inForce ?? today;
  const policies = await store.entitiesByLabel('Policy');
  const statuses = policies.map((p) => ({ policy: p, ...forceOn(p.name, p.props, day) }));
  const excluded: PolicyList['excluded'] = {};
  const kept = statuses.filter((s) => {
    const keep = query.inForce ? s.status === 'in_force' : s.status !== 'undated';
    if (!keep) excluded[s.status] = (excluded[s.status] ?? 0) + 1;
    return keep;
  });
  kept.sort(({ policy: a }, { policy: b }) =>
    startOf(a) < startOf(b) ? 1 : startOf(a) > startOf(b) ? -1 : a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1,
  );
  const locator = new SentenceLocator(store);
  const page = kept.slice(query.offset, query.offset + query.limit);
  return { inForce: query.inForce ?? null, total: kept.length, excluded, items: await Promise.all(page.map((s) => lifecycleOf(store, locator, s.policy, day))) };
}
