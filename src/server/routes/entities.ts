import type { QueryService } from '../../query/service.ts';
import { endpoint } from '../endpoint.ts';
import { z } from 'zod';
import { components, Entity, EntityDetail, EntityList, EntityRef, EntitySearchQuery, Evidence, IdParams, Neighbors, NeighborsQuery, RelationView } from '../schemas.ts';

const Linked = z.object({
  entity: Entity,
  via: z.array(RelationView).describe('the relations that lead to it, from the subject or from `through`'),
  through: EntityRef.nullable().describe('the entity it was reached through, when not linked to the subject itself'),
  passages: z.array(Evidence).describe('passages that name it beside the subject or under its heading'),
});
const Events = z.object({
  entity: Entity,
  participants: z.array(Linked).describe('for an event: the bodies that took part in it or guided it'),
  events: z.array(Linked).describe('events linked by a relation; for an event, the events its passages name'),
});
const Places = z.object({
  entity: EntityRef,
  places: z.array(Linked),
  contents: z.array(Linked).describe('for a region: the bodies, platforms, events and regions located in it'),
});
components.add(Linked, { id: 'Linked' }).add(Events, { id: 'Events' }).add(Places, { id: 'Places' });

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
