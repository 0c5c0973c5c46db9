import type { QueryService } from '../../query/service.ts';
import { endpoint } from '../endpoint.ts';
import { EntityDetail, EntityDetailQuery, EntityList, EntitySearchQuery, Events, IdParams, Neighbors, NeighborsQuery, Places } from '../schemas.ts';

export const entityEndpoints = (service: QueryService) => [
  endpoint({
    method: 'get',
    path: '/entities',
    tag: 'entities',
    summary: 'Find entities by name or alias',
    description:
      'Exact name first, then exact alias, then names and aliases starting with or containing the text; when nothing matches, the entities whose whole name the text ends with (a name given more fully than the documents give it).',
    query: EntitySearchQuery,
    response: EntityList,
    handle: ({ query }) => service.searchEntities(query),
  }),
  endpoint({
    method: 'get',
    path: '/entities/:id',
    tag: 'entities',
    summary: 'An entity: properties, aliases, a page of its relations of each type with evidence and how many there are, documents',
    description:
      'A hub with thousands of relations answers with the counts and the first `limit` of each type; `offset` pages on. Likewise for its documents: `documents` titles the `limit` from `offset` on and those the listed relations quote.',
    params: IdParams,
    query: EntityDetailQuery,
    response: EntityDetail,
    errors: [404],
    handle: ({ params, query }) => service.entityDetail(params.id, query),
  }),
  endpoint({
    method: 'get',
    path: '/entities/:id/neighbors',
    tag: 'entities',
    summary: 'The subgraph around an entity, up to 3 relations away, at most `fanout` relations followed from each entity',
    params: IdParams,
    query: NeighborsQuery,
    response: Neighbors,
    errors: [404],
    handle: ({ params, query }) => service.neighbors(params.id, query),
  }),
  endpoint({
    method: 'get',
    path: '/entities/:id/events',
    tag: 'entities',
    summary: "An entity's events; for an event, its date, participants and the events named with it",
    params: IdParams,
    response: Events,
    errors: [404],
    handle: ({ params }) => service.events(params.id),
  }),
  endpoint({
    method: 'get',
    path: '/entities/:id/places',
    tag: 'entities',
    summary: 'Where an entity is (its own LOCATED_IN, else where its parts, implementers and the things its text names are); for a region, what is in it',
    params: IdParams,
    response: Places,
    errors: [404],
    handle: ({ params }) => service.places(params.id),
  }),
];
