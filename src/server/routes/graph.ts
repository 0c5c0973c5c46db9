import type { QueryService } from '../../query/service.ts';
import type { RelationEdge } from '../../../core/store.ts';
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
    handle: async () => {
      const { nodes, edges } = await service.store.relationGraph();
      const distinct = new Map<string, Pick<RelationEdge, 'id' | 'type' | 'start' | 'end'>>();
      for (const { id, type, start, end } of edges) {
        const key = `${type}|${start}|${end}`;
        if (!distinct.has(key)) distinct.set(key, { id, type, start, end });
      }
      return { nodes, edges: [...distinct.values()] };
    },
  }),
];
