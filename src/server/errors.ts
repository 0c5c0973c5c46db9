import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';

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

export const notFound = (what: string) => new HttpError(404, 'not_found', `${what} not found`);

export const unknownRoute: RequestHandler = (req, _res, next) =>
  next(new HttpError(404, 'not_found', `no route for ${req.method} ${req.path}`));

/** One error shape for every failure: {"error":{"code","message","details"}}; never a stack trace. */
export const errorHandler: ErrorRequestHandler = (error, _req, res, _next) => {
  let http: HttpError;
  if (error instanceof HttpError) http = error;
  else if (error instanceof ZodError) {
    const message = error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
    http = new HttpError(400, 'bad_request', message, error.issues);
  } else if (error?.type === 'entity.parse.failed') http = new HttpError(400, 'bad_request', 'request body is not valid JSON');
  else {
    console.error(`internal error: ${error instanceof Error ? error.message : String(error)}`);
    http = new HttpError(500, 'internal', 'internal error');
  }
  const body: Record<string, unknown> = { code: http.code, message: http.message };
  if (http.details !== undefined) body.details = http.details;
  res.status(http.status).json({ error: body });
};
