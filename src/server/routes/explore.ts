import type { QueryService } from '../../query/service.ts';
import { endpoint } from '../endpoint.ts';
import { Centrality, CentralityQuery, Communities, CommunitiesQuery, Paths, PathsQuery } from '../schemas.ts';

export const exploreEndpoints = (service: QueryService) => [
  endpoint({
    method: 'get',
    path: '/paths',
    tag: 'explore',
    summary: 'Shortest paths between two entities (relations in either direction)',
    description:
      'Over facts: the relations of one type between two entities count once, with the evidence of each document that states them. ' +
      'The first `k` paths in the order of their facts\' ids; `truncated` when there are more.',
    query: PathsQuery,
    response: Paths,
    errors: [404],
    handle: ({ query }) => service.paths(query.from, query.to, query.maxHops, query.k),
  }),
  endpoint({
    method: 'get',
    path: '/analytics/centrality',
    tag: 'explore',
    summary: 'Entities ranked by PageRank over the relation graph',
    query: CentralityQuery,
    response: Centrality,
    handle: ({ query }) => service.centrality(query.label, query.limit),
  }),
  endpoint({
    method: 'get',
    path: '/analytics/communities',
    tag: 'explore',
    summary: 'Louvain communities of the relation graph, largest first',
    query: CommunitiesQuery,
    response: Communities,
    handle: ({ query }) => service.communities(query.limit, query.members),
  }),
];
