import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import type { ApiKey, Scope } from '../config.ts';
import { HttpError } from './errors.ts';

export type { Scope } from '../config.ts';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** The key a request presents: `Authorization: Bearer <key>` or `X-API-Key: <key>`. */
function presented(req: Request): string | undefined {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
  const header = req.headers['x-api-key'];
  return bearer ?? (typeof header === 'string' ? header.trim() : undefined);
}

/**
 * API keys, when any are configured (KG_API_KEYS): every request under the
 * router needs one; its scope goes in `res.locals.scope` for the endpoints
 * that write (see mount()). Keys are compared by their digests in constant
 * time. Without keys the API is open, as on a laptop.
 */
export function requireKey(keys: ApiKey[]): RequestHandler {
  const known = keys.map(({ key, scope }) => ({ digest: digest(key), scope }));
  return (req, res, next) => {
    if (!known.length) {
      res.locals.scope = 'write' satisfies Scope;
      return next();
    }
    const given = presented(req);
    const match = given === undefined ? undefined : known.find((k) => timingSafeEqual(k.digest, digest(given)));
    if (!match) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      return next(new HttpError(401, 'unauthorized', given === undefined ? 'this server needs an API key: send Authorization: Bearer <key> or X-API-Key' : 'the API key is not valid'));
    }
    res.locals.scope = match.scope;
    res.locals.client = `key:${digest(given!).toString('hex').slice(0, 12)}`;
    next();
  };
}

/**
 * Only requests whose Host header names one of `hosts` (any port) are served,
 * so a web page cannot reach a loopback server through a DNS name it controls
 * (DNS rebinding). An empty list accepts any host.
 */
export function allowHosts(hosts: string[]): RequestHandler {
  const allowed = new Set(hosts.map((h) => h.toLowerCase()));
  return (req, _res, next) => {
    if (!allowed.size) return next();
    const host = (req.headers.host ?? '').toLowerCase().replace(/:\d+$/, '');
    if (allowed.has(host)) return next();
    next(new HttpError(403, 'host_not_allowed', `this server does not answer for host "${host}" (KG_ALLOWED_HOSTS)`));
  };
}

/**
 * Security headers for every answer (what helmet sets, written out: they are
 * few): no MIME sniffing, no framing, no referrer, same-origin isolation, and a
 * content security policy that allows only this server's own scripts (plus the
 * inline script of the API docs page, by its hash), styles, images and
 * connections.
 */
export function securityHeaders(inlineScripts: string[]): RequestHandler {
  const hashes = inlineScripts.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`);
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "worker-src 'self' blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
  return (_req, res, next) => {
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    res.setHeader('Origin-Agent-Cluster', '?1');
    res.setHeader('X-DNS-Prefetch-Control', 'off');
    res.setHeader('X-Permitted-Cross-Domain-Policies', 'none');
    next();
  };
}
