// Typed calls to the query API; the response types come from the server's own schemas, so tsc keeps both sides in step.
import type { EntityLabel, RelationType } from '../../core/ontology.ts';
import type { z } from 'zod';
import type { SearchPassage, SearchResponse } from '../../src/search/hybrid.ts';
import type * as schemas from '../../src/server/schemas.ts';
import type * as analysisSchemas from '../../src/server/analysis-schemas.ts';

type Answer<K extends keyof typeof schemas> = (typeof schemas)[K] extends z.ZodType ? z.output<(typeof schemas)[K]> : never;
type AnalysisAnswer<K extends keyof typeof analysisSchemas> = (typeof analysisSchemas)[K] extends z.ZodType ? z.output<(typeof analysisSchemas)[K]> : never;

export type Entity = Answer<'Entity'>;
export type EntityRef = Answer<'EntityRef'>;
export type Evidence = Answer<'Evidence'>;
export type EntityDetail = Answer<'EntityDetail'>;
export type RelationView = Answer<'RelationView'>;
export type TraceNode = Answer<'TraceNode'>;
export type Subgraph = Pick<Answer<'GraphOverview'>, 'nodes' | 'edges'>;
export type FoldedOverview = AnalysisAnswer<'FoldedOverview'>;
export type InstrumentTable = AnalysisAnswer<'InstrumentTable'>;
export type CodedMeasure = AnalysisAnswer<'CodedMeasure'>;
export type Timeline = AnalysisAnswer<'Timeline'>;
export type PolicyList = AnalysisAnswer<'PolicyList'>;
export type { EntityLabel, RelationType, SearchPassage };

/** The API URL of an answer, e.g. for a CSV download link. */
export function apiUrl(path: string, params: Record<string, string | number | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') query.set(key, String(value));
  return query.size ? `${path}?${query}` : path;
}

async function get<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const url = apiUrl(path, params);
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
  overview: (limit = 300) => get<FoldedOverview>('/api/graph/overview', { limit }),
  instruments: (groupBy: 'region' | 'year' | 'issuer' | 'document') => get<InstrumentTable>('/api/analytics/instruments', { groupBy }),
  timeline: (entity: string) => get<Timeline>('/api/timeline', { entity }),
  policies: (inForce?: string) => get<PolicyList>('/api/policies', { inForce }),
  searchPassages: (q: string, k = 8) => get<SearchResponse>('/api/search', { q, k, mode: 'hybrid' }),
  trace: (policyId: string) => get<TraceNode>(`/api/policies/${encodeURIComponent(policyId)}/trace`),
  outcomes: (indicator?: string) => get<Answer<'Outcomes'>>('/api/outcomes', { indicator }),
  documents: () => get<Answer<'DocumentList'>>('/api/documents'),
  document: (id: string) => get<Answer<'DocumentDetail'>>(`/api/documents/${encodeURIComponent(id)}`),
};
