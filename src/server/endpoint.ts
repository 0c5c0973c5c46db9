import { Router, type Request, type Response } from 'express';
import type { z } from 'zod';
import { csvTable, type CsvValue } from '../export/csv.ts';

/** A table an endpoint can also answer as CSV: the file name offered for download, the header and the rows. */
export interface CsvTable {
  name: string;
  header: string[];
  rows: CsvValue[][];
}
import { budgetExceeded, withBudget } from '../../core/budget.ts';
import type { Scope } from './access.ts';
import { HttpError } from './errors.ts';
import type { AnswerCache, CachedAnswer } from './answer-cache.ts';

type Shape = z.ZodObject | undefined;
type Parsed<S> = S extends z.ZodType ? z.output<S> : Record<string, never>;

/**
 * One HTTP endpoint: its zod schemas for the path, the query, the body and the
 * answer, and its handler. The router and the OpenAPI document are both made
 * from these, so the documentation cannot drift from what is validated.
 */
export interface Endpoint<P extends Shape = Shape, Q extends Shape = Shape, B extends z.ZodType | undefined = z.ZodType | undefined, R extends z.ZodType = z.ZodType> {
  method: 'get' | 'post';
  /** Express-style path under /api, e.g. /entities/:id */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  /** Error statuses this endpoint can answer besides 400 and 503. */
  errors?: number[];
  /** The answer as a table, sent as CSV when the query asks `format=csv` (the query schema then has `format`). */
  csv?: (answer: z.input<R>) => CsvTable;
  /** What the answer depends on besides the request and the graph (the day, for one), so that a kept answer is one for the same value. */
  varies?: () => string;
  /** `write` for endpoints that change the graph: with API keys configured they need a write key. Default `read`. */
  scope?: Scope;
  handle(input: { params: Parsed<P>; query: Parsed<Q>; body: Parsed<B> }): Promise<z.input<R>>;
}

export type AnyEndpoint = Endpoint<any, any, any, any>;

/** Typed constructor: the handler's input and output are checked against the schemas at compile time. */
export const endpoint = <P extends Shape, Q extends Shape, B extends z.ZodType | undefined, R extends z.ZodType>(spec: Endpoint<P, Q, B, R>) =>
  spec as AnyEndpoint;

/** Grace after the budget before the server stops waiting for a handler that does not check it. */
const GRACE_MS = 1000;

/** Settles with what `run` gives, or fails with the budget's error once `ms` have passed. */
function within<T>(ms: number, run: () => Promise<T>): Promise<T> {
  const work = run();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(budgetExceeded()), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Routes for the endpoints; parsed values are kept apart from Express's
 * read-only req.query. Each request runs within a time budget of `budgetMs`
 * (see core/budget.ts): queries stop themselves when it is spent, and the
 * answer is a 503 in the error shape. With a cache, a GET answer is kept for
 * as long as the store's revision stays the one read before computing it
 * (header `X-KG-Cache: hit` or `miss`).
 */
export function mount(endpoints: AnyEndpoint[], { budgetMs, cache }: { budgetMs: number; cache: AnswerCache | null }): Router {
  const router = Router();
  for (const e of endpoints) {
    router[e.method](e.path, async (req, res) => {
      if (e.scope === 'write' && res.locals.scope !== 'write') throw new HttpError(403, 'forbidden', 'this request changes the graph and the API key is read-only');
      const params = e.params ? e.params.parse(req.params) : {};
      const query = e.query ? e.query.parse(req.query) : {};
      if (e.body && hasBody(req) && !req.is('application/json')) {
        throw new HttpError(415, 'unsupported_media_type', `send the body as application/json, not ${req.headers['content-type'] ?? 'without a Content-Type'}`);
      }
      const body = e.body ? e.body.parse(req.body ?? {}) : {};
      const cached = cache && e.method === 'get';
      // The key is the request as validated (defaults filled, unknown parameters gone), so that junk in a URL neither misses nor adds entries.
      const key = cached ? JSON.stringify([e.path, params, query, e.varies?.() ?? null]) : '';
      const wire = await withBudget(budgetMs, () =>
        within(budgetMs + GRACE_MS, async (): Promise<[CachedAnswer, 'hit' | 'miss' | undefined]> => {
          const compute = async () => {
            const answer = await e.handle({ params, query, body });
            // An answer that says it is degraded (search without its model, say) is not kept: the next request may do better.
            return { answer: onTheWire(e, query, answer), keep: !hasWarning(answer) };
          };
          if (!cached) return [(await compute()).answer, undefined];
          return cache.answer(key, await cache.revision(), compute);
        }),
      );
      send(res, ...wire);
    });
  }
  return router;
}

/** The answer serialised: JSON, or CSV when the endpoint has a table and the query asks for it. */
function onTheWire(e: AnyEndpoint, query: object, answer: unknown): CachedAnswer {
  if (e.csv && (query as { format?: string }).format === 'csv') {
    const table = e.csv(answer);
    return {
      contentType: 'text/csv; charset=utf-8',
      filename: `${table.name}.csv`,
      body: Buffer.from(csvTable(table.header, table.rows)),
    };
  }
  return { contentType: 'application/json; charset=utf-8', body: Buffer.from(JSON.stringify(answer)) };
}

const hasWarning = (answer: unknown) => typeof answer === 'object' && answer !== null && 'warning' in answer && Boolean((answer as { warning?: unknown }).warning);

function send(res: Response, answer: CachedAnswer, cacheState: 'hit' | 'miss' | undefined): void {
  if (cacheState) res.setHeader('X-KG-Cache', cacheState);
  if (answer.filename) res.attachment(answer.filename);
  res.setHeader('Content-Type', answer.contentType);
  res.send(answer.body);
}

const hasBody = (req: Request) => req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
