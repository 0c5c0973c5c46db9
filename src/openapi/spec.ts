import { z } from 'zod';
import type { AnyEndpoint } from '../server/endpoint.ts';
import { components } from '../server/schemas.ts';

type JsonSchema = Record<string, unknown>;

const REF = (id: string) => `#/components/schemas/${id}`;

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad input (the message says which parameter and why)',
  404: 'Unknown id or name',
  408: 'The query ran past its time limit',
  501: 'Not available on this store',
  503: 'The store is down',
};

/** A schema inline, or a reference when it is a named component. */
function schemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const id = components.get(schema)?.id;
  if (id) return { $ref: REF(id) };
  const { $schema: _drop, ...json } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return json;
}

function parameters(where: 'path' | 'query', shape: z.ZodObject | undefined) {
  if (!shape) return [];
  const json = z.toJSONSchema(shape, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, { description, ...schema }]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    ...(description ? { description } : {}),
    schema,
  }));
}

/** The OpenAPI 3.1 document of the API, made from the endpoints' zod schemas. */
export function openApiDocument(endpoints: AnyEndpoint[], info: { title: string; version: string }) {
  const { schemas } = z.toJSONSchema(components, { io: 'output', uri: REF, unrepresentable: 'any' }) as { schemas: Record<string, JsonSchema> };
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of endpoints) {
    const path = `/api${e.path.replace(/:(\w+)/g, '{$1}')}`;
    const errors = [400, ...(e.errors ?? []), 503];
    paths[path] ??= {};
    paths[path][e.method] = {
      tags: [e.tag],
      summary: e.summary,
      ...(e.description ? { description: e.description } : {}),
      operationId: `${e.method}${path.replace(/[^A-Za-z0-9]+(\w)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
      parameters: [...parameters('path', e.params), ...parameters('query', e.query)],
      ...(e.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(e.body, 'input') } } } } : {}),
      responses: {
        200: {
          description: e.csv ? 'OK; with format=csv, the same table as CSV (UTF-8 with a byte-order mark)' : 'OK',
          content: {
            'application/json': { schema: schemaOf(e.response, 'output') },
            ...(e.csv ? { 'text/csv': { schema: { type: 'string' } } } : {}),
          },
        },
        ...Object.fromEntries(
          errors.map((status) => [status, { description: STATUS_TEXT[status], content: { 'application/json': { schema: { $ref: REF('Error') } } } }]),
        ),
      },
    };
  }
  return { openapi: '3.1.0', info, paths, components: { schemas } };
}
