import type { QueryService } from '../../query/service.ts';
import { endpoint } from '../endpoint.ts';
import { CypherAnswer, CypherBody, DocumentDetail, DocumentList, IdParams } from '../schemas.ts';

export const documentEndpoints = (service: QueryService) => [
  endpoint({
    method: 'get',
    path: '/documents',
    tag: 'documents',
    summary: 'The ingested documents',
    response: DocumentList,
    handle: () => service.documents(),
  }),
  endpoint({
    method: 'get',
    path: '/documents/:id',
    tag: 'documents',
    summary: 'A document: its text and the entities it mentions',
    params: IdParams,
    response: DocumentDetail,
    errors: [404],
    handle: ({ params }) => service.document(params.id),
  }),
];

export const cypherEndpoints = (service: QueryService) => [
  endpoint({
    method: 'post',
    path: '/cypher',
    tag: 'cypher',
    summary: 'Read-only Cypher (Neo4j store only)',
    description:
      'Runs in a READ session with a timeout and a row limit; values go in `params`. Queries only: reading clauses and the read procedures of an allow-list (full-text and vector index queries, schema listing); anything that writes and every administration command (SHOW, TERMINATE, USE…) is refused with 400. ' +
      'The embedded store answers 501.',
    body: CypherBody,
    response: CypherAnswer,
    errors: [408, 501],
    handle: ({ body }) => service.cypher(body),
  }),
];
