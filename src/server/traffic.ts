import type { Request, RequestHandler, Response } from 'express';
import { HttpError } from './errors.ts';

/** Who a request counts against: its API key when it has one, else its address. */
const clientOf = (req: Request, res: Response): string => res.locals.client ?? `ip:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`;

export interface RateLimit {
  /** Requests a second each client may make on average. */
  perSecond: number;
  /** Requests a client may make at once after being idle. */
  burst: number;
}

/** Idle clients are forgotten after this long, so the table does not grow with every address seen. */
const FORGET_MS = 10 * 60_000;

/**
 * A token bucket per client: `burst` requests at once, refilled at
 * `perSecond`. A client over its rate gets 429 with Retry-After.
 */
export function rateLimit({ perSecond, burst }: RateLimit, now: () => number = () => performance.now()): RequestHandler {
  const buckets = new Map<string, { tokens: number; at: number }>();
  let swept = now();
  return (req, res, next) => {
    const t = now();
    if (t - swept > FORGET_MS) {
      for (const [client, bucket] of buckets) if (t - bucket.at > FORGET_MS) buckets.delete(client);
      swept = t;
    }
    const client = clientOf(req, res);
    const bucket = buckets.get(client) ?? { tokens: burst, at: t };
    bucket.tokens = Math.min(burst, bucket.tokens + ((t - bucket.at) / 1000) * perSecond);
    bucket.at = t;
    buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return next();
    }
    const wait = Math.ceil((1 - bucket.tokens) / perSecond);
    res.setHeader('Retry-After', String(wait));
    next(new HttpError(429, 'too_many_requests', `more than ${perSecond} requests a second from this client; retry in ${wait} s`));
  };
}

/**
 * One JSON line a request once it is answered: time, method, path (without the
 * query string, which may hold a user's question), status, milliseconds and
 * client. `write` receives each line.
 */
export function accessLog(write: (line: string) => void): RequestHandler {
  return (req, res, next) => {
    const began = performance.now();
    res.on('finish', () => {
      write(
        JSON.stringify({
          time: new Date().toISOString(),
          method: req.method,
          path: req.originalUrl.split('?')[0],
          status: res.statusCode,
          ms: Math.round((performance.now() - began) * 10) / 10,
          client: clientOf(req, res),
        }),
      );
    });
    next();
  };
}
