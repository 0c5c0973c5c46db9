import type { AddressInfo } from 'node:net';
import { normalizeName } from '../../core/names.ts';
import { QueryService } from '../query/service.ts';
import { createApp } from '../server/app.ts';
import type { GraphStore } from '../../core/store.ts';
import type { GoldQuestion } from './gold.ts';

/** The question kinds answered through the query API (search has its own eval). */
export const QUESTION_KINDS = [
  'who_issued', 'who_implements', 'outcomes_of', 'platforms_of', 'located_in', 'events', 'part_of', 'cooperates', 'approved_by',
] as const;

export interface QuestionResult {
  id: string;
  kind: string;
  hit: boolean;
  /** The subject entity the API found, or null when the lookup found nothing. */
  subject: string | null;
  /** Names the API returned as the answer. */
  returned: string[];
}

export interface KindScore {
  kind: string;
  hits: number;
  total: number;
  rate: number;
}

export interface QuestionEval {
  backend: string;
  results: QuestionResult[];
  byKind: KindScore[];
  overall: KindScore;
}

interface Entity {
  id: string;
  label: string;
  name: string;
  aliases: string[];
  props: Record<string, unknown>;
}
interface RelationView {
  type: string;
  direction: 'in' | 'out';
  other: { id: string; label: string; name: string };
}
interface Detail {
  entity: Entity;
  relations: Record<string, RelationView[]>;
}
interface TraceNode {
  entity: Entity;
  children: TraceNode[];
}

type Get = <T>(path: string) => Promise<T | null>;

/** Names an answer may be given as: the entity's name and aliases; for an outcome also its figure as written, its value and its indicator. */
function answerNames(entity: Pick<Entity, 'name'> & Partial<Entity>): string[] {
  const names = [entity.name, ...(entity.aliases ?? [])];
  const { value, unit, figure, indicator, text, date } = entity.props ?? {};
  if (value !== undefined && value !== null) names.push(`${value}${unit ?? ''}`, String(value));
  if (typeof figure === 'string') names.push(figure);
  if (typeof indicator === 'string') names.push(indicator);
  if (typeof text === 'string') names.push(text);
  if (typeof date === 'string') names.push(date);
  return names;
}

const others = (detail: Detail, type: string, direction?: 'in' | 'out') =>
  (detail.relations[type] ?? []).filter((r) => !direction || r.direction === direction).map((r) => r.other);

/** The subject the way a user finds it: the name search, an exact name or alias first. */
async function findSubject(get: Get, subject: string): Promise<Entity | null> {
  const found = await get<{ items: Entity[] }>(`/api/entities?q=${encodeURIComponent(subject)}&limit=20`);
  const wanted = normalizeName(subject);
  const items = found?.items ?? [];
  return items.find((e) => [e.name, ...e.aliases].some((n) => normalizeName(n) === wanted)) ?? items[0] ?? null;
}

