import { LIFECYCLE_FIELDS } from '../../../core/lifecycle.ts';
import type { InstrumentCoder } from '../../query/analysis/classify.ts';
import { compare } from '../../query/analysis/compare.ts';
import { instrumentTable } from '../../query/analysis/instruments.ts';
import { cachedOverview } from '../../query/analysis/overview.ts';
import { policyList } from '../../query/analysis/policies.ts';
import { timeline } from '../../query/analysis/timeline.ts';
import type { QueryService } from '../../query/service.ts';
import {
  Classification,
  ClassifyBody,
  CompareQuery,
  Comparison,
  FoldedOverview,
  InstrumentTable,
  InstrumentTableQuery,
  OverviewQuery,
  PoliciesQuery,
  PolicyList,
  Timeline,
  TimelineQuery,
} from '../analysis-schemas.ts';
import { endpoint } from '../endpoint.ts';

const today = () => new Date().toISOString().slice(0, 10);
const names = (items: { name: string }[]) => items.map((i) => i.name).join('；');

export const analysisEndpoints = (service: QueryService, coder: InstrumentCoder, overview = cachedOverview(service.store)) => [
  endpoint({
    method: 'get',
    path: '/graph/overview',
    tag: 'explore',
    summary: "The explorer's first view: outcomes folded into their subjects, the most central entities first, at most `limit`",
    query: OverviewQuery,
    response: FoldedOverview,
    handle: ({ query }) => overview(query.limit),
  }),
  endpoint({
    method: 'post',
    path: '/instruments/classify',
    tag: 'analysis',
    summary: 'Code a measure by policy instrument: category (supply, environment, demand) and tool, with the nearest coded examples',
    body: ClassifyBody,
    response: Classification,
    handle: ({ body }) => coder.classify(body),
  }),
  endpoint({
    method: 'get',
    path: '/analytics/instruments',
    tag: 'analysis',
    summary: 'Instrument mix of the measures by region, year, issuer or document: counts and shares, each cell with its measures and their evidence',
    query: InstrumentTableQuery,
    response: InstrumentTable,
    handle: ({ query }) => instrumentTable(service.store, query.groupBy),
    csv: (table) => ({
      name: `instruments-by-${table.groupBy}`,
      header: ['group_key', 'group', 'category', 'tool', 'count', 'share', 'measures', 'measure_ids'],
      rows: table.groups.flatMap((g) =>
        g.cells.map((c) => [g.key, g.name, c.category, c.tool, c.count, c.share, names(c.measures), c.measures.map((m) => m.id).join(';')]),
      ),
    }),
  }),
  endpoint({
    method: 'get',
    path: '/policies',
    tag: 'analysis',
    summary: 'Policies with their life cycle (issued, adopted, effective, amended, repealed, expires); with inForce, those in force on that day',
    query: PoliciesQuery,
    response: PolicyList,
    handle: ({ query }) => policyList(service.store, query, today()),
    varies: today,
    csv: (list) => ({
      name: list.inForce ? `policies-in-force-${list.inForce}` : 'policies',
      header: ['policy_id', 'policy', 'kind', 'status', 'basis', ...LIFECYCLE_FIELDS],
      rows: list.items.map((p) => [
        p.entity.id, p.entity.name, p.kind, p.status, p.basis,
        ...LIFECYCLE_FIELDS.map((f) => p.dates.find((d) => d.field === f)?.date ?? null),
      ]),
    }),
  }),
  endpoint({
    method: 'get',
    path: '/timeline',
    tag: 'analysis',
    summary: 'Dated policies, events and outcomes around an entity, oldest first, each with how it is linked and its evidence',
    query: TimelineQuery,
    response: Timeline,
    errors: [404],
    handle: async ({ query }) => timeline(service.store, await service.resolve(query.entity), query),
    csv: (line) => ({
      name: `timeline-${line.entity.name}`,
      header: ['date', 'kind', 'label', 'entity_id', 'entity', 'detail', 'via', 'through', 'sentence', 'doc', 'start', 'end'],
      rows: line.items.map((i) => [
        i.date, i.kind, i.entity.label, i.entity.id, i.entity.name, i.detail, i.via?.type ?? null, i.through?.name ?? null,
        i.evidence?.sentence ?? null, i.evidence?.doc ?? null, i.evidence?.start ?? null, i.evidence?.end ?? null,
      ]),
    }),
  }),
  endpoint({
    method: 'get',
    path: '/compare',
    tag: 'analysis',
    summary: 'Measures and instruments one region, body or policy has and the other lacks',
    query: CompareQuery,
    response: Comparison,
    errors: [404],
    handle: async ({ query }) => {
      const kinds = ['Region', 'Institution', 'Policy'] as const;
      return compare(service.store, await service.resolve(query.a, [...kinds]), await service.resolve(query.b, [...kinds]));
    },
    csv: (c) => ({
      name: `compare-${c.a.entity.name}-${c.b.entity.name}`,
      header: ['category', 'tool', 'a', 'a_count', 'a_share', 'b', 'b_count', 'b_share', 'only_in'],
      rows: c.tools.map((t) => [
        t.category, t.tool, c.a.entity.name, t.a.count, t.a.share, c.b.entity.name, t.b.count, t.b.share,
        t.only ? (t.only === 'a' ? c.a.entity.name : c.b.entity.name) : null,
      ]),
    }),
  }),
];
