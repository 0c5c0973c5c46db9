import type { QueryService } from '../../query/service.ts';
import { endpoint } from '../endpoint.ts';
import { IdParams, Implementers, ImplementersQuery, Measures, MeasuresQuery, Outcomes, OutcomesQuery, TraceNode } from '../schemas.ts';

export const policyEndpoints = (service: QueryService) => [
  endpoint({
    method: 'get',
    path: '/implementers',
    tag: 'policies',
    summary: 'Which bodies implement a measure (or a policy)',
    query: ImplementersQuery,
    response: Implementers,
    errors: [404],
    handle: ({ query }) => service.implementers(query.measure),
  }),
  endpoint({
    method: 'get',
    path: '/measures',
    tag: 'policies',
    summary: 'Measures an institution implements and/or that belong to a policy, with their implementers',
    query: MeasuresQuery,
    response: Measures,
    errors: [404],
    handle: ({ query }) => service.measures(query),
  }),
  endpoint({
    method: 'get',
    path: '/policies/:id/trace',
    tag: 'policies',
    summary: 'Policy -> measures and programmes -> implementers and platforms -> outcomes and targets, as a tree',
    params: IdParams,
    response: TraceNode,
    errors: [404],
    handle: ({ params }) => service.trace(params.id),
  }),
  endpoint({
    method: 'get',
    path: '/outcomes',
    tag: 'policies',
    summary: 'Measured results and targets, with what produced or targets them and where they were measured',
    query: OutcomesQuery,
    response: Outcomes,
    handle: ({ query: { limit, offset, ...filter } }) => service.outcomes(filter, { limit, offset }),
  }),
];