/** For each kind, the endpoint a researcher would call and the names it answers with. */
async function answer(get: Get, kind: string, subject: Entity): Promise<string[]> {
  const id = encodeURIComponent(subject.id);
  const detail = (await get<Detail>(`/api/entities/${id}`))!;
  const refs = (list: { id: string }[]) => Promise.all(list.map(async (r) => (await get<Detail>(`/api/entities/${encodeURIComponent(r.id)}`))!.entity));
  const names = (list: Pick<Entity, 'name'>[]) => list.flatMap((e) => answerNames(e));
  switch (kind) {
    case 'who_issued':
      return names(await refs(others(detail, 'ISSUED')));
    case 'approved_by':
      return names(await refs(others(detail, 'APPROVED', 'in')));
    case 'cooperates':
      return names(await refs(others(detail, 'COOPERATES_WITH')));
    case 'part_of':
      return names(await refs(others(detail, 'PART_OF', 'out')));
    case 'platforms_of':
      return names(await refs([...others(detail, 'OPERATES', 'out'), ...others(detail, 'PART_OF', 'in').filter((o) => o.label === 'Platform')]));
    case 'who_implements': {
      const answer = await get<{ implementers: { entity: Entity }[] }>(`/api/implementers?measure=${id}`);
      return names(await refs(answer?.implementers.map((i) => i.entity) ?? []));
    }
    case 'located_in': {
      const answer = await get<{ places: { entity: Entity }[]; contents: { entity: Entity }[] }>(`/api/entities/${id}/places`);
      return names([...(answer?.places ?? []), ...(answer?.contents ?? [])].map((p) => p.entity));
    }
    case 'outcomes_of': {
      if (subject.label === 'Policy') {
        const tree = await get<TraceNode>(`/api/policies/${id}/trace`);
        const outcomes: Entity[] = [];
        const walk = (node: TraceNode) => {
          if (node.entity.label === 'Outcome') outcomes.push(node.entity);
          node.children.forEach(walk);
        };
        if (tree) walk(tree);
        return names(outcomes);
      }
      if (subject.label === 'Region') {
        const found = await get<{ items: Entity[] }>(`/api/outcomes?region=${id}&limit=500`);
        return names(found?.items ?? []);
      }
      return names(await refs([...others(detail, 'PRODUCED', 'out'), ...others(detail, 'TARGETS', 'out')]));
    }
    case 'events': {
      // An event's own date answers "when"; its participants "who"; other events "which".
      const answer = await get<{ entity: Entity; participants: { entity: Entity }[]; events: { entity: Entity }[] }>(`/api/entities/${id}/events`);
      if (!answer) return [];
      const date = answer.entity.props.date;
      return [...(typeof date === 'string' ? [date] : []), ...names([...answer.participants, ...answer.events].map((l) => l.entity))];
    }
    default:
      throw new Error(`no API answer for question kind "${kind}"`);
  }
}

const score = (kind: string, results: QuestionResult[]): KindScore => {
  const hits = results.filter((r) => r.hit).length;
  return { kind, hits, total: results.length, rate: results.length ? hits / results.length : NaN };
};

/**
 * Answers each gold question (all kinds but search) by calling the query API
 * over real HTTP, as a user would, on an app started on an ephemeral loopback
 * port over `store`. A hit when an expected answer is among the returned names
 * (compared after name normalisation).
 */
export async function evalQuestions(store: GraphStore, questions: GoldQuestion[]): Promise<QuestionEval> {
  const server = createApp(new QueryService(store)).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get: Get = async (path) => {
    const res = await fetch(base + path);
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  try {
    const results: QuestionResult[] = [];
    for (const q of questions.filter((q) => (QUESTION_KINDS as readonly string[]).includes(q.kind))) {
      const subject = q.subject ? await findSubject(get, q.subject) : null;
      const returned = subject ? [...new Set(await answer(get, q.kind, subject))] : [];
      const keys = new Set(returned.map(normalizeName));
      results.push({ id: q.id, kind: q.kind, hit: q.answers.some((a) => keys.has(normalizeName(a))), subject: subject?.name ?? null, returned });
    }
    const byKind = QUESTION_KINDS.map((kind) => score(kind, results.filter((r) => r.kind === kind))).filter((s) => s.total > 0);
    return { backend: store.backend, results, byKind, overall: score('all', results) };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

export function formatQuestionEval({ backend, results, byKind, overall }: QuestionEval, { verbose = false } = {}): string {
  const cell = (s: KindScore) => `${s.kind.padEnd(15)} ${s.rate.toFixed(2)}  (${s.hits}/${s.total})`;
  const lines = [`question hit rate through the API (${backend} store)`, ...byKind.map(cell), cell(overall)];
  for (const r of results.filter((r) => !r.hit)) {
    const why = r.subject === null ? 'subject not found' : `subject ${r.subject}; returned ${r.returned.slice(0, verbose ? 50 : 6).join(' | ') || 'nothing'}`;
    lines.push(`  miss ${r.id} ${r.kind}: ${why}`);
  }
  return lines.join('\n');
}
