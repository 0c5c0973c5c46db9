import express, { type Express } from 'express';
import type { QueryService } from '../query/service.ts';
import { WEB_DIST_DIR } from '../../web/paths.ts';
import { DOCS_PAGE } from '../openapi/docs-page.ts';
import { openApiDocument } from '../openapi/spec.ts';
import { endpoint, mount, type AnyEndpoint } from './endpoint.ts';
import { errorHandler, unknownRoute } from './errors.ts';
import { documentEndpoints, cypherEndpoints } from './routes/documents.ts';
import { entityEndpoints } from './routes/entities.ts';
import { exploreEndpoints } from './routes/explore.ts';
import { graphEndpoints } from './routes/graph.ts';
import { policyEndpoints } from './routes/policies.ts';
import { Stats } from './schemas.ts';
import { searchEndpoints } from './routes/search.ts';
import { analysisEndpoints } from './routes/analysis.ts';
import { InstrumentCoder } from '../query/analysis/classify.ts';
import { loadConfig, type ApiKey } from '../config.ts';
import { lazyEmbedder, SearchService } from '../search/hybrid.ts';
import { allowHosts, requireKey, securityHeaders } from './access.ts';
import { AnswerCache } from './answer-cache.ts';
import { accessLog, rateLimit, type RateLimit } from './traffic.ts';

/** Every endpoint under /api; the router and the OpenAPI document are both made from this list. */
export function apiEndpoints(service: QueryService, search: SearchService): AnyEndpoint[] {
  return [
    endpoint({ method: 'get', path: '/stats', tag: 'meta', summary: 'Counts per label and relation type', response: Stats, handle: () => service.store.stats() }),
    ...entityEndpoints(service),
    ...policyEndpoints(service),
    ...exploreEndpoints(service),
    ...graphEndpoints(service),
    ...documentEndpoints(service),
    ...cypherEndpoints(service),
    ...searchEndpoints(search),
    ...analysisEndpoints(service, new InstrumentCoder(search.embedder)),
  ];
}

/** The search service of a store, loading the embedding model from KG_MODELS_DIR (or the hub) on first use. */
export const defaultSearch = (service: QueryService) => new SearchService(service.store, lazyEmbedder({ modelsDir: loadConfig().modelsDir }));

/** How the server protects itself; `kg serve` takes them from the configuration (src/config.ts), tests and benches from here. */
export interface AppOptions {
  /** Time budget of one request, ms. */
  budgetMs: number;
  /** API keys; none: the API is open. */
  apiKeys: ApiKey[];
  /** Host header names served; none: any. */
  allowedHosts: string[];
  rateLimit: RateLimit | null;
  /** Receives the access log, a JSON line a request; null: no log. */
  accessLog: ((line: string) => void) | null;
  /** Express's `trust proxy` setting; null: the socket's address is the client. */
  trustProxy: string | null;
  /** Bytes of GET answers kept while the graph does not change (src/server/answer-cache.ts); 0: none kept. */
  answerCacheBytes: number;
}

const OPEN: AppOptions = { budgetMs: 10_000, apiKeys: [], allowedHosts: [], rateLimit: null, accessLog: null, trustProxy: null, answerCacheBytes: 64 * 1024 * 1024 };

/** The script of the API docs page, which the content security policy allows by its hash. */
const docsScript = () => [...DOCS_PAGE.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

export function createApp(service: QueryService, search: SearchService = defaultSearch(service), options: Partial<AppOptions> = {}): Express {
  const settings = { ...OPEN, ...options };
  const app = express();
  app.disable('x-powered-by');
  if (settings.trustProxy) app.set('trust proxy', settings.trustProxy);
  if (settings.accessLog) app.use(accessLog(settings.accessLog));
  app.use(securityHeaders(docsScript()));
  app.use(allowHosts(settings.allowedHosts));

  app.get('/health', async (_req, res) => {
    const health = await service.store.health();
    res.status(health.ok ? 200 : 503).json({ status: health.ok ? 'ok' : 'unavailable', store: health });
  });

  const endpoints = apiEndpoints(service, search);
  const cache = settings.answerCacheBytes > 0 ? new AnswerCache(() => service.store.revision(), settings.answerCacheBytes) : null;
  const spec = openApiDocument(endpoints, { title: 'Policy knowledge graph API', version: '1.0.0' });
  app.get('/api/openapi.json', (_req, res) => {
    res.json(spec);
  });
  app.get('/api/docs', (_req, res) => {
    res.type('html').send(DOCS_PAGE);
  });
  app.use('/api', requireKey(settings.apiKeys));
  if (settings.rateLimit) app.use('/api', rateLimit(settings.rateLimit));
  app.use('/api', express.json({ limit: '1mb' }), mount(endpoints, { budgetMs: settings.budgetMs, cache }));

  // The explorer page (built by scripts/build-web.ts) at /.
  app.use(express.static(WEB_DIST_DIR));

  app.use(unknownRoute);
  app.use(errorHandler(() => service.store.health()));
  return app;
}
