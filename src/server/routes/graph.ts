import type { QueryService } from '../../query/service.ts';
import { endpoint } from '../endpoint.ts';
import { GraphOverview } from '../schemas.ts';

/** GET /api/graph: every entity and every relation, one edge per type and pair whichever documents state it, for the explorer's overview. */
export const graphEndpoints = (service: QueryService) => [
  endpoint({
    method: 'get',
    path: '/graph',
    tag: 'explore',
    summary: 'The whole entity graph, one edge per type and pair',
    response: GraphOverview,
    handle: () => service.graph(),
  }),
];
