import { request } from 'node:http';
import { gzipSync } from 'node:zlib';

/** A small deterministic PRNG (mulberry32), so a failing request can be replayed from its seed. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)];
  return { next, int, pick, chance: (p: number) => next() < p };
}

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

type Random = ReturnType<typeof random>;

const MALFORMED = ['%', '%zz', '%ED%A0%80', '%C0%AF', '%E4%B8', 'a%2', '%%', '%00', '%FF%FE'];
const ODD = ['', ' ', '0', '-1', '1e309', 'NaN', 'null', 'undefined', '[]', '{}', "'", '"', '\\', '<script>', '../../etc/passwd', '__proto__', 'constructor', 'x'.repeat(5000)];
const WORDS = ['知识产权', '深圳', '海外维权', '专利', '国家知识产权局', '规划', '2025', 'Institution', 'Policy', 'IMPLEMENTS'];
const NUMBERS = ['1', '2', '3', '4', '6', '7', '0', '-3', '100', '2000', '5001', '1.5', '99999999999999999999', 'abc'];
const QUERY_KEYS = ['q', 'k', 'mode', 'labels', 'label', 'limit', 'offset', 'depth', 'types', 'maxHops', 'from', 'to', 'measure', 'implementer', 'policy', 'indicator', 'region', 'period', 'kind', 'members', 'page', 'relationLimit', 'relationOffset'];
const ENUMS = ['hybrid', 'vector', 'keyword', 'Institution,Policy', 'Region', 'IMPLEMENTS,PART_OF', 'KNOWS', 'actual', 'target', 'change', 'maybe'];

/** Percent-encodes text for a URL, or (sometimes) leaves a malformed escape in it. */
function urlPart(rnd: Random, value: string): string {
  return rnd.chance(0.15) ? encodeURIComponent(value) + rnd.pick(MALFORMED) : encodeURIComponent(value);
}

function value(rnd: Random, ids: string[]): string {
  switch (rnd.int(5)) {
    case 0:
      return rnd.pick(ids);
    case 1:
      return rnd.pick(WORDS);
    case 2:
      return rnd.pick(NUMBERS);
    case 3:
      return rnd.pick(ENUMS);
    default:
      return rnd.pick(ODD);
  }
}

const GET_PATHS = [
  '/api/entities',
  '/api/entities/:id',
  '/api/entities/:id/neighbors',
  '/api/entities/:id/events',
  '/api/entities/:id/places',
  '/api/implementers',
  '/api/measures',
  '/api/policies/:id/trace',
  '/api/outcomes',
  '/api/paths',
  '/api/search',
  '/api/documents',
  '/api/documents/:id',
  '/api/stats',
  '/api/openapi.json',
  '/health',
  '/api/nothing',
  '/api/entities/:id/nothing',
];
const RARE_PATHS = ['/api/analytics/centrality', '/api/analytics/communities', '/api/graph'];

function cypherBody(rnd: Random): { headers: Record<string, string>; body: Buffer } {
  const query = rnd.pick([
    'MATCH (n:Institution) RETURN n.name LIMIT 5',
    'RETURN $x AS x',
    'SHOW USERS',
    'TERMINATE TRANSACTIONS "neo4j-transaction-1"',
    'MATCH (n) DETACH DELETE n',
    'CALL db.labels()',
    'MATCH (n RETURN n',
    '',
  ]);
  const json = rnd.pick([
    JSON.stringify({ query, params: { x: 1 }, limit: rnd.pick([1, 10, 5000, 0, -1]) }),
    JSON.stringify({ query: 5 }),
    JSON.stringify([query]),
    '{"query":',
    'null',
    JSON.stringify({ query, params: 'x' }),
  ]);
  const type = rnd.pick(['application/json', 'application/json; charset=utf-8', 'application/json; charset=latin1', 'application/json; charset=ebcdic', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']);
  const encoding = rnd.pick(['', '', '', 'gzip', 'deflate', 'br', 'compress', 'x-unknown']);
  const headers: Record<string, string> = {};
  if (type) headers['content-type'] = type;
  let body = Buffer.from(json);
  if (encoding) {
    headers['content-encoding'] = encoding;
    if (encoding === 'gzip' && rnd.chance(0.5)) body = gzipSync(body);
  }
  return { headers, body };
}

/** One generated request: mostly the API's own routes with odd, wrong or malformed inputs; some bodies, methods and headers a client should not send. */
export function fuzzRequest(rnd: Random, ids: string[]): FuzzRequest {
  if (rnd.chance(0.12)) return { method: 'POST', path: '/api/cypher', ...cypherBody(rnd) };
  const template = rnd.chance(0.02) ? rnd.pick(RARE_PATHS) : rnd.pick(GET_PATHS);
  const path = template.replace(':id', () => urlPart(rnd, value(rnd, ids)));
  const params: string[] = [];
  for (let i = rnd.int(5); i > 0; i--) params.push(`${rnd.pick(QUERY_KEYS)}=${urlPart(rnd, value(rnd, ids))}`);
  const method = rnd.chance(0.9) ? 'GET' : rnd.pick(['POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS']);
  const headers: Record<string, string> = {};
  if (rnd.chance(0.05)) headers.accept = rnd.pick(['text/html', 'application/xml', '*/*']);
  return { method, path: params.length ? `${path}?${params.join('&')}` : path, headers };
}

export interface FuzzAnswer {
  request: FuzzRequest;
  status: number;
  ms: number;
  body: string;
}

/** Sends one request with node:http (fetch would normalise the odd parts away). */
export function send(base: string, req: FuzzRequest): Promise<FuzzAnswer> {
  const url = new URL(base);
  const began = performance.now();
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: url.hostname, port: url.port, method: req.method, path: req.path, headers: { ...req.headers, ...(req.body ? { 'content-length': String(req.body.length) } : {}) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ request: req, status: res.statusCode ?? 0, ms: performance.now() - began, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(req.body);
  });
}

/** `count` generated requests, `concurrency` at a time. */
export async function fuzz(base: string, ids: string[], { seed, count, concurrency }: { seed: number; count: number; concurrency: number }): Promise<FuzzAnswer[]> {
  const rnd = random(seed);
  const requests = Array.from({ length: count }, () => fuzzRequest(rnd, ids));
  const answers: FuzzAnswer[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) answers.push(await send(base, requests[next++]));
    }),
  );
  return answers;
}
