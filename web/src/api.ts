// Typed calls to the query API; the response types come from the server's own schemas, so tsc keeps both sides in step.
import type { EntityLabel, RelationType } from '../../core/ontology.ts';
import type { z } from 'zod';
import type { SearchPassage, SearchResponse } from '../../src/search/hybrid.ts';
import type * as schemas from '../../src/server/schemas.ts';

type Answer<K extends keyof typeof schemas> = (typeof schemas)[K] extends z.ZodType ? z.output<(typeof schemas)[K]> : never;

export type Entity = Answer<'Entity'>;
export type EntityRef = Answer<'EntityRef'>;
export type Evidence = Answer<'Evidence'>;
export type EntityDetail = Answer<'EntityDetail'>;
export type RelationView = Answer<'RelationView'>;
export type TraceNode = Answer<'TraceNode'>;
export type Subgraph = Pick<Answer<'GraphOverview'>, 'nodes' | 'edges'>;
export type { EntityLabel, RelationType, SearchPassage };

async function get<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') query.set(key, String(value));
  const url = query.size ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.error?.message ?? `${response.status} ${response.statusText}`);
  return body as T;
}

export const api = {
  searchEntities: (q: string, limit = 10) =>
    get<Answer<'EntityList'>>('/api/entities', { q, limit }),
  entity: (id: string) => get<EntityDetail>(`/api/entities/${encodeURIComponent(id)}`),
  neighbors: (id: string, depth: number) => get<Answer<'Neighbors'>>(`/api/entities/${encodeURIComponent(id)}/neighbors`, { depth }),
  overview: () => get<Answer<'GraphOverview'>>('/api/graph'),
  searchPassages: (q: string, k = 8) => get<SearchResponse>('/api/search', { q, k, mode: 'hybrid' }),
  trace: (policyId: string) => get<TraceNode>(`/api/policies/${encodeURIComponent(policyId)}/trace`),
  outcomes: (indicator?: string) => get<Answer<'Outcomes'>>('/api/outcomes', { indicator }),
  document: (id: string) => get<Answer<'DocumentDetail'>>(`/api/documents/${encodeURIComponent(id)}`),
};
