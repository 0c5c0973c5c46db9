import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import { NotFoundError } from '../query/service.ts';
import { EmbedderError } from '../search/embedder.ts';
import { SearchError } from '../search/hybrid.ts';
import { QueryRefusedError, QueryTimeoutError, UnsupportedOperationError, type StoreHealth } from '../../core/store.ts';
import { BudgetExceededError } from '../../core/budget.ts';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const unknownRoute: RequestHandler = (req, _res, next) =>
  next(new HttpError(404, 'not_found', `no route for ${req.method} ${req.path}`));

function known(error: unknown): HttpError | null {
  if (error instanceof HttpError) return error;
  if (error instanceof ZodError) {
    const message = error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
    return new HttpError(400, 'bad_request', message, error.issues);
  }
  if (error instanceof NotFoundError) return new HttpError(404, 'not_found', error.message);
  if (error instanceof SearchError) return new HttpError(400, 'bad_request', error.message);
  if (error instanceof EmbedderError) return new HttpError(503, 'model_unavailable', error.message);
  if (error instanceof QueryRefusedError) return new HttpError(400, error.code, error.message);
  if (error instanceof QueryTimeoutError) return new HttpError(408, 'timeout', error.message);
  if (error instanceof BudgetExceededError) return new HttpError(503, 'over_budget', error.message);
  if (error instanceof UnsupportedOperationError) return new HttpError(501, 'not_implemented', error.message);
  return clientError(error);
}

/** Codes for the client errors Express and its body parser raise, by their `type` or status. */
const CLIENT_ERROR_CODES: Record<number, string> = { 400: 'bad_request', 403: 'forbidden', 413: 'too_large', 415: 'unsupported_media_type' };

/**
 * An error Express or its body parser raised with its own 4xx status
 * (malformed percent-encoding in a path parameter, a body that is not valid
 * JSON, an unsupported charset or content encoding, a gzip body that is not
 * gzip…), kept as that status with a message that says what was wrong.
 */
function clientError(error: unknown): HttpError | null {
  const { status, statusCode, type, message } = (error ?? {}) as { status?: unknown; statusCode?: unknown; type?: string; message?: string };
  const code = Number(status ?? statusCode);
  if (!Number.isInteger(code) || code < 400 || code > 499) return null;
  if (type === 'entity.parse.failed') return new HttpError(400, 'bad_request', 'request body is not valid JSON');
  if (type === 'entity.too.large') return new HttpError(413, 'too_large', 'request body is too large');
  if (error instanceof URIError) return new HttpError(400, 'bad_request', `malformed percent-encoding in the path: ${message?.replace(/^Failed to decode param /, '')}`);
  const text = code === 400 && !type ? `request body could not be decoded (${message}): check its Content-Encoding` : (message ?? 'bad request');
  return new HttpError(code, CLIENT_ERROR_CODES[code] ?? 'bad_request', text);
}

/**
 * One error shape for every failure: {"error":{"code","message","details"}};
 * never a stack trace. An unexpected error while the store reports itself down
 * is a 503, anything else unexpected a 500.
 */
export const errorHandler =
  (storeHealth: () => Promise<StoreHealth>): ErrorRequestHandler =>
  async (error, _req, res, _next) => {
    let http = known(error);
    if (!http) {
      const health = await storeHealth().catch((e: Error) => ({ ok: false, detail: e.message }) as StoreHealth);
      if (!health.ok) http = new HttpError(503, 'store_unavailable', `the graph store is unavailable${health.detail ? `: ${health.detail}` : ''}`);
      else {
        console.error(`internal error: ${error instanceof Error ? error.message : String(error)}`);
        http = new HttpError(500, 'internal', 'internal error');
      }
    }
    const body: Record<string, unknown> = { code: http.code, message: http.message };
    if (http.details !== undefined) body.details = http.details;
    res.status(http.status).json({ error: body });
  };
