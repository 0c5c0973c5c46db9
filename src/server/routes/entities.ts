import type { QueryService } from '../../query/service.ts';
import { endpoint } from '../endpoint.ts';
import { EntityDetail, EntityList, EntitySearchQuery, IdParams, Neighbors, NeighborsQuery } from '../schemas.ts';

export const entityEndpoints = (service: QueryService) => [
  endpoint({
    method: 'get',
    path: '/entities',
    tag: 'entities',
    summary: 'Find entities by name or alias',
    description: 'Exact name first, then exact alias, then names and aliases starting with or containing the text.',
    query: EntitySearchQuery,
    response: EntityList,
    handle: ({ query }) => service.store.searchEntities(query),
  }),
  endpoint({
    method: 'get',
    path: '/entities/:id',
    tag: 'entities',
    summary: 'An entity: properties, aliases, relations grouped by type with evidence, documents',
    params: IdParams,
    response: EntityDetail,
    errors: [404],
    handle: ({ params }) => service.entityDetail(params.id),
  }),
  endpoint({
    method: 'get',
    path: '/entities/:id/neighbors',
    tag: 'entities',
    summary: 'The subgraph around an entity, up to 3 relations away',
    params: IdParams,
    query: NeighborsQuery,
    response: Neighbors,
    errors: [404],
    handle: ({ params, query }) => service.neighbors(params.id, query),
  }),
];
